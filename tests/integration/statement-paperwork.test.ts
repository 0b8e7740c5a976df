import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/contract/client';
import type { ApplicationDraft } from '../../shared/domain/application';
import { testSupervisor } from '../support/core-client';
import { withCore, type Desk } from '../support/core-fixture';
import { completeFields, finishedApplication } from '../support/finished-application';
import { expectGoldenPages, rasterise } from '../support/golden-pages';
import { pdfBytes } from '../support/sample-files';
import { uploadAndAttach } from '../support/upload';

// Statements as the receiving body reads them: a payment service applied for by a representative,
// an employment and social programmes service in a rural district, each language on its own, and
// a document the operator named. Checked as text (pdftotext) and as pictures (golden pages).
/** The text of the whole page, or of one column of a two-language statement, as one line. */
const text = (file: string, column?: 'kk' | 'ru') => {
  const crop = column ? ['-x', column === 'kk' ? '0' : '298', '-y', '0', '-W', '298', '-H', '842'] : [];
  return execFileSync('pdftotext', [...crop, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};
/** Both columns of a two-language statement, each read whole. */
const columns = (file: string) => `${text(file, 'kk')} ${text(file, 'ru')}`;

const largeFamily: ApplicationDraft = {
  ...completeFields,
  iin: '850412400012',
  surname: 'Сейітқалиева',
  givenName: 'Гүлнар',
  patronymic: 'Ерланқызы',
  serviceCode: 'large-family-benefit',
  receiverId: 'gfc-710000000',
  postalCode: 'Z10A1X0',
  phoneOther: '8 (7172) 55-66-77',
  representativeName: 'Сейітқалиев Ерлан Мұратұлы',
  representativeIin: '600101300014',
  representativeDocument: 'Сенімхат',
  representativeDocumentNumber: '1-2345',
  representativeDocumentDate: '2026-11-20',
};
const arshaly: ApplicationDraft = {
  ...completeFields,
  iin: '750228300005',
  surname: 'Өтепов',
  givenName: 'Ұлан',
  patronymic: '',
  regionKato: '110000000',
  districtKato: '113400000',
  settlement: 'Жібек жолы ауылы',
  street: 'Бейбітшілік көшесі',
  house: '7',
  flat: '',
  postalCode: '020200',
  serviceCode: 'targeted-social-assistance',
  receiverId: 'esp-113400000',
};

/** A new workstation at window 4 of the Esil district centre, on 1 December 2026. */
async function esilDesk(): Promise<Desk> {
  const desk = withCore('paperwork', { now: () => new Date(2026, 11, 1, 11, 5) });
  await desk.api.call('settings.update', { centreName: 'Астана қаласы Есіл ауданының ХҚКО', deskId: '4' });
  return desk;
}

// Fixed ids for each statement, so its QR code, and with it its golden picture, is the same every run.
const idsOf = (statement: 1 | 2 | 3 | 4) => {
  const n = String(statement).padStart(2, '0');
  return { visitId: `019ad000-0000-7000-8000-0000000000${n}`, applicationId: `019ad000-0000-7000-8000-0000000001${n}` };
};

async function exportStatement(
  { api, dir }: Desk,
  statement: Parameters<typeof idsOf>[0],
  fields: ApplicationDraft,
  layout: 'kk-ru' | 'kk' | 'ru',
  attach?: (applicationId: string) => Promise<void>,
) {
  const ids = idsOf(statement);
  await finishedApplication(api, ids, fields);
  await attach?.(ids.applicationId);
  const exported = await api.call('statements.export', { visitId: ids.visitId, purpose: 'print', layout });
  const file = join(dir, `${fields.surname}-${layout}.pdf`);
  writeFileSync(file, Buffer.from(exported.pdfBase64, 'base64'));
  return { ...ids, file, statement: exported };
}

const attachLargeFamilyPapers = async (api: ApiClient, applicationId: string) => {
  const { checklist } = await api.call('attachments.list', { applicationId });
  await uploadAndAttach(api, applicationId, 'identity-document', 'IMG_20261201_0931.pdf', await pdfBytes(2));
  // A second item of the service's own checklist, whatever the standard calls it.
  const second = checklist.find((entry) => entry.item !== 'identity-document' && entry.item !== 'signed-statement' && entry.provision !== 'from-state-systems')!;
  await uploadAndAttach(api, applicationId, second.item, 'scan0002.pdf', await pdfBytes(1));
  await uploadAndAttach(api, applicationId, 'other', 'IMG_20261201_0935.pdf', await pdfBytes(3), 'Көп балалы отбасы куәлігінің көшірмесі');
  return second;
};

/** The large-family statement in both languages, with its papers attached, and the names they go by. */
async function representativeStatement() {
  const desk = await esilDesk();
  let identityName = { kk: '', ru: '' };
  let secondName = { kk: '', ru: '' };
  const both = await exportStatement(desk, 1, largeFamily, 'kk-ru', async (applicationId) => {
    secondName = (await attachLargeFamilyPapers(desk.api, applicationId)).name;
    identityName = (await desk.api.call('attachments.list', { applicationId })).checklist[0]!.name;
  });
  return { ...both, dir: desk.dir, identityName, secondName };
}

describe('a payment statement made by a representative', () => {
  it('carries the account, the representative, the identity document and both consents', async () => {
    const printed = columns((await representativeStatement()).file);
    for (const expected of [
      'KZ86 125K ZT50 0410 0100',
      'Народный Банк Казахстана',
      'Өкілі: Сейітқалиев Ерлан Мұратұлы, ЖСН 600101300014',
      'Представитель: Сейітқалиев Ерлан Мұратұлы, ИИН 600101300014',
      'Сенімхат № 1-2345, 20.11.2026',
      'жеке куәлік № 054812377',
      'удостоверение личности № 054812377, выдан 14.03.2019',
      '+7 701 234 56 78, +7 717 255 66 77',
      'Z10A1X0',
      'Есіл ауданы',
      '№ 94-V',
      'охраняемую законом тайну',
      'заңмен қорғалатын құпияны',
    ]) {
      expect(printed).toContain(expected);
    }
    // The date inside an IIN need not be a birth date: the statement does not print one from it.
    expect(printed).not.toMatch(/туған күні|дата рождения/iu);
  });

  it('addresses the branch as an application does, and names the employee and the centre who received it', async () => {
    const printed = columns((await representativeStatement()).file);
    expect(printed).toContain('по городу Астана');
    expect(printed).toMatch(/филиалына/u);
    expect(printed).toContain('В филиал НАО');
    expect(printed).toContain(`Заявление принял(а): ${testSupervisor.name}, Астана қаласы Есіл ауданының ХҚКО, окно 4`);
    expect(printed).toContain(`Өтінішті қабылдады: ${testSupervisor.name}`);
  });

  it('lists every attached document by its checklist name with its pages, never by a file name, never itself', async () => {
    const { file, identityName, secondName } = await representativeStatement();
    const printed = columns(file);
    expect(printed).toContain(`1. ${identityName.kk} — 2 бет`);
    expect(printed).toContain(`1. ${identityName.ru} — 2 л.`);
    expect(printed).toContain(`2. ${secondName.kk} — 1 бет`);
    expect(printed).toContain(`2. ${secondName.ru} — 1 л.`);
    expect(printed).toContain('Көп балалы отбасы куәлігінің көшірмесі — 3 бет');
    expect(printed).not.toMatch(/IMG_|scan0002|\.pdf/u);
    expect(printed).not.toMatch(/Подписанное заявление|қол қойылған өтініші/u);
  });

  it('matches its golden pages', async () => {
    const { file, dir } = await representativeStatement();
    expectGoldenPages(file, 'statement-payment-representative', dir);
  });
});

describe('an employment and social programmes statement from a rural district', () => {
  it('goes to the district’s department, addressed in the forms a heading takes', async () => {
    const desk = await esilDesk();
    const { file } = await exportStatement(desk, 2, arshaly, 'kk-ru');
    const printed = columns(file);
    expect(printed).toContain('Аршалы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөліміне');
    expect(printed).toContain('В отдел занятости и социальных программ Аршалынского района');
    expect(printed).toContain('Ақмола облысы, Аршалы ауданы, Жібек жолы ауылы');
    expect(printed).toContain('Акмолинская область, Аршалынский район');
    expect(printed).not.toContain('Представитель');
    expectGoldenPages(file, 'statement-esp-rural', desk.dir);
  });
});

describe('one language at the citizen’s choice', () => {
  for (const layout of ['kk', 'ru'] as const) {
    it(`prints the ${layout} statement alone, across the page, with a QR code the signed-scan reader matches`, async () => {
      const desk = await esilDesk();
      const { api, dir } = desk;
      const citizen = { ...largeFamily, iin: layout === 'kk' ? '920315400010' : '931110400010' };
      const { file, visitId, applicationId } = await exportStatement(desk, layout === 'kk' ? 3 : 4, citizen, layout, async (id) => {
        await attachLargeFamilyPapers(api, id);
      });
      const printed = text(file);
      expect(printed).toContain(layout === 'kk' ? 'ӨТІНІШ' : 'ЗАЯВЛЕНИЕ');
      expect(printed).not.toContain(layout === 'kk' ? 'ЗАЯВЛЕНИЕ' : 'ӨТІНІШ');
      expect(printed).toContain(layout === 'kk' ? 'Көп балалы отбасы куәлігінің көшірмесі — 3 бет' : 'Көп балалы отбасы куәлігінің көшірмесі — 3 л.');
      expectGoldenPages(file, `statement-${layout}-only`, dir);

      const [page] = rasterise(file, 150, join(dir, `scan-${layout}`));
      const png = new PNG({ width: page!.width, height: page!.height });
      png.data = Buffer.from(page!.data);
      expect(jsQR(new Uint8ClampedArray(page!.data), page!.width, page!.height)?.data).toMatch(new RegExp(`^QBL1;${applicationId};1;`));
      const result = await api.call('statements.matchSignedScan', { mediaType: 'image/png', contentBase64: PNG.sync.write(png).toString('base64') });
      expect(result).toEqual({ outcome: 'matched', visitId, applicationId, version: 1 });
    }, 60_000);
  }
});
