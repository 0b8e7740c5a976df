import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/contract/errors';
import { catalogues, resources } from '../../shared/i18n/catalogues';
import { languages } from '../../shared/i18n/languages';
import { mergeNamespaces, namespaces } from '../../shared/i18n/namespaces';

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
  // By namespace: `today.walkIn.title`, so a key in another area's file than English puts it fails too.
  const english = [...leaves(resources.en).keys()].sort();

  // Plural forms beyond English's one/other (Russian few/many) are the language's own.
  const pluralExtra = /_(few|many)$/;

  it.each(languages)('%s is split into the same namespace files as English', (language) => {
    const files = (lng: string) => readdirSync(resolve(import.meta.dirname, '../../shared/i18n', lng)).sort();
    expect(files(language)).toEqual(files('en'));
    expect(files(language)).toEqual([...namespaces.map((namespace) => `${namespace}.ts`), 'index.ts'].sort());
    expect(Object.keys(resources[language])).toEqual(namespaces);
  });

  it.each(languages)('%s has exactly the English keys, each a non-empty string', (language) => {
    const entries = leaves(resources[language]);
    expect([...entries.keys()].filter((key) => !pluralExtra.test(key)).sort()).toEqual(english);
    for (const [key, value] of entries) {
      expect(typeof value === 'string' && value.trim().length > 0, `${language}:${key}`).toBe(true);
    }
  });

  it.each(languages)('%s has every plural form its language’s rules call for', (language) => {
    const keys = [...leaves(resources[language]).keys()];
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const base of keys.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length))) {
      for (const category of categories) expect(keys, `${language}:${base}_${category}`).toContain(`${base}_${category}`);
    }
  });

  it('counts files in each language’s grammar: 1 файл, 2 файла, 5 файлов', async () => {
    const i18next = (await import('i18next')).default.createInstance();
    await i18next.init({ resources, ns: namespaces, lng: 'ru', interpolation: { escapeValue: false } });
    const files = (lng: string, count: number) => i18next.t('application:paperwork.files', { lng, count });
    expect([1, 2, 5, 21, 22, 11].map((count) => files('ru', count))).toEqual(['1 файл', '2 файла', '5 файлов', '21 файл', '22 файла', '11 файлов']);
    expect([1, 2, 5].map((count) => files('kk', count))).toEqual(['1 файл', '2 файл', '5 файл']);
    expect([1, 2].map((count) => files('en', count))).toEqual(['1 file', '2 files']);
  });

  it('keeps each group in one namespace, so merging them into one catalogue loses nothing', () => {
    for (const language of languages) {
      const groups = Object.values(resources[language]).flatMap((namespace) => Object.keys(namespace));
      expect(new Set(groups).size, language).toBe(groups.length);
      expect(Object.keys(catalogues[language]).sort()).toEqual([...groups].sort());
    }
    // @ts-expect-error a group two namespaces define is refused by type before it is refused here
    expect(() => mergeNamespaces({ today: { walkIn: { title: 'a' } }, intake: { walkIn: { title: 'b' } } })).toThrow(/walkIn/);
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
