import { wrap } from '../statements';
import type { SlipText } from './ticket-slip-text';

/** Width of `text` at `size` points in the regular or bold face. */
export type Measure = (text: string, size: number, bold: boolean) => number;

const POINT_PER_MM = 72 / 25.4;
/** 80 mm thermal paper. */
export const SLIP_WIDTH = 80 * POINT_PER_MM;
/** Its printers reach the middle 72 mm; nothing is placed outside them. */
export const SLIP_MARGIN = 4 * POINT_PER_MM;
const CONTENT_WIDTH = SLIP_WIDTH - 2 * SLIP_MARGIN;

const LEADING = 1.25;
/** Below the baseline, Noto Sans reaches at most this share of the size (its descender). */
const DESCENT = 0.3;
const NUMBER_SIZES = { largest: 60, smallest: 24 };
const sizes = { centre: 9, title: 8, service: 11, row: 9, instruction: 9 };

/** A line of text; `baseline` is measured down from the top of the slip. */
export type SlipLine = { x: number; baseline: number; size: number; bold: boolean; text: string };
/** Where every line and rule goes, and how tall the paper must be to hold them. */
export type SlipLayout = { height: number; lines: SlipLine[]; rules: number[] };

/**
 * Places the slip top to bottom within the printable 72 mm: the centre and the title, the number
 * as large as fits, the service group in both languages, the details (labels left, values right),
 * then what to do. Long texts wrap; the paper ends just below the last line.
 */
export function layoutSlip(text: SlipText, measure: Measure): SlipLayout {
  const lines: SlipLine[] = [];
  const rules: number[] = [];
  let y = SLIP_MARGIN;
  let bottom = y;

  const place = (line: string, size: number, bold: boolean, x: number) => {
    lines.push({ x, baseline: y + size, size, bold, text: line });
    bottom = Math.max(bottom, y + size * (1 + DESCENT));
  };
  const paragraph = (value: string, size: number, bold: boolean, spaceAfter: number) => {
    for (const line of wrap(value, size, bold, CONTENT_WIDTH, measure)) {
      place(line, size, bold, SLIP_MARGIN + (CONTENT_WIDTH - measure(line, size, bold)) / 2);
      y += size * LEADING;
    }
    y += spaceAfter;
  };
  const rule = () => {
    rules.push(y + 3);
    y += 8;
  };

  paragraph(text.centre, sizes.centre, false, 2);
  paragraph(text.title, sizes.title, false, 2);
  let numberSize = NUMBER_SIZES.largest;
  while (numberSize > NUMBER_SIZES.smallest && measure(text.number, numberSize, true) > CONTENT_WIDTH) numberSize -= 2;
  paragraph(text.number, numberSize, true, 0);
  paragraph(text.service.kk, sizes.service, true, 2);
  paragraph(text.service.ru, sizes.service, false, 2);
  rule();
  for (const row of text.rows) {
    const valueWidth = measure(row.value, sizes.row, true);
    const top = y;
    // The label keeps clear of the value; a long one wraps under itself.
    for (const label of wrap(row.label, sizes.row, false, CONTENT_WIDTH - valueWidth - 6, measure)) {
      place(label, sizes.row, false, SLIP_MARGIN);
      y += sizes.row * LEADING;
    }
    // After its label, so that text read out of the PDF keeps label and value together.
    const end = y;
    y = top;
    place(row.value, sizes.row, true, SLIP_MARGIN + CONTENT_WIDTH - valueWidth);
    y = end;
    y += 1;
  }
  rule();
  text.instructions.forEach((instruction) => paragraph(instruction, sizes.instruction, false, 2));
  return { height: Math.ceil(bottom + SLIP_MARGIN), lines, rules };
}
