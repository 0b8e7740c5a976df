import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHub, type Hub } from '../../electron/hub/hub';
import { localDayOf } from '../../shared/domain/day';
import { en } from '../../shared/i18n/en';
import { sampleIin, toCsv } from '../support/bookings-file';
import { startCentreHub } from './support/centre';
import { harnessApi, newDataFolder, startHarness, type RunningHarness } from './support/harness';

const harnesses: RunningHarness[] = [];
let hub: Hub | undefined;
test.afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.stop();
  await hub?.close();
});

test('a window without its hub says so, checks a citizen in and serves them alone, and hands it over when the hub is back', async ({ browser }) => {
  test.setTimeout(120_000);
  const dataDir = newDataFolder();
  const hubDir = join(dataDir, 'hub');
  hub = await startCentreHub(hubDir, 1);
  const port = hub.port;

  const windowDesk = await startHarness(join(dataDir, 'window'));
  harnesses.push(windowDesk);
  const api = harnessApi(windowDesk.url);
  await api.call('preferences.setLanguage', { language: 'en' });
  await api.call('bookings.import', { format: 'csv', content: toCsv([{ date: localDayOf(new Date()), time: '00:01', iin: sampleIin(6), name: 'Өтепов Ұлан', service: 'basic-pension', code: 'QB-100006' }]) });
  await api.call('hub.pair', { url: hub.url, code: hub.newPairingCode('desk').code, windowId: 'w1' });

  // The hub goes away (its machine restarts): the window says so plainly and works alone.
  await hub.close();
  hub = undefined;
  const page = await (await browser.newContext()).newPage();
  await page.goto(windowDesk.url);
  await page.getByRole('button', { name: en.nav.centre }).click();
  await expect(page.getByTestId('hub-connection')).toHaveText(en.centreUi.hub.unreachable);
  await expect(page.getByText(en.centreUi.alone.title)).toBeVisible();

  await page.getByLabel(en.centreUi.reception.booked).fill('QB-100006');
  await page.getByRole('button', { name: en.centreUi.reception.find }).click();
  await page.getByRole('button', { name: /Өтепов Ұлан/ }).click();
  await expect(page.getByTestId('issued-ticket')).toHaveText('W1-001');
  await expect(page.getByTestId('hub-pending')).toHaveText('1 not yet handed to the hub');
  await page.keyboard.press('F2');
  await expect(page.getByTestId('called-ticket')).toHaveText('W1-001');
  await expect(page.getByTestId('called-citizen')).toContainText('Өтепов Ұлан');
  await page.getByRole('button', { name: en.centreUi.window.finish }).click();
  await expect(page.getByText('Ticket W1-001 finished.')).toBeVisible();

  // The hub is back at its address: the window hands over what it did alone, and says so.
  hub = await startHub({ dataDir: hubDir, host: '127.0.0.1', port });
  await expect(page.getByTestId('hub-connection')).toHaveText(en.centreUi.hub.connected, { timeout: 20_000 });
  await expect(page.getByTestId('hub-pending')).toHaveText(en.centreUi.alone.allHandedOver);
  expect((await hub.day.snapshot()).tickets.map((ticket) => [ticket.number, ticket.status])).toEqual([['W1-001', 'finished']]);
});
