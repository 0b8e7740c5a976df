import type { District } from '../catalogue/district';
import type { Localized } from '../catalogue/localized';
import type { Receiver } from '../catalogue/receivers';
import type { Region } from '../catalogue/regions';
import type { Service } from '../catalogue/catalogue';
import { fullNameOf, type IdentityDocumentKind } from '../domain/application';
import type { Application } from '../domain/application-record';

export const statementLanguages = ['kk', 'ru'] as const;
export type StatementLanguage = (typeof statementLanguages)[number];

/** The citizen chooses at printing: both languages side by side (the default), or one. */
export const statementLayouts = ['kk-ru', 'kk', 'ru'] as const;
export type StatementLayoutChoice = (typeof statementLayouts)[number];
export const languagesOf = (choice: StatementLayoutChoice): StatementLanguage[] => (choice === 'kk-ru' ? ['kk', 'ru'] : [choice]);

/** Parts of the form printed only when they apply. */
export type StatementCondition = 'payment' | 'representative';

/** What one statement prints, per language: the template's `{placeholders}` and the document lines. */
export type StatementContent = {
  applicationId: string;
  version: number;
  languages: StatementLanguage[];
  values: Record<StatementLanguage, Record<string, string>>;
  documents: Record<StatementLanguage, string[]>;
  conditions: StatementCondition[];
  reprint: boolean;
};

/** A document as the statement lists it: its checklist name (or the operator's for "other"). */
export type StatementDocument = { name: Localized; pages: number | null };

export type StatementSource = {
  application: Application;
  service: Service;
  receiver: Receiver;
  region: Region;
  district: District | undefined;
  /** The centre's name as the supervisor set it (its code where no name is set). */
  centre: string;
  desk: string;
  /** The signed-in employee who receives the application. */
  operator: string;
  documents: StatementDocument[];
  languages: StatementLanguage[];
  reprint: boolean;
  /** The statement's date: the day the application's current version was made. */
  date: Date;
};

const identityDocumentNames: Record<IdentityDocumentKind, Record<StatementLanguage, string>> = {
  'id-card': { kk: 'жеке куәлік', ru: 'удостоверение личности' },
  passport: { kk: 'паспорт', ru: 'паспорт' },
  'residence-permit': { kk: 'шетелдіктің тұруға ықтиярхаты', ru: 'вид на жительство иностранца' },
  'stateless-certificate': { kk: 'азаматтығы жоқ адамның куәлігі', ru: 'удостоверение лица без гражданства' },
};

const dd = (n: number) => String(n).padStart(2, '0');
const ddmmyyyy = (date: Date) => `${dd(date.getDate())}.${dd(date.getMonth() + 1)}.${date.getFullYear()}`;
const isoToDdmmyyyy = (iso: string | undefined) => (iso ? iso.split('-').reverse().join('.') : '');
const joined = (parts: (string | undefined)[]) => parts.map((part) => part?.trim()).filter(Boolean).join(', ');

function address(source: StatementSource, language: StatementLanguage): string {
  const f = source.application.fields;
  const house = f.house ? (language === 'kk' ? `${f.house}-үй` : `д. ${f.house}`) : '';
  const flat = f.flat ? (language === 'kk' ? `${f.flat}-пәтер` : `кв. ${f.flat}`) : '';
  const district = source.district && source.district.kato !== source.region.kato ? source.district.name[language] : '';
  return joined([f.postalCode, source.region.name[language], district, f.settlement, f.street, house, flat]);
}

function identityDocument(fields: Application['fields'], language: StatementLanguage): string {
  const kind = identityDocumentNames[fields.idDocumentKind as IdentityDocumentKind]?.[language] ?? '';
  const issued = language === 'kk' ? `берілген күні ${isoToDdmmyyyy(fields.idDocumentIssuedOn)}` : `выдан ${isoToDdmmyyyy(fields.idDocumentIssuedOn)}`;
  return joined([`${kind} № ${fields.idDocumentNumber ?? ''}`, issued, fields.idDocumentIssuer]);
}

function pages(count: number | null, language: StatementLanguage): string {
  if (count === null) return '';
  return language === 'kk' ? ` — ${count} бет` : ` — ${count} л.`;
}

/** Builds the statement's printed values from a finished application. Pure: same input, same text. */
export function statementContent(source: StatementSource): StatementContent {
  const { application } = source;
  const f = application.fields;
  const values = {} as StatementContent['values'];
  const documents = {} as StatementContent['documents'];
  for (const language of statementLanguages) {
    values[language] = {
      addressee: source.receiver.addressee[language],
      fullName: fullNameOf(f),
      iin: f.iin ?? '',
      identityDocument: identityDocument(f, language),
      address: address(source, language),
      phones: joined([f.phone, f.phoneOther]),
      email: f.email ?? '',
      service: source.service.name[language],
      iban: f.iban ?? '',
      bankName: f.bankName ?? '',
      representativeName: f.representativeName ?? '',
      representativeIin: f.representativeIin ?? '',
      representativeDocument: joined([`${f.representativeDocument ?? ''} № ${f.representativeDocumentNumber ?? ''}`, isoToDdmmyyyy(f.representativeDocumentDate)]),
      date: ddmmyyyy(source.date),
      centre: source.centre,
      desk: source.desk,
      operator: source.operator,
    };
    documents[language] = source.documents.map((document) => `${document.name[language]}${pages(document.pages, language)}`);
  }
  const conditions: StatementCondition[] = [];
  if (source.service.payment) conditions.push('payment');
  if ((f.representativeName ?? '') !== '') conditions.push('representative');
  return { applicationId: application.id, version: application.version, languages: source.languages, values, documents, conditions, reprint: source.reprint };
}

/** Fills `{name}` placeholders; an unknown name stays visible rather than printing nothing. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
