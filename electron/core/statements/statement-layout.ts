import { fillPlaceholders, type StatementContent, type StatementLanguage } from '../../../shared/statement/statement-content';
import type { StatementRow, StatementTemplate, TextStyle } from '../../../shared/statement/statement-template';

/** Width of `text` at `size` points in the regular or bold face. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export type PlacedLine = { page: number; x: number; y: number; size: number; bold: boolean; text: string; width: number; maxWidth: number };
export type StatementLayout = { pageCount: number; lines: PlacedLine[] };

const LEADING = 1.3;

function breakWord(word: string, size: number, bold: boolean, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char, size, bold) > width) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Greedy wrapping by words; a word wider than the box is broken between letters. */
export function wrap(text: string, size: number, bold: boolean, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (measure(word, size, bold) <= width) {
      line = word;
    } else {
      const pieces = breakWord(word, size, bold, width, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The largest size from the style's down to its floor at which the text fits its box; else the floor, wrapped. */
export function fit(text: string, style: TextStyle, width: number, measure: Measure): { size: number; lines: string[] } {
  for (let size = style.size; size >= style.floor; size -= 0.5) {
    const lines = wrap(text, size, style.bold, width, measure);
    if (lines.length <= style.maxLines) return { size, lines };
  }
  return { size: style.floor, lines: wrap(text, style.floor, style.bold, width, measure) };
}

type RowTexts = Record<StatementLanguage, string>;

function rowTexts(row: StatementRow, content: StatementContent): RowTexts[] {
  if (row.kind === 'pair' && row.when && !content.conditions.includes(row.when)) return [];
  const { kk, ru } = content.values;
  if (row.kind !== 'documents') return [{ kk: fillPlaceholders(row.kk, kk), ru: fillPlaceholders(row.ru, ru) }];
  if (content.documents.kk.length === 0) return [{ kk: row.emptyKk, ru: row.emptyRu }];
  return content.documents.kk.map((document, index) => ({
    kk: fillPlaceholders(row.kk, { n: String(index + 1), document }),
    ru: fillPlaceholders(row.ru, { n: String(index + 1), document: content.documents.ru[index] ?? '' }),
  }));
}

/**
 * Places every line of the statement, row by row: with both languages, Kazakh in the left column
 * and Russian in the right; with one, that language across the page. A new page starts when a row
 * would cross the bottom margin. The top band of every page is left for the QR code.
 */
export function layoutStatement(template: StatementTemplate, content: StatementContent, measure: Measure): StatementLayout {
  const { width, height, margin, columnGap, qrSize } = template.page;
  const languages = content.languages;
  const columnWidth = (width - 2 * margin - columnGap * (languages.length - 1)) / languages.length;
  const left = (language: StatementLanguage) => margin + languages.indexOf(language) * (columnWidth + columnGap);
  const top = height - margin - qrSize - 16;
  const lines: PlacedLine[] = [];
  let page = 0;
  let y = top;

  for (const row of template.rows) {
    const style = template.styles[row.style]!;
    for (const texts of rowTexts(row, content)) {
      const fitted = Object.fromEntries(languages.map((language) => [language, fit(texts[language], style, columnWidth, measure)])) as Record<
        StatementLanguage,
        ReturnType<typeof fit>
      >;
      const blockHeight = Math.max(...languages.map((l) => fitted[l].lines.length * fitted[l].size * LEADING));
      if (y - blockHeight < margin && y < top) {
        page += 1;
        y = top;
      }
      for (const language of languages) {
        const { size, lines: texts } = fitted[language];
        texts.forEach((text, index) => {
          const textWidth = measure(text, size, style.bold);
          const x = style.align === 'right' ? left(language) + columnWidth - textWidth : style.align === 'center' ? left(language) + (columnWidth - textWidth) / 2 : left(language);
          lines.push({ page, x, y: y - size - index * size * LEADING, size, bold: style.bold, text, width: textWidth, maxWidth: columnWidth });
        });
      }
      y -= blockHeight + style.spaceAfter;
    }
  }
  return { pageCount: page + 1, lines };
}
