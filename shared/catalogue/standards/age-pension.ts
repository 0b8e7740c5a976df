import type { ServiceStandard } from '../standard';

// Follows the annex «Назначение пенсионных выплат по возрасту» of the Rules approved by order No. 232 of 22 June 2023 (in force 1 July 2023).
// The adilet text itself could not be read in full: the document list was transcribed from gov.kz/services/3023 and egov.kz pass151_mtszn, which reproduce that standard. Bank account: not seen in the list read (the number is entered in the statement); check against adilet.
const standard: ServiceStandard = {
  source: {
    act: 'Об утверждении Правил исчисления (определения) размеров, назначения, осуществления, приостановления, перерасчета, возобновления, прекращения и пересмотра решения о назначении (отказе в назначении) государственной базовой пенсионной выплаты, пенсионных выплат по возрасту',
    reference: 'приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 22 июня 2023 года № 232 (зарегистрирован в Министерстве юстиции Республики Казахстан 23 июня 2023 года № 32890)',
    versionDate: '2023-06-22',
    url: 'https://zakon.uchet.kz/rus/docs/V2300032890',
  },
  items: [
    {
      code: 'identity-document',
      name: {
        kk: 'Жеке басын куәландыратын құжат (Қазақстан Республикасы азаматының паспорты, жеке куәлігі, азаматтығы жоқ адамның куәлігі, шетелдіктің тұруға ықтиярхаты, кандас куәлігі)',
        ru: 'Документ, удостоверяющий личность (паспорт, удостоверение личности гражданина Республики Казахстан, удостоверение лица без гражданства, вид на жительство иностранца, удостоверение кандаса)',
        en: 'Identity document (passport, national ID card, stateless person certificate, foreigner residence permit, kandas certificate)',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-returned',
    },
    {
      code: 'baikonur-income-certificate',
      name: {
        kk: 'Байқоңыр кешенінің ресейлік ұйымдарында жұмыс істеген адамдарға Ресей Федерациясының валютасында төленген табыстар туралы жұмыс берушінің анықтамасы',
        ru: 'Справка работодателя о доходах, выплаченных в валюте Российской Федерации лицам, работавшим в российских организациях комплекса «Байконур»',
        en: 'Employer certificate of income paid in Russian roubles by Russian organisations of the Baikonur complex',
      },
      requirement: 'conditional',
      condition: {
        kk: 'өтініш беруші Байқоңыр кешенінің ресейлік ұйымдарында жұмыс істеген болса (бар болған жағдайда)',
        ru: 'если заявитель работал в российских организациях комплекса «Байконур» (при наличии)',
        en: 'if the applicant worked for Russian organisations of the Baikonur complex (if any)',
      },
      provision: 'original-kept',
    },
    {
      code: 'zero-coefficient-income-certificate',
      name: {
        kk: 'Міндетті зейнетақы жарналарының ставкаларына «0» түзету коэффициенті қолданылған қызмет кезеңдеріндегі табыс туралы анықтама',
        ru: 'Справка о доходах за периоды трудовой, предпринимательской деятельности, частной практики, к которым применялся корректирующий коэффициент «0» к ставкам обязательных пенсионных взносов',
        en: 'Certificate of income for periods of activity to which the correction coefficient «0» was applied to pension contribution rates',
      },
      requirement: 'conditional',
      condition: {
        kk: 'өтініш берушінің «0» түзету коэффициенті қолданылған немесе табысы салық салынатын табыстан алып тасталған қызмет кезеңдері болса',
        ru: 'если у заявителя были периоды деятельности, к которым применялся коэффициент «0», или доходы от которой исключались из облагаемого дохода',
        en: 'if the applicant had periods of activity with the «0» coefficient or with income excluded from taxable income',
      },
      provision: 'original-kept',
    },
    {
      code: 'marriage-certificate',
      name: {
        kk: 'Неке қию туралы куәлік (азаматтық хал актісін тіркеу туралы анықтама) не некені бұзу туралы куәлік немесе неке туралы акт жазбасынан үзінді көшірме',
        ru: 'Свидетельство о заключении брака (справка о регистрации акта гражданского состояния) либо свидетельство о расторжении брака или выписка из актовой записи о браке',
        en: 'Marriage certificate (civil registration certificate), divorce certificate or extract from the marriage record',
      },
      requirement: 'conditional',
      condition: {
        kk: 'бар болған жағдайда, егер еңбек өтілі туралы құжаттардағы тегі (аты, әкесінің аты) жеке басын куәландыратын құжаттағыдан өзгеше болса',
        ru: 'при наличии, если фамилия (имя, отчество) в документах о трудовом стаже отличается от документа, удостоверяющего личность',
        en: 'if any, when the name in the work record documents differs from the identity document',
      },
      provision: 'original-returned',
    },
    {
      code: 'employment-record',
      name: { kk: 'Еңбек кітапшасы', ru: 'Трудовая книжка', en: 'Employment record book' },
      requirement: 'conditional',
      condition: {
        kk: '1998 жылғы 1 қаңтарға дейін өтелген еңбек өтілін растау үшін (бар болған жағдайда)',
        ru: 'для подтверждения трудового стажа, выработанного до 1 января 1998 года (при наличии)',
        en: 'to confirm the work record earned before 1 January 1998 (if available)',
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
