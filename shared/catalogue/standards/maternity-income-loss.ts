import type { ServiceStandard } from '../standard';

// Follows the Rules on the social payment for loss of income due to pregnancy and childbirth / adoption of a newborn, order No. 248 of 27 June 2023 (gfss.kz lists it).
// The adilet text was not found: the ru act title is rendered from the gfss.kz summary and the wording of sister orders No. 232/238 (check it on adilet); the list follows egov.kz pass198_mtszn and gfss.kz.
const standard: ServiceStandard = {
  source: {
    act: 'Об утверждении Правил исчисления (определения) размеров, назначения, осуществления, приостановления, перерасчета, возобновления, прекращения и пересмотра решения о назначении (отказе в назначении) социальных выплат на случаи потери дохода в связи с беременностью и родами, усыновлением (удочерением) новорожденного ребенка (детей), в связи с уходом за ребенком',
    reference: 'приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 27 июня 2023 года № 248',
    versionDate: '2023-06-27',
    url: 'https://gfss.kz/en/news/about-regulatory-legal-acts-regulating-the-procedure-for-assigning-social-benefits-from-the-state-social-insurance-fund-2',
  },
  items: [
    {
      code: 'identity-document',
      name: {
        kk: 'Жеке басын куәландыратын құжат немесе цифрлық құжаттар сервисіндегі электрондық құжат (кандастар үшін – кандас куәлігі)',
        ru: 'Документ, удостоверяющий личность, или электронный документ из сервиса цифровых документов (для кандасов – удостоверение кандаса)',
        en: 'Identity document or its digital-documents version (kandas certificate for kandases)',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-returned',
    },
    {
      code: 'temporary-disability-certificate',
      name: {
        kk: 'Жүктілікке және босануға, жаңа туған баланы (балаларды) асырап алуға байланысты берілген уақытша еңбекке жарамсыздық парағы (парақтары)',
        ru: 'Лист (листы) временной нетрудоспособности, выданный в связи с беременностью и родами, усыновлением (удочерением) новорожденного ребенка (детей)',
        en: 'Temporary incapacity certificate(s) issued for pregnancy and childbirth or adoption of a newborn',
      },
      requirement: 'required',
      condition: null,
      provision: 'original-kept',
    },
    {
      code: 'baikonur-residence-certificate',
      name: {
        kk: 'Байқоңыр қаласының тұрғын үй шаруашылығы азаматтарды есепке алу және тіркеу бөлімінің анықтамасы',
        ru: 'Справка отдела учета и регистрации граждан жилищного хозяйства города Байконыр',
        en: 'Certificate of the Baikonur city housing registration office',
      },
      requirement: 'conditional',
      condition: {
        kk: 'Байқоңыр қаласының тұрғындары үшін',
        ru: 'для жителей города Байконыр',
        en: 'for residents of Baikonur city',
      },
      provision: 'original-kept',
    },
    {
      code: 'maternity-leave-information',
      name: {
        kk: 'Жұмыс берушінің жүктілігіне және босануына байланысты демалыс беру туралы мәліметтері',
        ru: 'Сведения работодателя о предоставлении отпуска по беременности и родам',
        en: 'Employer data on the maternity leave granted',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'bank-account-details',
      name: {
        kk: 'Екінші деңгейдегі банктегі банктік шот нөмірі туралы мәліметтер',
        ru: 'Сведения о номере банковского счета в банке второго уровня',
        en: 'Bank account number in a second-tier bank',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
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
