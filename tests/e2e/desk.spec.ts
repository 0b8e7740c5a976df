import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { seedCatalogue } from '../../shared/catalogue/catalogue';
import { builtInItems } from '../../shared/catalogue/documents';
import { localDayOf } from '../../shared/domain/day';
import { kk } from '../../shared/i18n/kk';
import { ru } from '../../shared/i18n/ru';
import { sampleBookings, toCsv } from '../support/bookings-file';
import { startCentral } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { completeFields } from '../support/finished-application';
import { pdfBytes } from '../support/sample-files';
import { e2eStaff, harnessApi, newDataFolder, startHarness, type RunningHarness } from './support/harness';

let harness: RunningHarness | undefined;
test.afterEach(async () => harness?.stop());

test('the documents panel follows the service chosen on the form, live and in Kazakh', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Сейітова Гүлнар' });
  await api.call('applications.saveDraft', { id: uuidv7(), visitId: visit.id, fields: { surname: 'Сейітова', givenName: 'Гүлнар' } });
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', 'Сейітова Гүлнар') }).click();
  const documents = page.getByRole('region', { name: kk.documentsUi.title });
  await expect(documents.locator('[data-checklist-item]')).toHaveCount(2);

  // The operator picks the age pension: its standard's documents appear without reopening the visit.
  const pension = seedCatalogue.services.find((service) => service.code === 'age-pension')!;
  const service = page.getByRole('combobox', { name: kk.application.fields.serviceCode, exact: true });
  await service.fill(pension.name.kk.slice(0, 18));
  await page.getByRole('option', { name: new RegExp(pension.name.kk.slice(0, 18)) }).click();
  await expect(documents.locator('[data-checklist-item]')).toHaveCount(pension.checklist.length + 1);
  for (const item of pension.checklist) await expect(documents.locator(`[data-checklist-item="${item.code}"]`)).toContainText(item.name.kk);
  await expect(documents.getByText(new RegExp(pension.standard!.reference.slice(0, 20)))).toBeVisible();
  // A conditional document not attached is not called missing: it may not apply to this citizen.
  const conditional = pension.checklist.find((item) => item.requirement === 'conditional' && item.provision !== 'from-state-systems')!;
  await expect(documents.locator(`[data-checklist-item="${conditional.code}"]`)).not.toContainText(kk.documentsUi.missing);
  await expect(documents.locator('[data-checklist-item="identity-document"]')).toContainText(kk.documentsUi.missing);

  // "Attach as" offers the service's documents in Kazakh, and "other"; never the signed statement.
  await documents.getByRole('combobox', { name: kk.documentsUi.attachAs }).click();
  const options = page.getByRole('option');
  await expect(options.filter({ hasText: builtInItems.other.kk })).toHaveCount(1);
  await expect(options.filter({ hasText: builtInItems['signed-statement'].kk })).toHaveCount(0);
  const handedIn = pension.checklist.filter((item) => item.provision !== 'from-state-systems');
  await expect(options).toHaveCount(handedIn.length + 1);
});

test('a walk-in’s service shows on Today and in search once the application names it; search has column headings', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Омаров Ерлан' });
  await api.call('applications.saveDraft', { id: uuidv7(), visitId: visit.id, fields: { surname: 'Омаров', givenName: 'Ерлан', iin: '881224400009', serviceCode: 'basic-pension' } });
  const basic = seedCatalogue.services.find((service) => service.code === 'basic-pension')!;
  await page.goto(harness.url);
  await expect(page.getByRole('row', { name: /Омаров Ерлан/ })).toContainText(basic.name.kk);

  await page.getByRole('button', { name: kk.nav.intake }).click();
  await page.getByRole('textbox', { name: kk.intakeUi.searchLabel }).fill('омаров');
  const results = page.getByRole('table', { name: kk.intakeUi.searchTitle });
  await expect(results.getByRole('row', { name: /Омаров Ерлан/ })).toContainText(basic.name.kk);
  for (const heading of [kk.today.columns.day, kk.today.columns.name, kk.today.columns.iin, kk.intakeUi.service, kk.today.columns.status]) {
    await expect(results.getByRole('columnheader', { name: heading, exact: true })).toBeVisible();
  }
});

