import type { ServiceStandard } from '../standard';

// Follows the Rules for issuing or extending certificates to a foreigner or stateless person on the conformity of qualification for
// independent employment (MLSPP order No. 236 of 22.06.2023; amended by order of 30.12.2025). Per the amended Rules applications go
// through egov.kz / elicense.kz / migration.enbek.kz (zakon.kz/pravo/6503822). The annexed document list was NOT read verbatim: items beyond identity are unverified.
const standard: ServiceStandard = {
  source: {
    act: 'Правила выдачи или продления справок иностранцу или лицу без гражданства о соответствии его квалификации для самостоятельного трудоустройства',
    reference: 'приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 22 июня 2023 года № 236',
    versionDate: '2025-12-30',
    url: 'https://online.zakon.kz/document/?doc_id=35384472',
  },
  items: [
    {
      code: 'identity-document',
      name: {
        kk: 'Шетелдіктің немесе азаматтығы жоқ адамның жеке басын куәландыратын құжат',
        ru: 'Документ, удостоверяющий личность иностранца или лица без гражданства',
        en: 'Identity document of the foreigner or stateless person',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-returned',
    },
    {
      code: 'education-document',
      name: {
        kk: 'Білімі туралы құжаттың қазақ немесе орыс тіліне нотариат куәландырған аудармасы бар көшірмесі',
        ru: 'Копия документа об образовании с нотариально засвидетельствованным переводом на казахский или русский язык',
        en: 'Copy of the education document with a notarised translation into Kazakh or Russian',
      },
      requirement: 'required',
      condition: null,
      provision: 'copy-kept',
    },
    {
      code: 'work-experience-documents',
      name: {
        kk: 'Мәлімделген кәсіп бойынша еңбек өтілін растайтын құжаттардың нотариат куәландырған аудармасы бар көшірмелері',
        ru: 'Копии документов, подтверждающих трудовой стаж по заявленной профессии, с нотариально засвидетельствованным переводом',
        en: 'Copies of documents confirming work experience in the declared occupation, with notarised translation',
      },
      requirement: 'required',
      condition: null,
      provision: 'copy-kept',
    },
    {
      code: 'power-of-attorney',
      name: { kk: 'Сенімхат', ru: 'Доверенность', en: 'Power of attorney' },
      requirement: 'conditional',
      condition: {
        kk: 'өтінішті уәкілетті адам берсе',
        ru: 'если обращается уполномоченное лицо',
        en: 'if an authorised person applies',
      },
      provision: 'original-returned',
    },
  ],
};

export default standard;
