import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { localDayOf } from '../../shared/domain/day';
import { en } from '../../shared/i18n/en';
import { kk } from '../../shared/i18n/kk';
import { ru } from '../../shared/i18n/ru';
import { harnessApi, newDataFolder, startHarness, type RunningHarness } from './support/harness';

let harness: RunningHarness | undefined;
test.afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

test('first run: the wizard asks language, the first supervisor, centre and desk, refuses a bad centre code, then opens the app', async ({ page }) => {
  harness = await startHarness(newDataFolder(), { firstRun: true });
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: kk.wizard.title })).toBeVisible();
  // The language chosen on the first step is the wizard's language at once.
  await page.getByRole('radiogroup', { name: kk.language.label }).getByText(ru.language.ru).click();
  await expect(page.getByRole('heading', { name: ru.wizard.title })).toBeVisible();
  await page.getByRole('button', { name: ru.wizard.next }).click();

  // The first supervisor's account: a short PIN is refused with the rule.
  await page.getByRole('textbox', { name: ru.staffUi.login }).fill('g.sadykova');
  await page.getByRole('textbox', { name: ru.staffUi.name }).fill('Гүлнар Садықова');
  await page.getByLabel(ru.staffUi.secret).fill('1234');
  await page.getByRole('button', { name: ru.wizard.next }).click();
  await expect(page.getByText(ru.validation.staff_secret)).toBeVisible();
  await page.getByLabel(ru.staffUi.secret).fill('240517');
  // The PIN is typed twice; a slip in the repeat is caught before the account exists.
  await page.getByLabel(ru.staffUi.secretAgain).fill('240518');
  await page.getByRole('button', { name: ru.wizard.next }).click();
  await expect(page.getByText(ru.validation.secret_mismatch)).toBeVisible();
  await page.getByLabel(ru.staffUi.secretAgain).fill('240517');
  await page.getByRole('button', { name: ru.wizard.next }).click();

  await page.getByRole('textbox', { name: ru.settingsUi.fields.centreId }).fill('Астана 7');
  await page.getByRole('textbox', { name: ru.settingsUi.fields.centreName }).fill('ЦОН района Байконыр');
  await page.getByRole('textbox', { name: ru.settingsUi.fields.deskId }).fill('4');
  await page.getByRole('button', { name: ru.wizard.finish }).click();
  await expect(page.getByText(ru.validation.sync_centre)).toBeVisible();
  await page.getByRole('textbox', { name: ru.settingsUi.fields.centreId }).fill('AST-07');
  await page.getByRole('button', { name: ru.wizard.finish }).click();

  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${ru.today.title}:`) })).toBeVisible();
  const view = await harnessApi(harness.url).call('settings.get', {});
  expect(view).toMatchObject({ setUp: true, settings: { language: 'ru', centreId: 'AST-07', centreName: 'ЦОН района Байконыр', deskId: '4' } });
  await expect(page.getByTestId('signed-in-as')).toHaveText(`Гүлнар Садықова, ${ru.sessionUi.roles.supervisor}`);
  // A reload goes straight to the app: the wizard runs once.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${ru.today.title}:`) })).toBeVisible();
});

test('Settings: a bad value is refused with its rule and nothing is saved; the language changes the whole app', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.nav.settings }).click();
  const retention = page.getByRole('textbox', { name: kk.settingsUi.fields.retentionDays });
  await retention.fill('0');
  await page.getByRole('button', { name: kk.settingsUi.save }).click();
  await expect(page.getByText(kk.validation.settings_retention)).toBeVisible();
  expect((await harnessApi(harness.url).call('settings.get', {})).settings.retentionDays).toBe(30);

  await retention.fill('45');
  await page.getByRole('combobox', { name: kk.settingsUi.fields.language }).click();
  await page.getByRole('option', { name: en.language.en }).click();
  await page.getByRole('button', { name: kk.settingsUi.save }).click();
  await expect(page.getByRole('status')).toHaveText(en.settingsUi.saved);
  await expect(page.getByRole('heading', { level: 2, name: en.settingsUi.title })).toBeVisible();
  await expect(page.getByRole('button', { name: en.nav.reports })).toBeVisible();
  expect((await harnessApi(harness.url).call('settings.get', {})).settings).toMatchObject({ retentionDays: 45, language: 'en' });
  const { entries } = await harnessApi(harness.url).call('audit.list', { limit: 1 });
  expect(entries[0]).toMatchObject({ action: 'settings.changed', detail: { changed: ['language', 'retentionDays'] } });
  // The audit log on the same page, and its check.
  const log = page.getByRole('table', { name: en.auditUi.title });
  await expect(log.getByRole('row', { name: new RegExp(en.auditUi.actions['settings.changed']) }).first()).toBeVisible();
  await page.getByRole('button', { name: en.auditUi.verify }).click();
  await expect(page.getByTestId('audit-verdict')).toHaveText(en.auditUi.intact.replace('{{rows}}', String((await harnessApi(harness.url).call('audit.verify', {})).rows)));
});

test('Reports: today’s register and figures, and the register printed to a PDF with Kazakh text', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const walkIn = await api.call('visits.logWalkIn', { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', citizenName: 'Өмірзақ Қуанышұлы' });
  await api.call('visits.transition', { id: walkIn.id, to: 'in_service' });
  await api.call('visits.logWalkIn', { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5c', citizenName: 'Ғалия Әбілқайырова' });
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.nav.reports }).click();
  await expect(page.getByRole('heading', { level: 2, name: kk.reportUi.title })).toBeVisible();
  const register = page.getByRole('table', { name: kk.reportUi.register });
  await expect(register.getByRole('row', { name: /Өмірзақ Қуанышұлы/ })).toContainText(kk.visit.status.in_service);
  await expect(register.getByRole('row', { name: /Ғалия Әбілқайырова/ })).toContainText(kk.visit.status.arrived);

  await page.getByRole('tab', { name: kk.reportUi.summary }).click();
  await expect(page.getByTestId('figure-visits')).toHaveText('2');
  await expect(page.getByTestId('figure-wait-median')).toHaveText(kk.reportUi.minutes.replace('{{value}}', '0'));
  // Counts are whole numbers on every axis; service names are read whole, wrapped, never cut.
  const ticks = page.locator('.recharts-cartesian-axis-tick-value');
  await expect(ticks.first()).toBeVisible();
  for (const tick of await ticks.allTextContents()) expect(tick).not.toMatch(/^\d+\.\d+$/);
  const byService = page.getByTestId('by-service');
  await expect(byService).toContainText(kk.reportUi.noService);
  expect(await byService.locator('p').evaluateAll((texts) => texts.filter((p) => p.scrollWidth > p.clientWidth + 1).length)).toBe(0);

  // Where there is no printer (the harness), the register is printed to PDF.
  await page.getByRole('button', { name: kk.reportUi.print }).click();
  await expect(page.getByRole('alert')).toHaveText(kk.errors.statement.print_unavailable);
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: kk.reportUi.savePdf }).click();
  const download = await saving;
  const day = localDayOf(new Date());
  expect(download.suggestedFilename()).toBe(`register-${day}.pdf`);
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const expected of [kk.reportUi.pdfTitle, 'Өмірзақ Қуанышұлы', 'Ғалия Әбілқайырова', 'Астана қ. №7 ХҚКО, 1-терезе', kk.visit.status.in_service]) {
    expect(text).toContain(expected);
  }
  await expect(page.getByRole('status')).toHaveText(kk.reportUi.saved.replace('{{file}}', `register-${day}.pdf`));
});