test('the wizard’s "or restore" sets the steps aside instead of marking them done, and leads back', async ({ page }) => {
  harness = await startHarness(newDataFolder(), { firstRun: true });
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: kk.wizard.title })).toBeVisible();
  await page.getByRole('button', { name: kk.wizard.restoreStep }).click();
  await expect(page.getByTestId('wizard-restore')).toBeVisible();
  // No step of the stepper is shown, let alone as completed.
  await expect(page.locator('.mantine-Stepper-step[data-completed]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: kk.wizard.languageStep })).toBeHidden();
  await page.getByTestId('wizard-restore').getByRole('button', { name: kk.wizard.back }).click();
  await expect(page.getByRole('button', { name: kk.wizard.next })).toBeVisible();
  await expect(page.locator('.mantine-Stepper-step[data-completed]')).toHaveCount(0);
});

test('enrolment offers the centre and window the workstation was set up with', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.nav.sync }).click();
  await expect(page.getByRole('textbox', { name: kk.syncUi.enrol.centre })).toHaveValue('AST-07');
  await expect(page.getByRole('textbox', { name: kk.syncUi.enrol.desk })).toHaveValue('1');
  await expect(page.getByLabel(kk.syncUi.enrol.code)).toHaveValue('');
});

test('the audit log speaks Kazakh: every action and kind of record in words, no raw code', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Ахметова Дана' });
  await api.call('visits.get', { id: visit.id });
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.nav.settings }).click();
  const log = page.getByRole('table', { name: kk.auditUi.title });
  await expect(log).toContainText(kk.auditUi.actions['visit.viewed']);
  await expect(log).toContainText(`${kk.auditUi.records.visit}: ${visit.id}`);
  const text = await log.innerText();
  expect(text).not.toMatch(/\b(visit|report|application|signin|staff)\.[a-z_]+\b/);
  expect(text).not.toMatch(/\b(visit|application|attachment|workstation):/);
});

/** Elements whose text does not fit their box: cut off, or ending in "…". */
const overflowing = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => {
        const box = element as HTMLElement;
        const label = box.querySelector('.mantine-Badge-label') as HTMLElement | null;
        return box.scrollWidth > box.clientWidth + 1 || (label !== null && label.scrollWidth > label.clientWidth + 1);
      })
      .map((element) => (element as HTMLElement).innerText),
  );

test('every status reads whole at 1280×720, in Kazakh and in Russian, on Today and in search', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const day = localDayOf(new Date());
  await api.call('bookings.import', { format: 'csv', content: toCsv(sampleBookings(day, 12)) });
  const walkIn = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Жұмабаева Әсел' });
  // A draft starts the service: «Қызмет көрсетілуде» / «Обслуживается» are among the longest statuses.
  await api.call('applications.saveDraft', { id: uuidv7(), visitId: walkIn.id, fields: { surname: 'Жұмабаева' } });
  const booked = (await api.call('visits.listForDay', { day })).visits.find((visit) => visit.kind === 'booked')!;
  await api.call('visits.checkIn', { id: booked.id });
  await page.goto(harness.url);
  for (const language of [kk, ru]) {
    if (language === ru) await page.getByRole('radiogroup', { name: kk.language.label }).getByText(ru.language.ru).click();
    await expect(page.getByRole('row').nth(5)).toBeVisible();
    expect(await overflowing(page, '.mantine-Badge-root, td, button')).toEqual([]);
    await page.getByRole('button', { name: language.nav.intake }).click();
    await page.getByRole('textbox', { name: language.intakeUi.searchLabel }).fill('Жұмабаева');
    await expect(page.getByRole('table', { name: language.intakeUi.searchTitle })).toBeVisible();
    expect(await overflowing(page, '.mantine-Badge-root, td, th, button')).toEqual([]);
    await page.getByRole('button', { name: language.nav.today }).click();
  }
});

test('a field is checked when the operator leaves it; Finish lists the wrong fields by name and puts the cursor on the first', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Серікбаев Нұрлан' });
  await api.call('applications.saveDraft', { id: uuidv7(), visitId: visit.id, fields: { surname: 'Серікбаев', givenName: 'Нұрлан' } });
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', 'Серікбаев Нұрлан') }).click();
  const field = (name: keyof typeof kk.application.fields) => page.getByRole('textbox', { name: kk.application.fields[name], exact: true });

  await field('iin').fill('881224400008');
  await field('iin').press('Tab');
  await expect(field('iin')).toHaveAccessibleDescription(kk.validation.iin_checksum);
  await field('postalCode').fill('01000');
  await field('postalCode').press('Tab');
  await expect(field('postalCode')).toHaveAccessibleDescription(kk.validation.postal_code);

  await page.getByRole('button', { name: kk.application.finish }).click();
  const alert = page.getByRole('alert').filter({ hasText: kk.paperwork.fixFields.split(':')[0]! });
  await expect(alert).toContainText(kk.application.fields.iin);
  await expect(alert).toContainText(kk.application.fields.postalCode);
  await expect(alert).toContainText(kk.application.fields.settlement);
  // The cursor is on the first wrong field, the IIN at the top, brought into view.
  await expect(field('iin')).toBeFocused();
  await expect(field('iin')).toBeInViewport();
});

