import type { ServiceStandard } from '../standard';

// Follows the Rules for rendering the state service «Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям
// местных представительных органов» (annex 2 to MLSPP order No. 84 of 25.03.2021, per cis-legislation rgn=131267; amended 24.11.2022) and the
// egov.kz passport pass172_mtszn. Categories and income thresholds are set by each maslikhat (Типовые правила: Government decree No. 523 of 30.06.2023).
const standard: ServiceStandard = {
  source: {
    act: 'О некоторых вопросах оказания государственных услуг в социально-трудовой сфере (приложение 2: Правила оказания государственной услуги «Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов»)',
    reference: 'приказ Министра труда и социальной защиты населения Республики Казахстан от 25 марта 2021 года № 84',
    versionDate: '2022-11-24',
    url: 'https://m.egov.kz/cms/en/services/pass172_mtszn?mobile=yes',
  },
  items: [
    {
      code: 'identity-document',
      name: {
        kk: 'Жеке басын куәландыратын құжат (жеке басын сәйкестендіру үшін)',
        ru: 'Документ, удостоверяющий личность (для идентификации личности)',
        en: 'Identity document (for identification)',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-returned',
    },
    {
      code: 'income-information',
      name: {
        kk: 'Адамның (отбасы мүшелерінің) табысы туралы мәліметтер',
        ru: 'Сведения о доходах лица (членов семьи)',
        en: 'Income information of the person (family members)',
      },
      requirement: 'conditional',
      condition: {
        kk: 'әлеуметтік көмек табысқа қарамастан тағайындалатын жағдайларды қоспағанда',
        ru: 'кроме случаев, когда социальная помощь назначается независимо от доходов',
        en: 'unless the assistance is granted regardless of income',
      },
      provision: 'original-returned',
    },
    {
      code: 'hardship-document',
      name: {
        kk: 'Қиын өмірлік жағдайды растайтын акт және (немесе) құжат',
        ru: 'Акт и (или) документ, подтверждающий наступление трудной жизненной ситуации',
        en: 'Report and/or document confirming the difficult life situation',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-returned',
    },
    {
      code: 'bank-account-details',
      name: {
        kk: 'Банктік шоттың нөмірі (IBAN)',
        ru: 'Номер банковского счета (IBAN)',
        en: 'Bank account number (IBAN)',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-returned',
    },
  ],
};

export default standard;
