import type { ServiceStandard } from '../standard';

// Follows the standard «Назначение пособия многодетным семьям» annexed to the Rules approved by MLSPP order No. 169 of 24.05.2023
// (as amended to 16.06.2025 per prg.kz). The full list was NOT read verbatim: items follow the same order's sibling standards on egov.kz
// (pass158_mtszn) and the application form (bank details, records from information systems). Verify against adilet before relying on it.
const standard: ServiceStandard = {
  source: {
    act: 'Правила назначения и осуществления выплаты государственного пособия на рождение, пособия по уходу, пособия многодетным семьям, пособия награжденной матери',
    reference: 'приказ Министра труда и социальной защиты населения Республики Казахстан от 24 мая 2023 года № 169',
    versionDate: '2025-06-16',
    url: 'https://prg.kz/m/amp/document/31773890/3/5',
  },
  items: [
    {
      code: 'identity-document',
      name: {
        kk: 'Жеке басын куәландыратын құжат не цифрлық құжаттар сервисінен электрондық құжат',
        ru: 'Документ, удостоверяющий личность, либо электронный документ из сервиса цифровых документов',
        en: 'Identity document or an electronic document from the digital documents service',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-returned',
    },
    {
      code: 'kandas-certificate',
      name: { kk: 'Қандас куәлігі', ru: 'Удостоверение кандаса', en: 'Kandas certificate' },
      requirement: 'conditional',
      condition: {
        kk: 'өтініш беруші қандас мәртебесіне ие болса',
        ru: 'если заявитель имеет статус кандаса',
        en: 'if the applicant has kandas status',
      },
      provision: 'original-returned',
    },
    {
      code: 'birth-certificates',
      name: {
        kk: 'Баланың (балалардың) туу туралы куәлігі (куәліктері)',
        ru: 'Свидетельство (свидетельства) о рождении ребенка (детей)',
        en: 'Birth certificate(s) of the child (children)',
      },
      requirement: 'conditional',
      condition: {
        kk: 'туу фактісі Қазақстан Республикасынан тыс жерде немесе 2008 жылға дейін тіркелген болса (ақпараттық жүйелерде мәліметтер болмаса)',
        ru: 'если рождение зарегистрировано за пределами Республики Казахстан или до 2008 года (сведения отсутствуют в информационных системах)',
        en: 'if the birth was registered outside Kazakhstan or before 2008 (no record in state information systems)',
      },
      provision: 'original-returned',
    },
    {
      code: 'birth-records',
      name: {
        kk: 'Балалардың тууы туралы мәліметтер',
        ru: 'Сведения о рождении детей',
        en: 'Birth records of the children',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'marriage-certificate',
      name: {
        kk: 'Неке қию (ерлі-зайыптылық) немесе некені бұзу туралы куәлік',
        ru: 'Свидетельство о заключении либо расторжении брака (супружества)',
        en: 'Marriage or divorce certificate',
      },
      requirement: 'conditional',
      condition: {
        kk: 'өтініш берушінің деректері баланың туу туралы куәлігіндегі деректерден өзгеше болса және мәліметтер ақпараттық жүйелерде болмаса',
        ru: 'если данные заявителя отличаются от данных свидетельства о рождении ребенка и сведения отсутствуют в информационных системах',
        en: 'if the applicant\'s data differ from the child\'s birth certificate and no record exists in state information systems',
      },
      provision: 'original-returned',
    },
    {
      code: 'guardianship-or-adoption',
      name: {
        kk: 'Балаға қорғаншылық (қамқоршылық) белгілеуді растайтын құжат немесе бала асырап алу туралы мәліметтер',
        ru: 'Документ, подтверждающий установление опеки (попечительства) над ребенком, или сведения об усыновлении (удочерении)',
        en: 'Document confirming guardianship (trusteeship) over the child, or adoption record',
      },
      requirement: 'conditional',
      condition: {
        kk: 'бала қорғаншылықта (қамқоршылықта) болса немесе асырап алынған болса',
        ru: 'если над ребенком установлена опека (попечительство) или ребенок усыновлен (удочерен)',
        en: 'if the child is under guardianship (trusteeship) or adopted',
      },
      provision: 'original-returned',
    },
    {
      code: 'full-time-study-certificate',
      name: {
        kk: 'Оқу орнынан анықтама (күндізгі оқу нысаны)',
        ru: 'Справка с места учебы (очная форма обучения)',
        en: 'Certificate from the place of full-time study',
      },
      requirement: 'conditional',
      condition: {
        kk: 'отбасында 18 жастан асқан, 23 жасқа дейінгі күндізгі оқу нысанында оқитын балалар болса',
        ru: 'если в семье есть дети старше 18 лет, обучающиеся по очной форме, до достижения ими 23 лет',
        en: 'for children aged 18 to 23 in full-time education',
      },
      provision: 'original-kept',
    },
    {
      code: 'baikonur-registration-certificate',
      name: {
        kk: 'Байқоңыр қаласының тұрғын үй саласы азаматтарын есепке алу және тіркеу бөлімінің анықтамасы',
        ru: 'Справка отдела учета и регистрации граждан жилищной сферы города Байконыр',
        en: 'Certificate of the Baikonur housing registration office',
      },
      requirement: 'conditional',
      condition: {
        kk: 'Байқоңыр қаласының тұрғындары үшін',
        ru: 'для жителей города Байконыр',
        en: 'for residents of Baikonur',
      },
      provision: 'original-kept',
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
        kk: 'Банктік шоттың болуы туралы мәліметтер (банк деректемелері)',
        ru: 'Сведения о наличии банковского счета (банковские реквизиты)',
        en: 'Bank account details',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-returned',
    },
    {
      code: 'power-of-attorney',
      name: { kk: 'Сенімхат', ru: 'Доверенность', en: 'Power of attorney' },
      requirement: 'conditional',
      condition: {
        kk: 'өтінішті өкіл берсе',
        ru: 'если обращается представитель',
        en: 'if a representative applies',
      },
      provision: 'original-returned',
    },
  ],
};

export default standard;
