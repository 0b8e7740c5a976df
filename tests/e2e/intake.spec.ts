import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { localDayOf } from '../../shared/domain/day';
import { kk } from '../../shared/i18n/kk';
import { bookingsWithThreeBadRows, sampleBookings } from '../support/bookings-file';
import { englishOnlyTexts } from '../support/catalogue-text';
import { pdfBytes } from '../support/sample-files';
import { e2eStaff, newDataFolder, startHarness, type RunningHarness } from './support/harness';

let harness: RunningHarness | undefined;
test.afterEach(async () => harness?.stop());

const astanaBranch = '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ Астана қаласы бойынша филиалы';

test('import bookings, check a citizen in, fill the application by keyboard, find them, print the statement', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  await page.goto(harness.url);
  const day = localDayOf(new Date());

  // 1. A 50-row bookings file with 3 bad rows: the report names the 3 lines.
  const { csv, badLines } = bookingsWithThreeBadRows(day);
  await page.locator('input[type=file]').setInputFiles({ name: 'bookings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const rejected = page.getByRole('list', { name: kk.intakeUi.rejectedTitle.replace('{{count}}', '3') });
  await expect(rejected.getByRole('listitem')).toHaveCount(3);
  for (const line of badLines) await expect(rejected).toContainText(kk.intakeUi.rejectedRow.replace('{{row}}', String(line)));
  await expect(rejected).toContainText(kk.validation.iin_checksum);
  await expect(page.getByText(kk.today.count.replace('{{count}}', '47'))).toBeVisible();

  // 2. Check the first booked citizen in by IIN: type it, press Enter.
  const citizen = sampleBookings(day, 1)[0]!;
  const checkIn = page.getByRole('textbox', { name: kk.intakeUi.checkInLabel });
  await checkIn.fill(citizen.iin);
  await checkIn.press('Enter');
  await expect(page.getByText(kk.intakeUi.checkedIn.replace('{{name}}', citizen.name))).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(citizen.name) });
  await expect(row).toContainText(kk.visit.status.arrived);

  // 3. Open the visit and fill the application with the keyboard. Name, IIN and service come
  //    from the booking; the region picks the receiver.
  await row.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', citizen.name) }).press('Enter');
  const field = (name: keyof typeof kk.application.fields) => page.getByRole('textbox', { name: kk.application.fields[name], exact: true });
  const choice = (name: keyof typeof kk.application.fields) => page.getByRole('combobox', { name: kk.application.fields[name], exact: true });
  await expect(field('surname')).toHaveValue('Сәрсенбаев');
  await choice('regionKato').focus();
  await page.keyboard.type('Астана');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // district is optional
  await page.keyboard.type('Астана');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Мәңгілік Ел даңғылы');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // flat is optional
  await page.keyboard.type('010000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('87012345678');
  await expect(choice('receiverId')).toHaveValue(astanaBranch);
  await expect(page.getByText(kk.application.receiverByRule)).toBeVisible();
  await expect(page.getByText(/Жоба .* сақталды/)).toBeVisible();

  // 4. Save: Enter finishes the application, which is then locked.
  await page.keyboard.press('Enter');
  await expect(page.getByText(kk.application.finished.replace('{{version}}', '1'))).toBeVisible();
  await expect(field('phone')).toHaveValue('+7 701 234 56 78');
  await expect(field('phone')).toBeDisabled();

  // 4b. Attach the identity document: the checklist shows it covered. A renamed .exe is refused.
  const documents = page.getByRole('region', { name: kk.documentsUi.title });
  const documentInputs = documents.locator('input[type=file]');
  await documentInputs.first().setInputFiles({ name: 'жеке-куәлік.pdf', mimeType: 'application/pdf', buffer: await pdfBytes(2) });
  await expect(documents.getByRole('table')).toContainText('жеке-куәлік.pdf');
  await expect(documents.getByText(kk.documentsUi.covered)).toHaveCount(1);
  await documentInputs.first().setInputFiles({ name: 'setup.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\u0090\u0000 this is a program') });
  await expect(documents.getByRole('alert')).toContainText(`setup.pdf: ${kk.validation.attachment_type}`);

  // 5. Find the citizen again by a lowercase fragment of the Kazakh surname.
  await page.getByRole('button', { name: kk.intakeUi.back }).click();
  await page.getByRole('textbox', { name: kk.intakeUi.searchLabel }).fill('сәрсенб');
  // Five sample citizens share the surname Сәрсенбаев; only the one served has an application.
  await expect(page.getByRole('row', { name: /Сәрсенбаев/ })).toHaveCount(5);
  await expect(page.getByRole('row', { name: new RegExp(citizen.name) })).toHaveCount(1);
  await page.getByRole('textbox', { name: kk.intakeUi.searchLabel }).fill(citizen.iin);
  await expect(page.getByRole('row', { name: new RegExp(citizen.name) })).toHaveCount(1);
  await expect(page.getByRole('row', { name: new RegExp(citizen.name) })).toContainText(kk.visit.status.in_service);

  // 6. Save the statement PDF: the visit moves on to "statement printed".
  await page.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', citizen.name) }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: kk.statement.export }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^statement-[0-9a-f-]{36}-v1\.pdf$/);
  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // The history says what happened in Kazakh, and names who did it.
  const history = page.getByRole('region', { name: kk.intakeUi.history });
  await expect(history).toContainText(`${e2eStaff.supervisor.login} · ${kk.intakeUi.cause.export}`);
  await expect(page.getByRole('heading', { level: 2, name: citizen.name }).locator('..')).toContainText(kk.visit.status.statement_printed);
  await expect(page.getByRole('button', { name: kk.intakeUi.moveTo.signed })).toBeVisible();
  const shot = resolve(import.meta.dirname, '__screenshots__/visit-kk.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`Screenshot of a visit with its application, in Kazakh: ${shot}`);

  // 7. The citizen signs; the scanned page comes back and is recognised by its QR code.
  const pdfFile = resolve(tmpdir(), `qabyldau-e2e-${process.pid}.pdf`);
  writeFileSync(pdfFile, pdf);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', pdfFile, pdfFile]);
  await page.locator('input[type=file][accept="image/png,image/jpeg,image/tiff,application/pdf"]').setInputFiles(`${pdfFile}.png`);
  await expect(page.getByText(kk.statement.outcome.matched)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: citizen.name }).locator('..')).toContainText(kk.visit.status.signed);

  // Everything this walk showed was in Kazakh: no key missing, no English sentence anywhere.
  expect(await page.evaluate(() => (window as { __qabyldauMissingKeys?: string[] }).__qabyldauMissingKeys)).toEqual([]);
  const body = await page.locator('body').innerText();
  for (const english of englishOnlyTexts()) expect(body, english).not.toContain(english);
});
