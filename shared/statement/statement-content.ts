import type { Localized } from '../catalogue/localized';
import type { Receiver } from '../catalogue/receivers';
import type { Region } from '../catalogue/regions';
import type { Service } from '../catalogue/catalogue';
import { fullNameOf } from '../domain/application';
import type { Application } from '../domain/application-record';

export const statementLanguages = ['kk', 'ru'] as const;
export type StatementLanguage = (typeof statementLanguages)[number];

/** What one statement prints, per language: the template's `{placeholders}` and the document lines. */
export type StatementContent = {
  applicationId: string;
  version: number;
  values: Record<StatementLanguage, Record<string, string>>;
  documents: Record<StatementLanguage, string[]>;
  reprint: boolean;
};

export type StatementSource = {
  application: Application;
  service: Service;
  receiver: Receiver;
  region: Region;
  centre: string;
  desk: string;
  operator: string;
  documents: { name: Localized; pages: number | null }[];
  reprint: boolean;
  /** The statement's date: the day the application's current version was made. */
  date: Date;
};

const dd = (n: number) => String(n).padStart(2, '0');
const ddmmyyyy = (date: Date) => `${dd(date.getDate())}.${dd(date.getMonth() + 1)}.${date.getFullYear()}`;
const isoToDdmmyyyy = (iso: string | null) => (iso ? iso.split('-').reverse().join('.') : '');

function address(source: StatementSource, language: StatementLanguage): string {
  const f = source.application.fields;
  const house = language === 'kk' ? (f.house ? `${f.house}-үй` : '') : f.house ? `д. ${f.house}` : '';
  const flat = language === 'kk' ? (f.flat ? `${f.flat}-пәтер` : '') : f.flat ? `кв. ${f.flat}` : '';
  return [f.postalCode, source.region.name[language], f.district, f.settlement, f.street, house, flat]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
}

function pages(count: number | null, language: StatementLanguage): string {
  if (count === null) return '';
  return language === 'kk' ? ` — ${count} бет` : ` — ${count} л.`;
}

/** Builds the statement's printed values from a finished application. Pure: same input, same text. */
export function statementContent(source: StatementSource): StatementContent {
  const { application } = source;
  const values = {} as StatementContent['values'];
  const documents = {} as StatementContent['documents'];
  for (const language of statementLanguages) {
    values[language] = {
      receiver: source.receiver.name[language],
      fullName: fullNameOf(application.fields),
      iin: application.fields.iin ?? '',
      birthDate: isoToDdmmyyyy(application.birthDate),
      address: address(source, language),
      phone: application.fields.phone ?? '',
      service: source.service.name[language],
      date: ddmmyyyy(source.date),
      centre: source.centre,
      desk: source.desk,
      operator: source.operator,
    };
    documents[language] = source.documents.map((document) => `${document.name[language]}${pages(document.pages, language)}`);
  }
  return { applicationId: application.id, version: application.version, values, documents, reprint: source.reprint };
}

/** Fills `{name}` placeholders; an unknown name stays visible rather than printing nothing. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
