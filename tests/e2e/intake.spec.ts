import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtInItems } from '../../shared/catalogue/documents';
import { localDayOf } from '../../shared/domain/day';
import { kk } from '../../shared/i18n/kk';
import { bookingsWithThreeBadRows, sampleBookings } from '../support/bookings-file';
import { englishOnlyTexts } from '../support/catalogue-text';
import { pdfBytes } from '../support/sample-files';
import { e2eStaff, newDataFolder, startHarness, type RunningHarness } from './support/harness';

let harness: RunningHarness | undefined;
test.afterEach(async () => harness?.stop());

const astanaBranch = '«„Азаматтарға арналған үкімет“ мемлекеттік корпорациясы» КЕАҚ Астана қаласы бойынша филиалы';

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
  // The refused service code is named, so the operator can tell the central system which.
  await expect(rejected).toContainText(kk.validation.service_unknown.replace('{{code}}', 'space-tourism'));
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
  //    from the booking (a benefit paid to the citizen); region and district pick the receiver.
  await row.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', citizen.name) }).press('Enter');
  const field = (name: keyof typeof kk.application.fields) => page.getByRole('textbox', { name: kk.application.fields[name], exact: true });
  const choice = (name: keyof typeof kk.application.fields) => page.getByRole('combobox', { name: kk.application.fields[name], exact: true });
  await expect(field('surname')).toHaveValue('Сәрсенбаев');
  // The IIN's date part is shown for what it is, not as a birth date.
  await expect(page.getByText(/ЖСН-дегі күн: \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
  // The ID card is offered first; the operator goes on to its number.
  await expect(choice('idDocumentKind')).toHaveValue(kk.paperwork.idKinds['id-card']);
  await choice('idDocumentKind').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.type('054812377');
  await page.keyboard.press('Tab');
  await page.keyboard.type('14.03.2019');
  await page.keyboard.press('Tab');
  // The ID card's issuer is the one every citizen's card names; Tab passes it.
  await expect(field('idDocumentIssuer')).toHaveValue('ҚР ІІМ / МВД РК');
  await page.keyboard.press('Tab');
  // A choice list is answered once its option shows: a busy machine may take a moment to filter.
  // Enter on a choice goes on to the next field still to fill.
  await page.keyboard.type('Астана');
  await expect(page.getByRole('option', { name: 'Астана қаласы' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(choice('districtKato')).toBeFocused();
  await page.keyboard.type('Есіл');
  await expect(page.getByRole('option', { name: 'Есіл ауданы' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(choice('districtKato')).toHaveValue('Есіл ауданы');
  // Astana is its own settlement: the cursor waits in the street.
  await expect(field('settlement')).toHaveValue('Астана');
  await expect(field('street')).toBeFocused();
  await page.keyboard.type('Мәңгілік Ел даңғылы');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // flat is optional
  await page.keyboard.type('Z10A1X0'); // Kazpost's seven-character postcode
  await page.keyboard.press('Tab');
  await page.keyboard.type('87012345678');
  await expect(choice('receiverId')).toHaveValue(astanaBranch);
  await expect(page.getByText(kk.application.receiverByRule)).toBeVisible();
  // A payment service: the account, checked by its IBAN check digits.
  await field('iban').fill('KZ86 125K ZT50 0410 0101');
  await field('bankName').fill('«Қазақстан Халық Банкі» АҚ');
  await page.getByRole('button', { name: kk.application.finish }).click();
  await expect(field('iban')).toHaveAccessibleDescription(new RegExp(kk.validation.iban_checksum.slice(0, 20)));
  await field('iban').fill('KZ86 125K ZT50 0410 0100');
  await expect(page.getByText(/Жоба .* сақталды/)).toBeVisible();

  // 4. Save: Enter in a field finishes the application, which is then locked.
  await field('bankName').press('Enter');
  await expect(page.getByText(kk.application.finished.replace('{{version}}', '1'))).toBeVisible();
  await expect(field('phone')).toHaveValue('+7 701 234 56 78');
  await expect(field('phone')).toBeDisabled();
  await expect(field('postalCode')).toHaveValue('Z10A1X0');

  // 4b. Attach documents against the service's checklist: the identity document, then a paper
  //     named by the operator. A renamed .exe is refused.
  const documents = page.getByRole('region', { name: kk.documentsUi.title });
  const documentInputs = documents.locator('input[type=file]');
  const attachAs = documents.getByRole('combobox', { name: kk.documentsUi.attachAs });
  await expect(documents.getByText(kk.paperwork.standardUnknown)).toBeVisible();
  await documentInputs.first().setInputFiles({ name: 'IMG_20261201_0931.pdf', mimeType: 'application/pdf', buffer: await pdfBytes(2) });
  await expect(documents.getByRole('table')).toContainText('IMG_20261201_0931.pdf');
  await expect(documents.getByText(kk.documentsUi.covered)).toHaveCount(1);
  // The next file does not drift onto the signed statement: that one is filed by its QR code only.
  await expect(attachAs).toHaveValue(builtInItems.other.kk);
  await documents.getByRole('textbox', { name: kk.paperwork.otherLabel }).fill('Баланың мүгедектігі туралы анықтама');
  await documentInputs.first().setInputFiles({ name: 'scan0002.pdf', mimeType: 'application/pdf', buffer: await pdfBytes(1) });
  await expect(documents.getByRole('table')).toContainText('Баланың мүгедектігі туралы анықтама');
  await documentInputs.first().setInputFiles({ name: 'setup.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\u0090\u0000 this is a program') });
  await expect(documents.getByRole('alert')).toContainText(kk.validation.document_label_required);
  await documents.getByRole('textbox', { name: kk.paperwork.otherLabel }).fill('Бағдарлама');
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
  // The statement names every document by what it is, with its pages; never a file name.
  const statementFile = resolve(tmpdir(), `qabyldau-e2e-statement-${process.pid}.pdf`);
  writeFileSync(statementFile, pdf);
  const kazakhColumn = execFileSync('pdftotext', ['-x', '0', '-y', '0', '-W', '298', '-H', '842', statementFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(kazakhColumn).toContain('1. Жеке басын куәландыратын құжат — 2 бет');
  expect(kazakhColumn).toContain('2. Баланың мүгедектігі туралы анықтама — 1 бет');
  expect(kazakhColumn).toContain('KZ86 125K ZT50 0410 0100');
  expect(kazakhColumn).toContain('Z10A1X0');
  expect(kazakhColumn).not.toMatch(/IMG_|scan0002/);
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
