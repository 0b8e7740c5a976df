import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/contract/errors';
import { catalogues } from '../../shared/i18n/catalogues';
import { languages } from '../../shared/i18n/languages';

function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of leaves(value, path)) found.set(k, v);
    else found.set(path, value);
  }
  return found;
}

const lookup = (language: (typeof languages)[number], key: string) => leaves(catalogues[language]).get(key);

describe('translation catalogues', () => {
  const english = [...leaves(catalogues.en).keys()].sort();

  // Plural forms beyond English's one/other (Russian few/many) are the language's own.
  const pluralExtra = /_(few|many)$/;

  it.each(languages)('%s has exactly the English keys, each a non-empty string', (language) => {
    const entries = leaves(catalogues[language]);
    expect([...entries.keys()].filter((key) => !pluralExtra.test(key)).sort()).toEqual(english);
    for (const [key, value] of entries) {
      expect(typeof value === 'string' && value.trim().length > 0, `${language}:${key}`).toBe(true);
    }
  });

  it.each(languages)('%s has every plural form its language’s rules call for', (language) => {
    const keys = [...leaves(catalogues[language]).keys()];
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const base of keys.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length))) {
      for (const category of categories) expect(keys, `${language}:${base}_${category}`).toContain(`${base}_${category}`);
    }
  });

  it('counts files in each language’s grammar: 1 файл, 2 файла, 5 файлов', async () => {
    const i18next = (await import('i18next')).default.createInstance();
    await i18next.init({ resources: Object.fromEntries(languages.map((l) => [l, { translation: catalogues[l] }])), lng: 'ru', interpolation: { escapeValue: false } });
    const files = (lng: string, count: number) => i18next.t('paperwork.files', { lng, count });
    expect([1, 2, 5, 21, 22, 11].map((count) => files('ru', count))).toEqual(['1 файл', '2 файла', '5 файлов', '21 файл', '22 файла', '11 файлов']);
    expect([1, 2, 5].map((count) => files('kk', count))).toEqual(['1 файл', '2 файл', '5 файл']);
    expect([1, 2].map((count) => files('en', count))).toEqual(['1 file', '2 files']);
  });

  it.each(languages)('%s translates every error code', (language) => {
    for (const code of errorCodes) expect(lookup(language, `errors.${code}`), code).toBeTypeOf('string');
  });

  it('Kazakh text uses Kazakh letters, not look-alike Latin or Russian stand-ins', () => {
    const kazakh = [...leaves(catalogues.kk).entries()].filter(([key]) => !key.startsWith('language.'));
    for (const [key, value] of kazakh) {
      // Latin letters inside a Kazakh sentence are almost always a mistyped Cyrillic look-alike;
      // key names, file formats, the phone template and web addresses are Latin on purpose.
      const text = String(value).replace(/\{\{\w+\}\}|IBAN|KZ|QR|A01P3K4|Alt\+N|ЖСН-|\+7 7XX XXX XX XX|CSV|JSON|gov4c\.kz|https:\/\/|Enter|PDF|PNG|JPEG|TIFF/g, '');
      expect(/[A-Za-z]/.test(text), `kk:${key} has Latin letters: ${text}`).toBe(false);
    }
    const all = kazakh.map(([, value]) => value).join(' ');
    expect(all).toMatch(/[әғқңөұүһі]/i);
  });
});
