import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { en } from '../../shared/i18n/en';
import { kk } from '../../shared/i18n/kk';
import { decide } from '../central/central-admin';
import { startCentral, type Central } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { queuedApplication } from '../support/queued-applications';
import { harnessApi, newDataFolder, startHarness, type RunningHarness } from './support/harness';

let harness: RunningHarness | undefined;
let central: Central | undefined;
test.afterEach(async () => {
  await harness?.stop();
  await central?.close();
});

test('applications finished offline wait in the queue, go out on "sync now", and a decision comes back with its reason', async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = newDataFolder();
  const centralData = join(dataDir, 'central');
  central = await startCentral({ dataDir: centralData, enrolmentCode: ENROLMENT_CODE });
  const port = new URL(central.url).port;
  harness = await startHarness(join(dataDir, 'desk'));
  const api = harnessApi(harness.url);
  await api.call('preferences.setLanguage', { language: 'en' });
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Sync' }).click();

  // A supervisor enrols the desk once, while the network is there.
  await page.getByLabel('Central server address').fill(central.url);
  await page.getByLabel('Centre code').fill('AST-01');
  await page.getByLabel('Window number').fill('3');
  await page.getByLabel('Enrolment code').fill(ENROLMENT_CODE);
  await page.getByRole('button', { name: 'Enrol', exact: true }).click();
  await expect(page.getByTestId('sync-connection')).toHaveText('Connected');
  await expect(page.getByText('Centre AST-01, window 3')).toBeVisible();

  // The network goes; two citizens are served all the same.
  await central.close();
  central = undefined;
  const first = await queuedApplication(api, 1);
  await queuedApplication(api, 2);
  await expect(page.getByTestId('sync-queue')).toContainText('Waiting to send: 2 applications');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-connection')).toHaveText('Offline');
  await expect(page.getByRole('alert')).toContainText('The central system cannot be reached');
  await expect(page.getByTestId('sync-queue')).toContainText('Waiting to send: 2 applications');

  // The network is back: the same server, the same address.
  central = await startCentral({ dataDir: centralData, enrolmentCode: ENROLMENT_CODE, port: Number(port) });
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-queue')).toContainText('Waiting to send: 0 applications');
  // Sent, not yet decided: the list says "sent", and its title claims no acceptance.
  const received = page.getByRole('region', { name: en.syncUi.recent });
  await expect(received.getByRole('row')).toHaveCount(3);
  await expect(received.getByText('Sent', { exact: true })).toHaveCount(2);
  expect(en.syncUi.recent).not.toMatch(/accepted|received/i);
  await expect(page.getByTestId('sync-connection')).toHaveText('Connected');
  expect(central.store.allApplications()).toHaveLength(2);

  // The central system asks for more information; the desk sees why.
  decide(central.store, { applicationId: first.applicationId, outcome: 'needs_information', reason: 'Жеке куәліктің екінші беті жоқ' });
  await page.getByRole('button', { name: 'Sync now' }).click();
  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(attention.getByText('Жеке куәліктің екінші беті жоқ')).toBeVisible();
  await attention.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('decision-reason')).toContainText('Жеке куәліктің екінші беті жоқ');
  await expect(page.getByTestId('decision-reason')).toContainText('Reason given by the central system');

  // The page follows the core's events and asks nothing while nothing happens.
  await page.getByRole('button', { name: 'Sync' }).click();
  await expect(page.getByTestId('sync-connection')).toHaveText('Connected');
  const asked: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) asked.push(new URL(request.url()).pathname);
  });
  await page.waitForTimeout(4_000);
  expect(asked.filter((path) => path === '/api/sync.status' || path === '/api/session.get')).toEqual([]);
  // Work finished elsewhere reaches the page through the event stream alone.
  await queuedApplication(api, 3);
  await expect(page.getByTestId('sync-queue')).toContainText('Waiting to send: 1 application');
});

test('a refused staff account and a revoked credential are explained on the Sync page, in Kazakh', async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = newDataFolder();
  // No standing code: the desk enrols with one issued for its centre and window.
  central = await startCentral({ dataDir: join(dataDir, 'central') });
  harness = await startHarness(join(dataDir, 'desk'));
  const api = harnessApi(harness.url);
  await api.call('preferences.setLanguage', { language: 'kk' });
  const { code } = central.store.enrolments.issueCode('AST-07', '1', new Date());
  await api.call('sync.enrol', { server: central.url, centreId: 'AST-07', deskId: '1', enrolmentCode: code });
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.nav.sync }).click();
  await expect(page.getByTestId('sync-connection')).toHaveText(kk.syncUi.connection.idle);

  // A supervisor account slipped into the feed without the central system's signature.
  const staff = { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4c01', login: 'intruder', name: 'Бөтен Адам', role: 'supervisor', active: true, secretHash: `scrypt$16384$8$1$${'A'.repeat(22)}==$${'B'.repeat(43)}=` };
  await fetch(`${central.url}/_admin/staff`, { method: 'POST', body: JSON.stringify({ centreId: 'AST-07', staff, unsigned: true }) });
  await page.getByRole('button', { name: kk.syncUi.now }).click();
  await expect(page.getByTestId('sync-staff-refused')).toContainText(kk.syncUi.staffRefused_one.split('. ').at(-1)!);

  // The central system revokes the desk: sending stops, the page says why and what to do.
  await queuedApplication(api, 1);
  await fetch(`${central.url}/_admin/devices/revoke`, { method: 'POST', body: JSON.stringify({ centreId: 'AST-07', deskId: '1' }) });
  await page.getByRole('button', { name: kk.syncUi.now }).click();
  await expect(page.getByTestId('sync-connection')).toHaveText(kk.syncUi.connection.revoked);
  const explained = page.getByTestId('sync-revoked');
  await expect(explained).toContainText(kk.syncUi.revoked.title);
  await expect(explained).toContainText(kk.errors.sync.revoked);
  await expect(explained).toContainText(kk.syncUi.revoked.ask);
  await expect(page.getByRole('button', { name: kk.syncUi.now })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: kk.syncUi.enrol.again })).toBeVisible();
  expect(await page.evaluate(() => (window as { __qabyldauMissingKeys?: string[] }).__qabyldauMissingKeys)).toEqual([]);
});
