import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { connectToHub } from '../../electron/core/hub-link';
import type { Hub } from '../../electron/hub/hub';
import { localDayOf } from '../../shared/domain/day';
import { en } from '../../shared/i18n/en';
import { startCentral, type Central } from '../central/central-server';
import { sampleIin } from '../support/bookings-file';
import { adminPairing } from '../support/hub';
import { pairOnCentrePage, startCentreHub } from './support/centre';
import { harnessApi, newDataFolder, startHarness, type RunningHarness } from './support/harness';

const harnesses: RunningHarness[] = [];
let hub: Hub | undefined;
let central: Central | undefined;
test.afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.stop();
  await hub?.close();
  await central?.close();
});

const admin = async (path: string, body: unknown) => (await fetch(`${central!.url}/_admin/${path}`, { method: 'POST', body: JSON.stringify(body) })).json() as Promise<Record<string, unknown>>;
const booking = (n: number) => ({ date: localDayOf(new Date()), time: '00:01', iin: sampleIin(n), name: 'Сәрсенбаев Нұрлан', service: 'basic-pension', code: `QB-30000${n}` });

test('the Centre page shows the hub reading the central feed, and reception checks in a booking only the hub has', async ({ browser }) => {
  test.setTimeout(120_000);
  const dataDir = newDataFolder();
  central = await startCentral({ dataDir: join(dataDir, 'central') });
  await admin('bookings', { centreId: 'AST-01', bookings: [booking(1)] });
  // The hub is linked to the central system as the centre's desk `hub`; the desk itself never was.
  hub = await startCentreHub(join(dataDir, 'hub'), 1);
  const supervisor = connectToHub(adminPairing(hub));
  const { code } = (await admin('enrolment-codes', { centreId: 'AST-01', deskId: 'hub' })) as { code: string };
  await supervisor.call('setCentral', { server: central.url, centreId: 'AST-01', enrolmentCode: code });
  supervisor.close();

  const receptionDesk = await startHarness(join(dataDir, 'reception'));
  harnesses.push(receptionDesk);
  await harnessApi(receptionDesk.url).call('preferences.setLanguage', { language: 'en' });
  const page = await (await browser.newContext()).newPage();
  await page.goto(receptionDesk.url);
  await pairOnCentrePage(page, hub, 'desk');
  // Paired: the form waits behind "pair again".
  await expect(page.getByLabel(en.centreUi.hub.code)).toHaveCount(0);
  await expect(page.getByRole('button', { name: en.centreUi.link.pairAgain })).toBeVisible();
  await expect(page.getByTestId('hub-central-state')).toHaveText(en.centreUi.link.idle);
  await expect(page.getByTestId('hub-central-bookings')).toHaveText(en.centreUi.link.bookingsToday.replace('{{count}}', '1'));

  // A booking published since: the desk asks the hub to read the feed now.
  await admin('bookings', { centreId: 'AST-01', bookings: [booking(2)] });
  await page.getByRole('button', { name: en.centreUi.link.pullNow }).click();
  await expect(page.getByTestId('hub-central-bookings')).toHaveText(en.centreUi.link.bookingsToday.replace('{{count}}', '2'));

  // The desk's own copy has no such booking; the hub has, and checks it in.
  await page.getByLabel(en.centreUi.reception.booked).fill('QB-300002');
  await page.getByRole('button', { name: en.centreUi.reception.find }).click();
  await expect(page.getByText(en.centreUi.reception.noMatch)).toBeVisible();
  await page.getByTestId('check-in-from-hub').click();
  await expect(page.getByTestId('issued-ticket')).toHaveText('А-001');
  expect((await harnessApi(receptionDesk.url).call('visits.findForCheckIn', { day: localDayOf(new Date()), query: 'QB-300002' })).visits).toHaveLength(1);

  // "Pair again" shows the form once more.
  await page.getByRole('button', { name: en.centreUi.link.pairAgain }).click();
  await expect(page.getByLabel(en.centreUi.hub.code)).toBeVisible();
});
