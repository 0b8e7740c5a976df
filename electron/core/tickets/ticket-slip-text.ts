import type { TicketSlip } from '../../../shared/domain/ticket-slip';

/**
 * The slip's printed wording. Like the statement's, it is printed text, not interface text: it is
 * always Kazakh and Russian together, whatever language the reception's screen is in.
 */
const wording = {
  title: { kk: 'Кезек талоны', ru: 'Талон очереди' },
  issued: { kk: 'Берілді', ru: 'Выдан' },
  bookedSlot: { kk: 'Жазылған уақыт', ru: 'Время записи' },
  // An estimate, and said so in words: Noto Sans has no ≈.
  expectedWait: { kk: 'Шамамен күту', ru: 'Ожидание около' },
  peopleAhead: { kk: 'Алдыңызда', ru: 'Перед вами' },
  minutes: 'мин',
  waitForScreen: { kk: 'Нөміріңіз залдағы экранда шыққанша күтіңіз.', ru: 'Ожидайте, пока ваш номер появится на экране в зале.' },
  waitForSlot: { kk: 'Сізді жазылған уақытыңызда шақырады.', ru: 'Вас пригласят ко времени записи.' },
  waitUnknown: { kk: 'Күту уақыты әзірге белгісіз: бүгін бұл қызмет бойынша есептеуге дерек жоқ.', ru: 'Время ожидания пока неизвестно: сегодня по этой услуге ещё нет данных для расчёта.' },
} as const;

/** A row of details: both languages' labels on the left, the value on the right. */
export type SlipRow = { label: string; value: string };

/** What the slip says, top to bottom, before it is measured. */
export type SlipText = {
  centre: string;
  title: string;
  number: string;
  service: { kk: string; ru: string };
  rows: SlipRow[];
  /** One paragraph per language, Kazakh first. */
  instructions: string[];
};

/** `DD.MM.YYYY HH:MM` as the centre's clock wrote it (the schema keeps its offset, not `Z`). */
function wallClock(instant: string): string {
  const [, year, month, day, hour, minute] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(instant) ?? [];
  return `${day}.${month}.${year} ${hour}:${minute}`;
}

const both = (text: { kk: string; ru: string }) => `${text.kk} / ${text.ru}`;

export function slipText(slip: TicketSlip): SlipText {
  const rows: SlipRow[] = [{ label: both(wording.issued), value: wallClock(slip.issuedAt) }];
  if (slip.bookedSlot !== null) rows.push({ label: both(wording.bookedSlot), value: slip.bookedSlot });
  if (slip.expectedWaitMinutes !== null) rows.push({ label: both(wording.expectedWait), value: `${slip.expectedWaitMinutes} ${wording.minutes}` });
  if (slip.peopleAhead !== null) rows.push({ label: both(wording.peopleAhead), value: String(slip.peopleAhead) });
  // An early arrival is called at the booked time, not before: the slip says so.
  // People ahead but no estimate: the hub has no basis for one yet, and the slip says so instead of a number.
  const unknown = slip.expectedWaitMinutes === null && slip.peopleAhead !== null;
  const instructions = (['kk', 'ru'] as const).map((language) =>
    [unknown ? wording.waitUnknown[language] : null, slip.bookedSlot === null ? null : wording.waitForSlot[language], wording.waitForScreen[language]].filter((part) => part !== null).join(' '),
  );
  return { centre: slip.centreName, title: both(wording.title), number: slip.number, service: slip.serviceGroup, rows, instructions };
}

/** The document's title, for the PDF's metadata and the print queue. */
export const slipTitle = (slip: TicketSlip) => `${wording.title.kk} ${slip.number} / ${wording.title.ru} ${slip.number}`;