test('the next step offered fits the state: no "start service" once started, a way back to correct, and what comes next in words', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Қасымова Айжан' });
  const applicationId = uuidv7();
  await api.call('applications.saveDraft', { id: applicationId, visitId: visit.id, fields: completeFields });
  await page.goto(harness.url);
  const open = () => page.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', 'Қасымова Айжан') }).click();
  await open();
  const hint = page.getByTestId('next-step-hint');
  await expect(hint).toHaveText(kk.intakeUi.nextStep.in_service);
  await expect(page.getByRole('button', { name: kk.intakeUi.moveTo.in_service })).toHaveCount(0);
  await expect(page.getByRole('button', { name: kk.intakeUi.moveTo.cancelled })).toBeVisible();

  await api.call('applications.finish', { id: applicationId, fields: completeFields });
  await api.call('statements.export', { visitId: visit.id, purpose: 'print' });
  await page.getByRole('button', { name: kk.intakeUi.back }).click();
  await open();
  await expect(hint).toHaveText(kk.intakeUi.nextStep.statement_printed);
  await expect(page.getByRole('button', { name: kk.intakeUi.moveTo.in_service })).toHaveCount(0);
  await expect(page.getByRole('button', { name: kk.intakeUi.backToApplication })).toBeVisible();
  await expect(page.getByRole('button', { name: kk.intakeUi.moveTo.signed })).toBeVisible();
});

test('an operator asks for a waiver and a supervisor approves it in the same dialog', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Тұрсынов Арман' });
  const applicationId = uuidv7();
  await api.call('applications.saveDraft', { id: applicationId, visitId: visit.id, fields: completeFields });
  await api.call('applications.finish', { id: applicationId, fields: completeFields });
  await api.call('session.signIn', { login: e2eStaff.operator.login, secret: e2eStaff.operator.secret });
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', 'Тұрсынов Арман') }).click();
  const documents = page.getByRole('region', { name: kk.documentsUi.title });
  await documents.locator('[data-checklist-item="signed-statement"]').getByRole('button', { name: kk.documentsUi.waive }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: kk.documentsUi.waiveReason }).fill('Сканер істен шықты, қағаз нұсқасы курьермен жіберіледі');
  await dialog.getByRole('textbox', { name: kk.paperwork.approvalLogin }).fill(e2eStaff.supervisor.login);
  await dialog.getByLabel(kk.paperwork.approvalSecret).fill('000000');
  await dialog.getByRole('button', { name: kk.documentsUi.waiveConfirm }).click();
  await expect(dialog.getByRole('alert')).toContainText(kk.errors.session.wrong_credentials);
  await dialog.getByLabel(kk.paperwork.approvalSecret).fill(e2eStaff.supervisor.secret);
  await dialog.getByRole('button', { name: kk.documentsUi.waiveConfirm }).click();
  await expect(dialog).toBeHidden();
  await expect(documents.locator('[data-checklist-item="signed-statement"]')).toContainText(`(${e2eStaff.supervisor.login})`);
  // The operator is still the one at the desk.
  await expect(page.getByTestId('signed-in-as')).toContainText(e2eStaff.operator.name);
});

