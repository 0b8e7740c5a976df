import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { connectToHub } from '../../electron/core/hub-link';
import { startHub, type Hub } from '../../electron/hub/hub';
import { localDayOf } from '../../shared/domain/day';
import { kk } from '../../shared/i18n/kk';
import { sampleBookings, toCsv } from '../support/bookings-file';
import { completeFields } from '../support/finished-application';
import { adminPairing, setUpCentre } from '../support/hub';
import { harnessApi, newDataFolder, startHarness, type RunningHarness } from './support/harness';

/**
 * Waits until the page has no contract call under way and shows no loader. Not "networkidle": the
 * page keeps one event stream open for as long as it lives.
 */
async function callsSettled(page: Page) {
  await page.waitForLoadState('load');
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').length), { intervals: [300] })
    .toBeGreaterThan(0);
  let last = -1;
  await expect
    .poll(
      async () => {
        const count = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith('/api/')).length);
        const stable = count === last;
        last = count;
        return stable && (await page.locator('.mantine-Loader-root').count()) === 0;
      },
      { intervals: [300] },
    )
    .toBe(true);
}

let harness: RunningHarness | undefined;
let hub: Hub | undefined;
test.afterEach(async () => {
  await harness?.stop();
  await hub?.close();
  hub = undefined;
});

const shots = resolve(import.meta.dirname, '__screenshots__');
const sizes = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

/** Keys a page asked for that its namespaces do not hold (see renderer/src/i18n/i18n.ts). */
const missingKeys = async (page: Page) => (await page.evaluate(() => (window as { __qabyldauMissingKeys?: string[] }).__qabyldauMissingKeys)) ?? ['no catalogue set up'];

/** Text that does not fit its box: badges, table cells, buttons, headings and labels. */
const overflowing = (page: Page) =>
  page.locator('.mantine-Badge-root, td, th, button, h1, h2, h3, label').evaluateAll((elements) =>
    elements
      .filter((element) => {
        const box = element as HTMLElement;
        if (box.offsetParent === null) return false;
        const label = box.querySelector('.mantine-Badge-label, .mantine-Button-label') as HTMLElement | null;
        return box.scrollWidth > box.clientWidth + 1 || (label !== null && label.scrollWidth > label.clientWidth + 1);
      })
      .map((element) => `${element.tagName}: ${(element as HTMLElement).innerText.slice(0, 60)}`),
  );

// Every page of the desk in Kazakh, at the two screen sizes of the centres' workstations: a
// screenshot for a person to look at, no text cut off, no serious or critical accessibility
// finding from axe-core, and no catalogue key missing.
test('every page in Kazakh at 1366×768 and 1280×720: nothing cut off, no serious accessibility finding, no key missing', async ({ page }) => {
  test.setTimeout(120_000);
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const day = localDayOf(new Date());
  await api.call('bookings.import', { format: 'csv', content: toCsv(sampleBookings(day, 8)) });
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Сапарова Динара' });
  const applicationId = uuidv7();
  await api.call('applications.saveDraft', { id: applicationId, visitId: visit.id, fields: completeFields });
  await api.call('applications.finish', { id: applicationId, fields: completeFields });
  await api.call('statements.export', { visitId: visit.id, purpose: 'print' });
  // The Centre page as a reception paired with a supervisor's code sees it: hub, reception, hall screens.
  hub = await startHub({ dataDir: resolve(newDataFolder(), 'hub'), host: '127.0.0.1', port: 0 });
  const admin = connectToHub(adminPairing(hub));
  await setUpCentre(admin, 2);
  admin.close();
  await api.call('hub.pair', { url: hub.url, code: hub.newPairingCode('supervisor').code, windowId: null });
  mkdirSync(shots, { recursive: true });

  const pages: { name: string; open(): Promise<void> }[] = [
    { name: 'today', open: () => page.getByRole('button', { name: kk.nav.today }).click() },
    { name: 'intake', open: () => page.getByRole('button', { name: kk.nav.intake }).click() },
    {
      name: 'visit',
      open: async () => {
        await page.getByRole('button', { name: kk.nav.today }).click();
        await page.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', 'Сапарова Динара') }).click();
      },
    },
    { name: 'statements', open: () => page.getByRole('button', { name: kk.nav.statements }).click() },
    { name: 'sync', open: () => page.getByRole('button', { name: kk.nav.sync }).click() },
    { name: 'reports', open: () => page.getByRole('button', { name: kk.nav.reports }).click() },
    { name: 'settings', open: () => page.getByRole('button', { name: kk.nav.settings }).click() },
    { name: 'staff', open: () => page.getByRole('button', { name: kk.nav.staff }).click() },
    {
      name: 'centre',
      open: async () => {
        await page.getByRole('button', { name: kk.nav.centre }).click();
        await expect(page.getByTestId('hub-connection')).toHaveText(kk.centreUi.hub.connected);
        await page.getByRole('button', { name: kk.centreUi.hallDisplay.make }).click();
        await expect(page.getByTestId('display-qr')).toBeVisible();
      },
    },
  ];
  const findings: string[] = [];
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.goto(harness.url);
    for (const each of pages) {
      await each.open();
      await callsSettled(page);
      await page.screenshot({ path: resolve(shots, `${each.name}-kk-${size.width}.png`), fullPage: true });
      for (const cut of await overflowing(page)) findings.push(`${each.name} ${size.width}: cut off: ${cut}`);
      if (size.width === 1366) {
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
        for (const violation of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
          findings.push(`${each.name}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).slice(0, 3).join(' | ')}`);
        }
      }
    }
    // Each page load starts a new list: read it before the next size's.
    for (const key of await missingKeys(page)) findings.push(`${size.width}: missing key ${key}`);
  }
  expect(findings).toEqual([]);
});

test('the first-run wizard and the sign-in page in Kazakh: nothing cut off, no serious accessibility finding, no key missing', async ({ page }) => {
  const findings: string[] = [];
  const check = async (name: string) => {
    await callsSettled(page);
    await page.screenshot({ path: resolve(shots, `${name}-kk-1366.png`), fullPage: true });
    for (const cut of await overflowing(page)) findings.push(`${name}: cut off: ${cut}`);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    for (const violation of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) findings.push(`${name}: ${violation.id}`);
    for (const key of await missingKeys(page)) findings.push(`${name}: missing key ${key}`);
  };
  await page.setViewportSize(sizes[0]);
  mkdirSync(shots, { recursive: true });
  harness = await startHarness(newDataFolder(), { firstRun: true });
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: kk.wizard.title })).toBeVisible();
  await check('wizard');
  await harness.stop();

  harness = await startHarness(newDataFolder());
  await harnessApi(harness.url).call('session.signOut', {});
  await page.goto(harness.url);
  await expect(page.getByRole('button', { name: kk.sessionUi.submit })).toBeVisible();
  await check('sign-in');
  expect(findings).toEqual([]);
});
