import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Hub } from '../../electron/hub/hub';
import { localDayOf } from '../../shared/domain/day';
import { en } from '../../shared/i18n/en';
import { sampleIin, toCsv } from '../support/bookings-file';
import { pairOnCentrePage, startCentreHub } from './support/centre';
import { harnessApi, newDataFolder, startHarness, type RunningHarness } from './support/harness';

const harnesses: RunningHarness[] = [];
let hub: Hub | undefined;
test.afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.stop();
  await hub?.close();
});

test('reception checks a booked citizen in and gets a ticket, a window calls it and opens the visit', async ({ browser }) => {
  test.setTimeout(120_000);
  const dataDir = newDataFolder();
  // The centre's hub on loopback, set up with two groups and two windows, as the sync specs run their central server.
  hub = await startCentreHub(join(dataDir, 'hub'), 2);

  const receptionDesk = await startHarness(join(dataDir, 'reception'));
  const windowDesk = await startHarness(join(dataDir, 'window'));
  harnesses.push(receptionDesk, windowDesk);
  const day = localDayOf(new Date());
  for (const desk of [receptionDesk, windowDesk]) {
    const api = harnessApi(desk.url);
    await api.call('preferences.setLanguage', { language: 'en' });
    // Every desk of the centre has the day's bookings from its feed.
    await api.call('bookings.import', { format: 'csv', content: toCsv([{ date: day, time: '00:01', iin: sampleIin(5), name: 'Сәрсенбаев Нұрлан', service: 'basic-pension', code: 'QB-100005' }]) });
  }

  // The reception's supervisor pairs it on the Centre page with the code the hub shows.
  const reception = await (await browser.newContext()).newPage();
  await reception.goto(receptionDesk.url);
  await reception.getByRole('button', { name: en.nav.centre }).click();
  await expect(reception.getByTestId('hub-connection')).toHaveText(en.centreUi.hub.notPaired);
  await pairOnCentrePage(reception, hub, 'desk');

  // The window desk is paired the same way, through its own contract, as window 1.
  await harnessApi(windowDesk.url).call('hub.pair', { url: hub.url, code: hub.newPairingCode('desk').code, windowId: 'w1' });

  await reception.getByLabel(en.centreUi.reception.booked).fill('QB-100005');
  await reception.getByRole('button', { name: en.centreUi.reception.find }).click();
  await reception.getByRole('button', { name: /Сәрсенбаев Нұрлан/ }).click();
  await expect(reception.getByTestId('issued-ticket')).toHaveText('А-001');
  // The harness has no ticket printer: the slip is saved as a PDF.
  const download = reception.waitForEvent('download');
  await reception.getByRole('button', { name: en.centreUi.reception.print }).click();
  expect((await download).suggestedFilename()).toBe('ticket-А-001.pdf');

  const window = await (await browser.newContext()).newPage();
  await window.goto(windowDesk.url);
  await window.getByRole('button', { name: en.nav.centre }).click();
  await expect(window.getByTestId('hub-connection')).toHaveText(en.centreUi.hub.connected);
  await expect(window.getByTestId('hub-waiting')).toContainText('А Жалпы: 1 waiting');
  await window.keyboard.press('F2');
  await expect(window.getByTestId('called-ticket')).toHaveText('А-001');
  await expect(window.getByTestId('called-citizen')).toContainText('Сәрсенбаев Нұрлан');
  await expect(reception.getByTestId('hub-waiting')).toContainText('А Жалпы: 0 waiting');
  await window.getByRole('button', { name: en.centreUi.window.open }).click();
  await expect(window.getByText('Сәрсенбаев Нұрлан').first()).toBeVisible();
  await window.getByRole('button', { name: en.nav.centre }).click();
  await window.getByRole('button', { name: en.centreUi.window.finish }).click();
  await expect(window.getByText('Ticket А-001 finished.')).toBeVisible();
  await expect(window.getByRole('button', { name: en.centreUi.window.callNext })).toBeVisible();
});
