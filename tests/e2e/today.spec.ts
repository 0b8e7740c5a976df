import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { kk } from '../../shared/i18n/kk';
import { ru } from '../../shared/i18n/ru';
import { completeFields } from '../support/finished-application';
import { harnessApi, newDataFolder, startHarness, type RunningHarness } from './support/harness';

let harness: RunningHarness | undefined;
test.afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the field with Tab');
}

test('a walk-in logged with the keyboard alone is listed, and still there after the host restarts', async ({ page }) => {
  const dataDir = newDataFolder();
  harness = await startHarness(dataDir);
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${kk.today.title}:`) })).toBeVisible();
  await expect(page.getByText(kk.today.empty)).toBeVisible();

  const name = page.getByRole('textbox', { name: kk.walkIn.name });
  const iin = page.getByRole('textbox', { name: kk.walkIn.iin });
  await tabTo(page, name);
  await page.keyboard.type('Әлия Сәрсенбайқызы');
  await page.keyboard.press('Tab');
  await expect(iin).toBeFocused();
  // A mistyped check digit is refused with the rule it breaks, in Kazakh, and nothing is saved.
  await page.keyboard.type('900101300018');
  await page.keyboard.press('Enter');
  await expect(page.getByText(kk.validation.iin_checksum)).toBeVisible();
  await expect(page.getByText(kk.today.empty)).toBeVisible();

  await page.keyboard.press('Backspace');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(kk.walkIn.saved);
  await expect(page.getByRole('status').getByRole('button', { name: kk.intakeUi.openNow })).toBeVisible();
  const row = page.getByRole('row', { name: /Әлия Сәрсенбайқызы/ });
  await expect(row).toContainText('900101300017');
  await expect(row).toContainText(kk.visit.kind['walk-in']);
  await expect(row).toContainText(kk.visit.status.arrived);
  // The form is ready for the next citizen without touching the mouse.
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('');

  await harness.stop();
  harness = await startHarness(dataDir);
  await page.goto(harness.url);
  await expect(page.getByRole('row', { name: /Әлия Сәрсенбайқызы/ })).toContainText('900101300017');
});

test('Alt+N jumps to the walk-in form from anywhere on Today', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  await page.goto(harness.url);
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${kk.today.title}:`) }).click();
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('textbox', { name: kk.walkIn.name })).toBeFocused();
});

test('every navigation entry leads to a working page: Statements lists what waits for a signature and takes signed scans', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Бекова Сәуле' });
  const applicationId = uuidv7();
  await api.call('applications.saveDraft', { id: applicationId, visitId: visit.id, fields: completeFields });
  await api.call('applications.finish', { id: applicationId, fields: completeFields });
  const statement = await api.call('statements.export', { visitId: visit.id, purpose: 'print' });
  await page.goto(harness.url);
  await expect(page.getByRole('navigation').getByRole('button')).toHaveCount(8);
  await page.getByRole('button', { name: kk.nav.statements }).click();
  await expect(page.getByRole('heading', { name: kk.statementsUi.title })).toBeVisible();
  const waiting = page.getByRole('table', { name: kk.statementsUi.waiting });
  await expect(waiting.getByRole('row', { name: /Бекова Сәуле/ })).toBeVisible();

  // The signed paper comes back through the same page and finds its visit by the QR code.
  const pdfFile = resolve(tmpdir(), `qabyldau-e2e-statements-${process.pid}.pdf`);
  writeFileSync(pdfFile, Buffer.from(statement.pdfBase64, 'base64'));
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', pdfFile, pdfFile]);
  await page.locator('input[type=file]').setInputFiles(`${pdfFile}.png`);
  await expect(page.getByText(kk.statement.outcome.matched)).toBeVisible();
  await expect(page.getByText(kk.statementsUi.none)).toBeVisible();
});

test('the language choice is remembered by the core across restarts', async ({ page }) => {
  const dataDir = newDataFolder();
  harness = await startHarness(dataDir);
  await page.goto(harness.url);
  await page.getByText(ru.language.ru, { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${ru.today.title}:`) })).toBeVisible();
  await harness.stop();
  harness = await startHarness(dataDir);
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${ru.today.title}:`) })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});