test('a finished application’s fields read back in full contrast', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Әлиев Марат' });
  const applicationId = uuidv7();
  await api.call('applications.saveDraft', { id: applicationId, visitId: visit.id, fields: completeFields });
  await api.call('applications.finish', { id: applicationId, fields: completeFields });
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', 'Әлиев Марат') }).click();
  const surname = page.getByRole('textbox', { name: kk.application.fields.surname, exact: true });
  await expect(surname).toBeDisabled();
  // WCAG 2.2 AA: at least 4.5:1 between the text and its background.
  const ratio = await surname.evaluate((input) => {
    const style = getComputedStyle(input);
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    const [text, back] = [luminance(rgb(style.webkitTextFillColor || style.color)), luminance(rgb(style.backgroundColor))];
    return Number(style.opacity) < 1 ? 0 : (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(4.5);
});

test('removing a scan asks once more, and a refused file is reported beside the drop area', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Ермекова Нұрай' });
  const applicationId = uuidv7();
  await api.call('applications.saveDraft', { id: applicationId, visitId: visit.id, fields: completeFields });
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', 'Ермекова Нұрай') }).click();
  const documents = page.getByRole('region', { name: kk.documentsUi.title });
  const input = documents.locator('input[type=file]').first();
  await input.setInputFiles({ name: 'id.pdf', mimeType: 'application/pdf', buffer: await pdfBytes(1) });
  await expect(documents.getByRole('table')).toContainText('id.pdf');

  await input.setInputFiles({ name: 'virus.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a pdf') });
  const refusal = documents.getByRole('alert');
  await expect(refusal).toContainText('virus.pdf');
  // The message stands right under the drop area, not below the list of files.
  const [dropBottom, alertTop, tableTop] = await Promise.all([
    documents.locator('.mantine-Dropzone-root').boundingBox().then((box) => box!.y + box!.height),
    refusal.boundingBox().then((box) => box!.y),
    documents.getByRole('table').boundingBox().then((box) => box!.y),
  ]);
  expect(alertTop).toBeGreaterThanOrEqual(dropBottom);
  expect(alertTop).toBeLessThan(tableTop);

  await documents.getByRole('button', { name: kk.documentsUi.remove.replace('{{name}}', 'id.pdf') }).click();
  await expect(documents.getByRole('table')).toContainText('id.pdf');
  await documents.getByRole('button', { name: kk.common.cancel }).click();
  await expect(documents.getByRole('table')).toContainText('id.pdf');
  await documents.getByRole('button', { name: kk.documentsUi.remove.replace('{{name}}', 'id.pdf') }).click();
  await documents.getByRole('button', { name: new RegExp(kk.documentsUi.removeConfirm.replace('{{name}}', '')) }).click();
  await expect(documents.getByRole('table')).toHaveCount(0);
});

test('dates are dd.mm.yyyy in Kazakh and Russian: typed, shown and searched by', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Күнтуар Ерасыл' });
  const today = localDayOf(new Date());
  const [year, month, date] = today.split('-');
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.nav.intake }).click();
  const from = page.getByRole('textbox', { name: kk.intakeUi.from, exact: true });
  await expect(page.locator('input[type=date]')).toHaveCount(0);
  await from.fill(`${date}.${month}.${year}`);
  await from.press('Tab');
  await expect(from).toHaveValue(`${date}.${month}.${year}`);
  await expect(page.getByRole('table', { name: kk.intakeUi.searchTitle })).toContainText('Күнтуар Ерасыл');
  await expect(page.getByRole('table', { name: kk.intakeUi.searchTitle })).toContainText(`${date}.${month}.${year}`);
  await page.getByRole('radiogroup', { name: kk.language.label }).getByText(ru.language.ru).click();
  await page.getByRole('button', { name: ru.nav.reports }).click();
  await expect(page.locator('input[type=date]')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: ru.reportUi.from, exact: true })).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
});

test('check-in: arrow keys choose among several matches, a miss is said once and offers a walk-in with what was typed', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const day = localDayOf(new Date());
  const bookings = sampleBookings(day, 12);
  await api.call('bookings.import', { format: 'csv', content: toCsv(bookings) });
  await page.goto(harness.url);
  const box = page.getByRole('textbox', { name: kk.intakeUi.checkInLabel });
  // The check-in box has the cursor when Today opens.
  await expect(box).toBeFocused();
  const surname = bookings[0]!.name.split(' ')[0]!;
  const namesakes = bookings.filter((booking) => booking.name.startsWith(surname));
  expect(namesakes.length).toBeGreaterThan(1);
  await box.fill(surname);
  await expect(page.locator('[id^="check-in-match-"]')).toHaveCount(namesakes.length);
  await box.press('ArrowDown');
  const chosen = page.locator('[data-chosen]');
  await expect(chosen).toHaveCount(1);
  const chosenName = namesakes.find((booking) => booking.name !== namesakes[0]!.name) ?? namesakes[1]!;
  await expect(chosen).toContainText(chosenName.name);
  await box.press('Enter');
  await expect(page.getByText(kk.intakeUi.checkedIn.replace('{{name}}', chosenName.name))).toBeVisible();

  await box.fill('Жоқбаев Белгісіз');
  await box.press('Enter');
  await expect(page.getByText(kk.intakeUi.noMatch, { exact: true })).toHaveCount(1);
  await page.getByRole('button', { name: kk.intakeUi.logAsWalkIn }).click();
  await expect(page.getByRole('textbox', { name: kk.walkIn.name })).toHaveValue('Жоқбаев Белгісіз');
  await expect(page.getByRole('textbox', { name: kk.walkIn.iin })).toBeFocused();
});

