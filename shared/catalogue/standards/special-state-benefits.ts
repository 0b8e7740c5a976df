import type { ServiceStandard } from '../standard';

// Follows the Rules on the state special benefit (underground/open-pit mining, harmful and hard working conditions), order No. 269 of 29 June 2023, in force 1 July 2023.
// The adilet page was read only in part: the document list was transcribed from egov.kz pass_170mtszn, which reproduces the standard (work certificate in form 7 of the Rules).
const standard: ServiceStandard = {
  source: {
    act: 'Об утверждении Правил назначения, осуществления, приостановления, перерасчета, возобновления, прекращения государственного специального пособия и пересмотра решения о его выплате',
    reference: 'приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 29 июня 2023 года № 269 (зарегистрирован в Министерстве юстиции Республики Казахстан 30 июня 2023 года № 32961)',
    versionDate: '2023-06-29',
    url: 'https://adilet.zan.kz/rus/docs/V2300032961',
  },
  items: [
    {
      code: 'identity-document',
      name: {
        kk: 'Жеке басын куәландыратын құжат (Қазақстан Республикасы азаматының паспорты, жеке куәлігі, кандас куәлігі)',
        ru: 'Документ, удостоверяющий личность (паспорт, удостоверение личности гражданина Республики Казахстан, удостоверение кандаса)',
        en: 'Identity document (passport, national ID card, kandas certificate)',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-returned',
    },
    {
      code: 'working-conditions-certificate',
      name: {
        kk: 'Мемлекеттік арнайы жәрдемақы тағайындау үшін жұмыстың сипатын немесе еңбек жағдайларын растайтын ұйымның анықтамасы',
        ru: 'Справка организации, подтверждающая характер работы или условия труда, для назначения государственного специального пособия',
        en: 'Employer certificate confirming the nature of work or working conditions (form 7)',
      },
      requirement: 'conditional',
      condition: {
        kk: 'ұйым жұмыс істеп тұрған жағдайда (таратылған ұйым бойынша мұрағаттық анықтама беріледі)',
        ru: 'если организация не ликвидирована (при ликвидации представляется архивная справка)',
        en: 'if the employer still exists (otherwise an archive certificate is given)',
      },
      provision: 'original-kept',
    },
    {
      code: 'liquidated-employer-archive-certificate',
      name: {
        kk: 'Жұмыс орны, лауазымы (кәсібі), жұмыс кезеңдері көрсетілген мұрағаттық анықтама немесе мұрағат құжатының электрондық көшірмесі',
        ru: 'Архивная справка с указанием места работы, должности (профессии), периодов работы или электронная копия архивного документа',
        en: 'Archive certificate stating the workplace, position and periods of work, or an electronic copy of the archival document',
      },
      requirement: 'conditional',
      condition: {
        kk: 'ұйым таратылған жағдайда',
        ru: 'если организация ликвидирована',
        en: 'if the employer has been liquidated',
      },
      provision: 'original-kept',
    },
    {
      code: 'court-decision-working-conditions',
      name: {
        kk: 'Жұмыстың сипатын немесе еңбек жағдайларын № 1 және № 2 тізімдерге сәйкестігін анықтау туралы сот шешімі',
        ru: 'Решение суда об установлении характера работы или условий труда и их соответствия Спискам № 1 и № 2',
        en: 'Court decision establishing the nature of work or working conditions and their match with Lists No. 1 and No. 2',
      },
      requirement: 'conditional',
      condition: {
        kk: 'мұрағат құжаттары болмаған жағдайда',
        ru: 'при отсутствии архивных документов',
        en: 'if no archival documents exist',
      },
      provision: 'original-returned',
    },
    {
      code: 'employment-record',
      name: { kk: 'Еңбек кітапшасы', ru: 'Трудовая книжка', en: 'Employment record book' },
      requirement: 'conditional',
      condition: {
        kk: 'еңбек өтілін растау үшін (бар болған жағдайда)',
        ru: 'для подтверждения трудового стажа (при наличии)',
        en: 'to confirm the work record (if available)',
      },
      provision: 'original-returned',
    },
    {
      code: 'archive-certificates',
      name: {
        kk: 'Мұрағат мекемелерінің анықтамалары, мұрағат құжаттарының электрондық көшірмелері немесе жұмыс орнынан берілген анықтамалар',
        ru: 'Справки архивных учреждений, электронные копии архивных документов или справки с места работы',
        en: 'Archive certificates, electronic copies of archival documents or certificates from the place of work',
      },
      requirement: 'conditional',
      condition: {
        kk: 'еңбек кітапшасы болмаған немесе жарамсыз болған, онда тиісті жазбалар болмаған, түзетулер мен дәлсіздіктер болған жағдайда',
        ru: 'при отсутствии или непригодности трудовой книжки, отсутствии в ней записей, наличии исправлений, неточностей',
        en: 'if the employment record book is missing or unusable, lacks entries, or has corrections or inaccuracies',
      },
      provision: 'original-kept',
    },
    {
      code: 'power-of-attorney',
      name: { kk: 'Нотариат куәландырған сенімхат', ru: 'Нотариально удостоверенная доверенность', en: 'Notarised power of attorney' },
      requirement: 'conditional',
      condition: {
        kk: 'көрсетілетін қызметті алушының атынан өкіл жүгінген жағдайда',
        ru: 'если обращается представитель услугополучателя',
        en: 'if a representative applies on behalf of the recipient',
      },
      provision: 'original-returned',
    },
  ],
};

export default standard;
