import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { en } from '../../shared/i18n/en';
import { kk } from '../../shared/i18n/kk';
import { englishOnlyTexts, leaves } from '../support/catalogue-text';
import { newDataFolder, startHarness, type RunningHarness } from './support/harness';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalogue text as a pattern: `{{count}}` stands for whatever was interpolated. */
const asPattern = (text: string) => new RegExp(`^${escape(text).replace(/\\\{\\\{\w+\\\}\\\}/g, '.+')}$`);

const screenshotDir = resolve(import.meta.dirname, '__screenshots__');

let harness: RunningHarness | undefined;
test.afterEach(async () => harness?.stop());

test('in Kazakh, every label on Today comes from the kk catalogue', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  await page.goto(harness.url);
  // Go through English and back, so the switch itself is what puts Kazakh on the page.
  await page.getByText(en.language.en, { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${en.today.title}:`) })).toBeVisible();
  await page.getByText(kk.language.kk, { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${kk.today.title}:`) })).toBeVisible();

  // Put a visit and a field error on the page so the table, its columns and messages are checked too.
  await page.getByRole('textbox', { name: kk.walkIn.name }).fill('Нұрсұлтан Әбішұлы');
  await page.getByRole('button', { name: kk.walkIn.submit }).click();
  await expect(page.getByRole('row', { name: /Нұрсұлтан Әбішұлы/ })).toBeVisible();
  await page.getByRole('textbox', { name: kk.walkIn.iin }).fill('12345');
  await page.getByRole('textbox', { name: kk.walkIn.name }).focus();
  await expect(page.getByText(kk.validation.iin_format)).toBeVisible();

  expect(await page.evaluate(() => (window as { __qabyldauMissingKeys?: string[] }).__qabyldauMissingKeys)).toEqual([]);

  const { texts, attributes, heading } = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || parent.closest('[hidden], [aria-hidden="true"], style, script')) continue;
      found.push(text);
    }
    const attrs = [...document.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((element) =>
      ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name)).filter((v): v is string => !!v),
    );
    return { texts: found, attributes: attrs, heading: document.querySelector('h2')?.textContent ?? '' };
  });

  const catalogue = leaves(kk).map(asPattern);
  // What the page may show besides catalogue text: the citizen's data typed above, the desk,
  // a time, punctuation, and the date, whose month and weekday come from the kk date locale.
  const dateText = heading.slice(`${kk.today.title}: `.length);
  expect(dateText).toMatch(/^\d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан) \d{4}, \p{L}+$/u);
  const data = [/^Нұрсұлтан Әбішұлы$/, /^12345$/, /^\d{1,2}:\d{2}$/, /^1$/, /^[:*]$/, new RegExp(`^${escape(dateText)}$`)];
  const unexplained = [...texts, ...attributes].filter((text) => ![...catalogue, ...data].some((pattern) => pattern.test(text)));
  expect(unexplained).toEqual([]);

  // And no English sentence slipped through anywhere.
  const body = await page.locator('body').innerText();
  for (const english of englishOnlyTexts()) expect(body, english).not.toContain(english);

  mkdirSync(screenshotDir, { recursive: true });
  const shot = resolve(screenshotDir, 'today-kk.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`Screenshot of Today in Kazakh: ${shot}`);
});
