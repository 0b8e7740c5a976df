import { expect, test } from '@playwright/test';
import { kk } from '../../shared/i18n/kk';
import { sampleIin } from '../support/bookings-file';
import { newDataFolder, startHarness, type RunningHarness } from './support/harness';

let harness: RunningHarness | undefined;
test.afterEach(async () => harness?.stop());

/**
 * Counted in the page, from the browser's own trusted events, so the count does not depend on how
 * the test drives it: a key that types no character (Tab, Enter, an arrow, an Alt chord) is a
 * control key; a mouse button pressed is a click. Typed letters and digits are the citizen's data.
 */
function countInputs() {
  const counts = { keys: [] as string[], clicks: 0 };
  (window as unknown as { __inputs: typeof counts }).__inputs = counts;
  const modifiers = new Set(['Shift', 'Alt', 'Control', 'Meta', 'AltGraph', 'CapsLock']);
  addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || modifiers.has(event.key)) return;
      if (event.key.length > 1 || event.altKey || event.ctrlKey || event.metaKey) counts.keys.push(`${event.altKey ? 'Alt+' : ''}${event.key}`);
    },
    true,
  );
  addEventListener('mousedown', (event) => event.isTrusted && counts.clicks++, true);
}

test('a walk-in to a saved statement takes at most 15 control keys and 3 clicks, counted', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  await page.addInitScript(countInputs);
  await page.goto(harness.url);
  await expect(page.getByRole('textbox', { name: kk.intakeUi.checkInLabel })).toBeFocused();
  await page.evaluate(() => {
    const counts = (window as unknown as { __inputs: { keys: string[]; clicks: number } }).__inputs;
    counts.keys.length = 0;
    counts.clicks = 0;
  });
  const focused = page.locator('input:focus');
  const answer = async (text: string, option: string) => {
    await page.keyboard.type(text);
    await expect(page.getByRole('option', { name: option })).toBeVisible();
    await page.keyboard.press('Enter');
  };

  // Today: the walk-in's name and IIN, logged with Enter, opened with Alt+O.
  await page.keyboard.press('Alt+KeyN');
  await page.keyboard.type('Асанова Әйгерім Болатқызы');
  await page.keyboard.press('Tab');
  await page.keyboard.type(sampleIin(7));
  await page.keyboard.press('Enter');
  await expect(page.getByText(kk.walkIn.saved)).toBeVisible();
  await page.keyboard.press('Alt+KeyO');
  await expect(page.getByRole('heading', { level: 2, name: 'Асанова Әйгерім Болатқызы' })).toBeVisible();

  // The application: the cursor starts in the first field to fill, Enter goes to the next one.
  // The ID card's issuer and Astana's settlement need no typing.
  await expect(focused).toHaveAttribute('data-path', 'idDocumentNumber');
  await page.keyboard.type('054812377');
  await page.keyboard.press('Enter');
  await expect(focused).toHaveAttribute('data-path', 'idDocumentIssuedOn');
  await page.keyboard.type('14.03.2019');
  await page.keyboard.press('Enter');
  await expect(focused).toHaveAttribute('data-path', 'regionKato');
  await answer('Астана', 'Астана қаласы');
  await expect(focused).toHaveAttribute('data-path', 'districtKato');
  await answer('Есіл', 'Есіл ауданы');
  await expect(focused).toHaveAttribute('data-path', 'street');
  await page.keyboard.type('Мәңгілік Ел даңғылы');
  await page.keyboard.press('Enter');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  // The flat is optional: Enter passes it by.
  await expect(focused).toHaveAttribute('data-path', 'postalCode');
  await page.keyboard.type('Z10A1X0');
  await page.keyboard.press('Enter');
  await page.keyboard.type('87012345678');
  await page.keyboard.press('Enter');
  await expect(focused).toHaveAttribute('data-path', 'serviceCode');
  await answer('Көп балалы', '9. Көп балалы отбасыларға мемлекеттік жәрдемақы тағайындау');
  // A benefit is paid into the citizen's account: the bank section comes next.
  await expect(focused).toHaveAttribute('data-path', 'iban');
  await page.keyboard.type('KZ86 125K ZT50 0410 0100');
  await page.keyboard.press('Enter');
  await page.keyboard.type('«Қазақстан Халық Банкі» АҚ');
  await page.keyboard.press('Enter');
  await expect(page.getByText(kk.application.finished.replace('{{version}}', '1'))).toBeVisible();
  await expect(page.getByRole('textbox', { name: kk.application.fields.settlement, exact: true })).toHaveValue('Астана');
  await expect(page.getByRole('textbox', { name: kk.application.fields.idDocumentIssuer, exact: true })).toHaveValue('ҚР ІІМ / МВД РК');

  // The statement saved: one click.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: kk.statement.export }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^statement-.*\.pdf$/);

  const counts = await page.evaluate(() => (window as unknown as { __inputs: { keys: string[]; clicks: number } }).__inputs);
  console.log(`Walk-in to saved statement: ${counts.keys.length} control keys (${counts.keys.join(' ')}), ${counts.clicks} clicks`);
  expect(counts.keys.length).toBeLessThanOrEqual(15);
  expect(counts.clicks).toBeLessThanOrEqual(3);
});
