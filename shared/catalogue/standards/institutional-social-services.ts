import type { ServiceStandard } from '../standard';

// Annex 1 to MLSPP order of 28 May 2020 No. 197 (as amended by order of 3 Aug 2022 No. 290); items from the egov
// passports https://egov.kz/cms/en/services/pass170_mtszn and m.egov.kz …/pass170_mtszn (copies are checked against
// originals and returned, except the medical card). NB: order of 25 Dec 2025 No. 411 (reg. 37714) deletes annexes 1–2
// and replaces them with one service «…в центрах оказания специальных социальных услуг»; its list was not read.
const standard: ServiceStandard = {
  source: {
    act: 'Правила оказания государственной услуги «Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)»',
    reference: 'приказ Министра труда и социальной защиты населения Республики Казахстан от 28 мая 2020 года № 197, приложение 1 (в редакции приказа от 3 августа 2022 года № 290)',
    versionDate: '2022-08-03',
    url: 'https://adilet.zan.kz/rus/docs/V2200029257',
  },
  items: [
    {
      code: 'identity-document',
      name: {
        kk: 'Жеке басын куәландыратын құжат немесе цифрлық құжаттар сервисінен алынған электрондық құжат (сәйкестендіру үшін)',
        ru: 'Документ, удостоверяющий личность, или электронный документ из сервиса цифровых документов (для идентификации)',
        en: 'Identity document or e-document from the digital documents service (for identification)',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-returned',
    },
    {
      code: 'medical-card',
      name: {
        kk: 'Қағидаларға қосымшаларда белгіленген нысан бойынша медициналық карта',
        ru: 'Медицинская карта по форме согласно приложениям к Правилам',
        en: 'Medical card in the form annexed to the Rules',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-kept',
    },
    {
      code: 'outpatient-record-extract',
      name: {
        kk: 'Амбулаториялық пациенттің медициналық картасынан үзінді көшірме',
        ru: 'Выписка из медицинской карты амбулаторного пациента',
        en: 'Extract from the outpatient medical record',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-kept',
    },
    {
      code: 'disability-data',
      name: {
        kk: 'Мүгедектікті белгілеу туралы мәліметтер (қарттар үшін – мүгедектігі болған кезде)',
        ru: 'Сведения об установлении инвалидности (для престарелых – при наличии инвалидности)',
        en: 'Disability data (for elderly applicants, if they have a disability)',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'rehabilitation-programme-data',
      name: {
        kk: 'Мүгедектігі бар адамды абилитациялаудың және оңалтудың жеке бағдарламасында әзірленген іс-шаралар туралы мәліметтер',
        ru: 'Сведения о мероприятиях, разработанных в индивидуальной программе абилитации и реабилитации лица с инвалидностью',
        en: 'Measures set in the individual habilitation and rehabilitation programme (IPR)',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'pension-data',
      name: {
        kk: 'Жасына байланысты зейнетақы төлемдерін тағайындау туралы мәліметтер',
        ru: 'Сведения о назначении пенсионных выплат по возрасту',
        en: 'Old-age pension data',
      },
      requirement: 'conditional',
      condition: {
        kk: 'жасы бойынша қарттар үшін',
        ru: 'для престарелых',
        en: 'for elderly applicants',
      },
      provision: 'from-state-systems',
    },
    {
      code: 'rehabilitation-programme-extract',
      name: {
        kk: 'Мүгедектігі бар адамды абилитациялаудың және оңалтудың жеке бағдарламасынан үзінді көшірме',
        ru: 'Копия выписки из индивидуальной программы абилитации и реабилитации лица с инвалидностью',
        en: 'Copy of the extract from the individual habilitation and rehabilitation programme',
      },
      requirement: 'conditional',
      condition: {
        kk: 'ақпараттық жүйелерде мәліметтер болмаған кезде',
        ru: 'при отсутствии сведений в информационных системах',
        en: 'if the data is not available in the information systems',
      },
      provision: 'copy-kept',
    },
    {
      code: 'incapacity-court-decision',
      name: {
        kk: 'Адамды әрекетке қабілетсіз деп тану туралы сот шешімі',
        ru: 'Решение суда о признании лица недееспособным',
        en: 'Court decision declaring the person legally incapable',
      },
      requirement: 'conditional',
      condition: {
        kk: 'сот әрекетке қабілетсіз деп таныған он сегіз жастан асқан адамдар үшін, ақпараттық жүйелерде мәліметтер болмаған кезде',
        ru: 'для лиц старше восемнадцати лет, признанных судом недееспособными, при отсутствии сведений в информационных системах',
        en: 'for persons over 18 declared incapable by a court, if the data is not in the information systems',
      },
      provision: 'copy-kept',
    },
    {
      code: 'war-veteran-certificate',
      name: {
        kk: 'Ұлы Отан соғысының қатысушысы, мүгедектігі бар адамы және оларға теңестірілген адам мәртебесін растайтын куәлік',
        ru: 'Удостоверение, подтверждающее статус участника, лица с инвалидностью Великой Отечественной войны и лица, приравненного к ним',
        en: 'Certificate of status as a WWII participant, WWII person with disability or equated person',
      },
      requirement: 'conditional',
      condition: {
        kk: 'Ұлы Отан соғысының қатысушылары, мүгедектігі бар адамдары және оларға теңестірілген адамдар үшін, ақпараттық жүйелерде мәліметтер болмаған кезде',
        ru: 'для участников, лиц с инвалидностью Великой Отечественной войны и приравненных к ним лиц, при отсутствии сведений в информационных системах',
        en: 'for WWII participants, WWII persons with disability and equated persons, if the data is not in the information systems',
      },
      provision: 'copy-kept',
    },
  ],
};

export default standard;
