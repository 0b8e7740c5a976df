import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Hub } from '../../electron/hub/hub';
import { kk } from '../../shared/i18n/kk';
import { ru } from '../../shared/i18n/ru';
import { startCentreHub } from './support/centre';
import { harnessApi, newDataFolder, startHarness, type RunningHarness } from './support/harness';

const harnesses: RunningHarness[] = [];
let hub: Hub | undefined;
test.afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.stop();
  await hub?.close();
});

test("Reports: the centre's day from the hub per window, and plainly when the hub is out of reach", async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = newDataFolder();
  hub = await startCentreHub(join(dataDir, 'hub'), 2);
  const desk = await startHarness(join(dataDir, 'window'));
  harnesses.push(desk);
  const api = harnessApi(desk.url);
  await api.call('preferences.setLanguage', { language: 'kk' });
  // Not paired yet: the page has no Centre section at all.
  await page.goto(desk.url);
  await page.getByRole('button', { name: kk.nav.reports }).click();
  await expect(page.getByRole('heading', { name: kk.reportUi.title })).toBeVisible();
  await expect(page.getByTestId('centre-figures')).toHaveCount(0);

  await api.call('hub.pair', { url: hub.url, code: hub.newPairingCode('desk').code, windowId: 'w1' });
  const served = await api.call('hub.checkIn', { kind: 'walk_in', groupId: 'general' });
  await api.call('hub.checkIn', { kind: 'walk_in', groupId: 'general' });
  await api.call('hub.callNext', {});
  await api.call('hub.finish', { ticketId: served.id });

  await page.reload();
  await page.getByRole('button', { name: kk.nav.reports }).click();
  const centre = page.getByTestId('centre-figures');
  await expect(centre.getByRole('heading', { name: kk.centreFigures.title })).toBeVisible();
  await expect(page.getByTestId('centre-issued')).toHaveText('2');
  await expect(page.getByTestId('centre-waiting-now')).toHaveText('1');
  await expect(page.getByTestId('centre-finished')).toHaveText('1');
  await expect(page.getByTestId('centre-by-group')).toContainText('Жалпы');
  // Window 1 called one, served one, set none aside; window 2 did nothing yet.
  await expect(page.getByTestId('centre-by-window').getByRole('row').nth(1)).toHaveText(/^Терезе 1110/);
  await expect(page.getByTestId('centre-by-window').getByRole('row').nth(2)).toHaveText(/^Терезе 2000/);

  await api.call('preferences.setLanguage', { language: 'ru' });
  await page.reload();
  await page.getByRole('button', { name: ru.nav.reports }).click();
  await expect(centre.getByRole('heading', { name: ru.centreFigures.title })).toBeVisible();
  await expect(page.getByTestId('centre-by-group')).toContainText('Общие');

  await hub.close();
  hub = undefined;
  await centre.getByRole('button', { name: ru.centreFigures.refresh }).click();
  await expect(page.getByTestId('centre-figures-unreachable')).toContainText(ru.centreFigures.unreachable);
  await expect(page.getByTestId('centre-issued')).toHaveCount(0);
});
