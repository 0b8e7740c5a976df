import type { ServiceStandard } from '../standard';

// Follows annex 1 to MLSPP order No. 84 of 25.03.2021 (Rules of rendering this state service, per cis-legislation rgn=131267).
// The annexed document list was NOT read verbatim: items follow the eligibility of art. 10 of the Law of 18.12.1992 No. 1787-XII
// (residence, work or service in the affected territories in 1949–1990). Low confidence: verify against the annex on adilet.
const standard: ServiceStandard = {
  source: {
    act: 'О некоторых вопросах оказания государственных услуг в социально-трудовой сфере (приложение 1: Правила оказания государственной услуги «Регистрация граждан, пострадавших вследствие ядерных испытаний на Семипалатинском испытательном ядерном полигоне, выплата единовременной государственной денежной компенсации, выдача удостоверений»)',
    reference: 'приказ Министра труда и социальной защиты населения Республики Казахстан от 25 марта 2021 года № 84',
    versionDate: '2021-03-25',
    url: 'https://cis-legislation.com/document.fwx?rgn=131267',
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
      code: 'affected-territory-proof',
      name: {
        kk: '1949–1990 жылдар кезеңінде радиоактивті заттармен ластанған аумақтарда тұрғанын, жұмыс істегенін немесе қызмет өткергенін растайтын құжаттар',
        ru: 'Документы, подтверждающие проживание, работу или прохождение службы (в том числе срочной) на территориях, подвергшихся радиоактивному загрязнению, в период с 1949 по 1990 год',
        en: 'Documents proving residence, work or service in the contaminated territories between 1949 and 1990',
      },
      requirement: 'required',
      condition: null,
      provision: 'copy-kept',
    },
    {
      code: 'address-registration',
      name: {
        kk: 'Тұрғылықты жері бойынша тіркеу туралы мәліметтер',
        ru: 'Сведения о регистрации по месту жительства',
        en: 'Address registration records',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'bank-account-details',
      name: {
        kk: 'Банктік шоттың болуы туралы мәліметтер',
        ru: 'Сведения о наличии банковского счета',
        en: 'Bank account details',
      },
      requirement: 'conditional',
      condition: {
        kk: 'біржолғы мемлекеттік ақшалай өтемақы төлеу үшін',
        ru: 'для выплаты единовременной государственной денежной компенсации',
        en: 'for payment of the one-time state monetary compensation',
      },
      provision: 'original-returned',
    },
  ],
};

export default standard;
