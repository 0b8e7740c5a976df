import { expect, type Page } from '@playwright/test';
import { connectToHub } from '../../../electron/core/hub-link';
import { startHub, type Hub } from '../../../electron/hub/hub';
import { en } from '../../../shared/i18n/en';
import { adminPairing, setUpCentre } from '../../support/hub';

/** The centre's hub on loopback, set up with its groups and `windows` windows, as the sync specs run their central server. */
export async function startCentreHub(dataDir: string, windows: number): Promise<Hub> {
  const hub = await startHub({ dataDir, host: '127.0.0.1', port: 0 });
  const admin = connectToHub(adminPairing(hub));
  await setUpCentre(admin, windows);
  admin.close();
  return hub;
}

/** Pairs the desk shown in `page` with the hub on its Centre page, as a supervisor does, with a code of `role`. */
export async function pairOnCentrePage(page: Page, hub: Hub, role: 'desk' | 'supervisor'): Promise<void> {
  await page.getByRole('button', { name: en.nav.centre }).click();
  await page.getByLabel(en.centreUi.hub.url).fill(hub.url);
  await page.getByLabel(en.centreUi.hub.code).fill(hub.newPairingCode(role).code);
  await page.getByRole('button', { name: en.centreUi.hub.pair, exact: true }).click();
  await expect(page.getByTestId('hub-connection')).toHaveText(en.centreUi.hub.connected);
}