test('after a check-in or a walk-in the visit opens at once, its first empty field ready; search has the cursor', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const day = localDayOf(new Date());
  const [booking] = sampleBookings(day, 1);
  await api.call('bookings.import', { format: 'csv', content: toCsv([booking!]) });
  await page.goto(harness.url);
  const box = page.getByRole('textbox', { name: kk.intakeUi.checkInLabel });
  await box.fill(booking!.iin);
  await box.press('Enter');
  await page.getByRole('button', { name: kk.intakeUi.openNow }).click();
  await expect(page.getByRole('heading', { level: 2, name: booking!.name })).toBeVisible();
  // Name and IIN came with the booking; the cursor waits in the first field still empty.
  const focused = page.locator('input[data-path]:focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toHaveValue('');

  await page.getByRole('button', { name: kk.intakeUi.back }).click();
  await expect(page.getByRole('textbox', { name: kk.intakeUi.searchLabel })).toBeFocused();
  await page.getByRole('button', { name: kk.nav.today }).click();
  await page.getByRole('textbox', { name: kk.walkIn.name }).fill('Асанов Тимур');
  await page.getByRole('button', { name: kk.walkIn.submit }).click();
  await expect(page.getByText(kk.walkIn.saved)).toBeVisible();
  await page.keyboard.press('Alt+KeyO');
  await expect(page.getByRole('heading', { level: 2, name: 'Асанов Тимур' })).toBeVisible();
});

test('no stale message: a refusal gives way to the success after it, and an empty re-enrol form stays quiet', async ({ page }) => {
  const dir = newDataFolder();
  const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
  try {
    harness = await startHarness(join(dir, 'desk'));
    await page.goto(harness.url);
    await page.getByRole('button', { name: kk.nav.sync }).click();
    await page.getByRole('textbox', { name: kk.syncUi.enrol.server }).fill(central.url);
    await page.getByLabel(kk.syncUi.enrol.code).fill('WRONG-CODE-1');
    await page.getByRole('button', { name: kk.syncUi.enrol.submit, exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(kk.errors.sync.enrolment_refused);
    await page.getByLabel(kk.syncUi.enrol.code).fill(ENROLMENT_CODE);
    await page.getByRole('button', { name: kk.syncUi.enrol.submit, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: kk.errors.sync.enrolment_refused })).toHaveCount(0);
    // The re-enrol form is empty now; "Sync now" beside it brings no "required" under its fields.
    await page.getByLabel(kk.syncUi.enrol.code).focus();
    await page.getByRole('button', { name: kk.syncUi.now }).click();
    await expect(page.getByText(kk.validation.required)).toHaveCount(0);
  } finally {
    await central.close();
  }
});

test('the Staff page: the new-PIN field is wide enough to type in, and a new account’s PIN is typed twice', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  harness = await startHarness(newDataFolder());
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.nav.staff }).click();
  const reset = page.getByLabel(`${kk.staffUi.newSecret}: ${e2eStaff.operator.login}`);
  expect((await reset.boundingBox())!.width).toBeGreaterThan(100);
  await page.getByRole('textbox', { name: kk.staffUi.login }).fill('b.sultan');
  await page.getByRole('textbox', { name: kk.staffUi.name }).fill('Бекзат Сұлтан');
  await page.getByLabel(kk.staffUi.secret, { exact: true }).fill('135792');
  await page.getByLabel(kk.staffUi.secretAgain).fill('135793');
  await page.getByRole('button', { name: kk.staffUi.addSubmit }).click();
  await expect(page.getByText(kk.validation.secret_mismatch)).toBeVisible();
  await page.getByLabel(kk.staffUi.secretAgain).fill('135792');
  await page.getByRole('button', { name: kk.staffUi.addSubmit }).click();
  await expect(page.getByRole('row', { name: /b\.sultan/ })).toBeVisible();
});

test('F1 shows the keyboard shortcuts, in the interface language, from anywhere', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  await page.goto(harness.url);
  await page.getByRole('textbox', { name: kk.intakeUi.checkInLabel }).focus();
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: kk.shortcuts.title });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(kk.shortcuts.walkIn);
  await expect(dialog).toContainText(kk.shortcuts.open);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
