import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { startHub, type Hub } from '../../electron/hub/hub';
import { localDayOf } from '../../shared/domain/day';
import { en } from '../../shared/i18n/en';
import { kkCentre } from '../../shared/i18n/kk/centre';
import { ruCentre } from '../../shared/i18n/ru/centre';
import { toCsv } from '../support/bookings-file';
import { completeFields } from '../support/finished-application';
import { pairOnCentrePage, startCentreHub } from './support/centre';
import { harnessApi, newDataFolder, startHarness, type RunningHarness } from './support/harness';

const harnesses: RunningHarness[] = [];
let hub: Hub | undefined;
test.afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.stop();
  await hub?.close();
});

const board = kkCentre.centreUi.board;
const boardRu = ruCentre.centreUi.board;

test('reception prints a ticket, a window calls it, the hall display shows it in kk and ru, and the window serves it to a saved statement', async ({ browser }) => {
  test.setTimeout(180_000);
  const dataDir = newDataFolder();
  const hubDir = join(dataDir, 'hub');
  hub = await startCentreHub(hubDir, 2);
  const port = hub.port;

  const receptionDesk = await startHarness(join(dataDir, 'reception'));
  const windowDesk = await startHarness(join(dataDir, 'window'));
  harnesses.push(receptionDesk, windowDesk);
  const day = localDayOf(new Date());
  const surname = completeFields.surname!;
  const iin = completeFields.iin!;
  const citizen = { name: `${surname} ${completeFields.givenName}`, code: 'QB-200001' };
  for (const desk of [receptionDesk, windowDesk]) {
    const api = harnessApi(desk.url);
    await api.call('preferences.setLanguage', { language: 'en' });
    await api.call('bookings.import', { format: 'csv', content: toCsv([{ date: day, time: '00:01', iin, name: citizen.name, service: 'age-pension', code: citizen.code }]) });
  }

  // The supervisor pairs the reception with a supervisor's code: that desk also makes the hall screens' links.
  const reception = await (await browser.newContext()).newPage();
  await reception.goto(receptionDesk.url);
  await pairOnCentrePage(reception, hub, 'supervisor');
  await reception.getByRole('button', { name: en.centreUi.hallDisplay.make }).click();
  await expect(reception.getByTestId('display-qr')).toBeVisible();
  const link = await reception.getByTestId('display-link').getAttribute('href');
  expect(link).toMatch(new RegExp(`^${hub.url.replace(/[.]/g, '\\.')}/display#token=d[0-9a-f]{12}\\.[A-Za-z0-9_-]{43}$`));

  // The hall's TV: any browser, told to trust the hub's own certificate (a kiosk pins its key).
  const hall = await (await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 720 } })).newPage();
  const refused: string[] = [];
  hall.on('console', (message) => message.type() === 'error' && refused.push(message.text()));
  await hall.goto(link!);
  await expect(hall.getByRole('heading', { level: 1 })).toHaveText('ХҚКО №1');
  await expect(hall.getByText(board.nobody)).toBeVisible();
  await expect(hall.getByText(boardRu.nobody)).toBeVisible();
  const pensions = hall.locator('li.group', { hasText: 'Зейнетақылар' });
  await expect(pensions).toContainText('Пенсии');
  await expect(pensions.locator('.count')).toHaveText('0');

  // Reception checks the citizen in by the booking code and prints the slip (the harness saves it as PDF).
  await reception.getByLabel(en.centreUi.reception.booked).fill(citizen.code);
  await reception.getByRole('button', { name: en.centreUi.reception.find }).click();
  await reception.getByRole('button', { name: new RegExp(citizen.name) }).click();
  await expect(reception.getByTestId('issued-ticket')).toHaveText('Б-001');
  const slip = reception.waitForEvent('download');
  await reception.getByRole('button', { name: en.centreUi.reception.print }).click();
  expect((await slip).suggestedFilename()).toBe('ticket-Б-001.pdf');
  expect(readFileSync((await (await slip).path())!).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(pensions.locator('.count')).toHaveText('1');

  // Window 1 calls next: the hall shows the number and the window, with both languages' headings.
  await harnessApi(windowDesk.url).call('hub.pair', { url: hub.url, code: hub.newPairingCode('desk').code, windowId: 'w1' });
  const window = await (await browser.newContext()).newPage();
  await window.goto(windowDesk.url);
  await window.getByRole('button', { name: en.nav.centre }).click();
  await expect(window.getByTestId('hub-connection')).toHaveText(en.centreUi.hub.connected);
  await window.keyboard.press('F2');
  await expect(window.getByTestId('called-ticket')).toHaveText('Б-001');
  const latest = hall.locator('tr.latest');
  await expect(latest.locator('td.number')).toHaveText('Б-001');
  await expect(latest.locator('td.window')).toHaveText('Терезе 1');
  for (const heading of [board.ticket, board.window, boardRu.window]) await expect(hall.getByRole('columnheader', { name: new RegExp(heading) })).toBeVisible();
  await expect(hall.locator('#hall')).toHaveAttribute('data-announced', 'Б-001');
  await expect(pensions.locator('.count')).toHaveText('0');
  // No citizen's data anywhere on the screen.
  await expect(hall.locator('body')).not.toContainText(surname);
  await expect(hall.locator('body')).not.toContainText(iin);
  await expect(hall.locator('body')).not.toContainText(citizen.code);

  // A screen read from across a hall: nothing cut off, no serious accessibility finding.
  const { violations } = await new AxeBuilder({ page: hall }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  await hall.screenshot({ path: join(import.meta.dirname, '__screenshots__/hall-display-1280.png') });
  const cut = await hall.locator('td, th, h1, h2:not(.visually-hidden), li').evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).scrollWidth > (element as HTMLElement).clientWidth + 1).map((element) => (element as HTMLElement).innerText));
  expect(cut).toEqual([]);

  // The window serves the citizen: the visit opens with the booking; the application is filled
  // (as the intake spec does it by keyboard; here through the desk's contract) and the statement saved.
  await window.getByRole('button', { name: en.centreUi.window.open }).click();
  await expect(window.getByText(citizen.name).first()).toBeVisible();
  const windowApi = harnessApi(windowDesk.url);
  const { visits } = await windowApi.call('visits.findForCheckIn', { day, query: citizen.code });
  const applicationId = uuidv7();
  await windowApi.call('applications.saveDraft', { id: applicationId, visitId: visits[0]!.id, fields: completeFields });
  await windowApi.call('applications.finish', { id: applicationId, fields: completeFields });
  await window.getByRole('button', { name: en.nav.centre }).click();
  await window.getByRole('button', { name: en.centreUi.window.open }).click();
  const statement = window.waitForEvent('download');
  await window.getByRole('button', { name: en.statement.export }).click();
  expect((await statement).suggestedFilename()).toMatch(/^statement-[0-9a-f-]{36}-v1\.pdf$/);
  expect(readFileSync((await (await statement).path())!).subarray(0, 5).toString()).toBe('%PDF-');
  await window.getByRole('button', { name: en.nav.centre }).click();
  await window.getByRole('button', { name: en.centreUi.window.finish }).click();
  await expect(window.getByText('Ticket Б-001 finished.')).toBeVisible();
  await expect(hall.locator('td.number')).toHaveCount(0);
  await expect(hall.getByText(board.nobody)).toBeVisible();

  // The hub's machine restarts: the screen keeps its board, says it lost the hub, and comes back by itself.
  await hub.close();
  await expect(hall.getByRole('status')).toContainText(board.offline);
  await expect(hall.getByRole('status')).toContainText(boardRu.offline);
  hub = await startHub({ dataDir: hubDir, host: '127.0.0.1', port });
  await expect(hall.getByRole('status')).toBeEmpty({ timeout: 30_000 });
  await window.reload();
  await window.getByRole('button', { name: en.nav.centre }).click();
  await reception.getByRole('button', { name: en.centreUi.reception.issueWalkIn }).click();
  await expect(reception.getByTestId('issued-ticket')).toHaveText(/^[АБ]-00\d$/);
  await window.keyboard.press('F2');
  const number = (await reception.getByTestId('issued-ticket').textContent())!;
  await expect(hall.locator('tr.latest td.number')).toHaveText(number);
  // The page loads nothing it is refused: everything comes from the hub, under its CSP.
  expect(refused.filter((text) => /Content Security Policy|Refused/.test(text))).toEqual([]);
});
