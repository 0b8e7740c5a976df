import type { ServiceStandard } from '../standard';

// Follows the Rules for assigning or extending kandas status (list of documents as amended by the MLSPP order of 10.10.2025, reported by
// zakon.kz; cross-checked with egov.kz 2F30_mzsr). The base order's number/date was not found: only the amending order is cited.
// Originals are shown with copies for checking; copies (and the autobiography) stay with the receiver.
const standard: ServiceStandard = {
  source: {
    act: 'Правила присвоения или продления статуса кандаса',
    reference: 'в редакции приказа Министра труда и социальной защиты населения Республики Казахстан от 10 октября 2025 года',
    versionDate: '2025-10-10',
    url: 'https://www.zakon.kz/pravo/6494498-prisvoenie-statusa-kandasa-vneseny-izmeneniya-v-pravila.html',
  },
  items: [
    {
      code: 'identity-document',
      name: {
        kk: 'Өтініш берушінің және оның отбасы мүшелерінің (болған жағдайда) жеке басын куәландыратын құжаттарының қазақ немесе орыс тіліне нотариат куәландырған аудармасы бар көшірмелері',
        ru: 'Копии документов, удостоверяющих личность заявителя и членов его семьи (при наличии), с нотариально засвидетельствованным переводом на казахский или русский язык',
        en: 'Copies of the identity documents of the applicant and family members, with a notarised translation into Kazakh or Russian',
      },
      requirement: 'required',
      condition: null,
      provision: 'copy-kept',
    },
    {
      code: 'autobiography',
      name: {
        kk: 'Өмірбаян (еркін нысанда)',
        ru: 'Автобиография (в произвольной форме)',
        en: 'Autobiography (free form)',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-kept',
    },
    {
      code: 'nationality-documents',
      name: {
        kk: 'Ұлтын растайтын құжаттардың көшірмелері (туу туралы куәліктер, шетелдік төлқұжат, азаматтығы жоқ адамның куәлігі, этникалық қазақтардың шыққан елінің арнаулы органдарының өзге де ресми құжаттары)',
        ru: 'Копии документов, подтверждающих национальность (свидетельства о рождении, заграничный паспорт, удостоверение лица без гражданства, другие официальные документы специальных органов страны исхода этнических казахов)',
        en: 'Copies of documents confirming Kazakh nationality (birth certificates, passport, stateless person certificate, other official documents of the country of origin)',
      },
      requirement: 'conditional',
      condition: {
        kk: 'жеке басын куәландыратын құжатта ұлты көрсетілмесе және қазақ ұлтына жататынын айқындау жөніндегі Комиссияның ұсынымы болмаса',
        ru: 'если национальность не указана в документе, удостоверяющем личность, и отсутствует рекомендация Комиссии по определению принадлежности к казахской национальности',
        en: 'if nationality is not shown in the identity document and there is no recommendation of the commission on Kazakh nationality',
      },
      provision: 'copy-kept',
    },
    {
      code: 'relocation-purpose-documents',
      name: {
        kk: 'Көшу мақсатына байланысты өзге құжаттардың көшірмелері (туыстық байланысты растайтын құжаттар, еңбек шарты, оқу орнынан анықтама)',
        ru: 'Копии других документов в зависимости от цели переезда (документы, подтверждающие родственную связь, трудовой договор, справка с места обучения)',
        en: 'Copies of documents depending on the purpose of relocation (proof of kinship, employment contract, certificate of study)',
      },
      requirement: 'conditional',
      condition: {
        kk: 'Қағидаларда көзделген шарттарға сәйкестікті растау қажет болса',
        ru: 'если требуется подтвердить соответствие условиям, предусмотренным Правилами',
        en: 'where compliance with the conditions set by the Rules must be shown',
      },
      provision: 'copy-kept',
    },
    {
      code: 'consent-decision',
      name: {
        kk: 'Жергілікті атқарушы органның қандас мәртебесін беруге келісімі туралы бұрын берілген шешімінің көшірмесі',
        ru: 'Копия ранее выданного решения местного исполнительного органа о согласии на присвоение статуса кандаса',
        en: 'Copy of the earlier local executive body decision consenting to kandas status',
      },
      requirement: 'conditional',
      condition: {
        kk: 'келісім Қазақстан Республикасының шетелдегі мекемелері арқылы алынған болса',
        ru: 'если согласие получено через загранучреждения Республики Казахстан',
        en: 'if consent was obtained through a Kazakh foreign mission',
      },
      provision: 'copy-kept',
    },
    {
      code: 'previous-kandas-certificate',
      name: {
        kk: 'Бұрын берілген қандас куәлігінің көшірмесі',
        ru: 'Копия ранее выданного удостоверения кандаса',
        en: 'Copy of the previously issued kandas certificate',
      },
      requirement: 'conditional',
      condition: {
        kk: 'қандас мәртебесін ұзарту кезінде',
        ru: 'при продлении статуса кандаса',
        en: 'when extending kandas status',
      },
      provision: 'copy-kept',
    },
  ],
};

export default standard;
