import type { ServiceStandard } from '../standard';

// Follows the MLSPP rules on technical auxiliary (compensatory) means (hearing/vision aids, hygiene means); list NOT read for this service, taken from the sister service.
// Items follow the egov passport https://egov.kz/cms/en/government-services/for_citizen/pass01_mtszn (still worded
// "disabled"), which lists for these rules: application; identity or digital document; power of attorney (no
// notarisation) for a representative; residence/disability/IPR data and, for work injuries, accident and employer
// data fetched from state systems. The order's date and number were not readable (reg. No. 32993, in force 01.07.2023).
const standard: ServiceStandard = {
  source: {
    act: 'Правила обеспечения лиц с инвалидностью протезно-ортопедической помощью, техническими вспомогательными (компенсаторными) средствами, специальными средствами передвижения в соответствии с индивидуальной программой абилитации и реабилитации лица с инвалидностью, включая сроки их замены',
    reference: 'приказ Министерства труда и социальной защиты населения Республики Казахстан, зарегистрированный в Министерстве юстиции Республики Казахстан под № 32993 (вводится в действие с 1 июля 2023 года)',
    versionDate: '2023-07-01',
    url: 'https://zakon.uchet.kz/rus/docs/V2300032993',
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
      code: 'power-of-attorney',
      name: {
        kk: 'Мүгедектігі бар адамның нотариаттық куәландыруды талап етпейтін сенімхаты',
        ru: 'Доверенность лица с инвалидностью, не требующая нотариального удостоверения',
        en: 'Power of attorney from the person with disability (no notarisation required)',
      },
      requirement: 'conditional',
      condition: {
        kk: 'мүгедектігі бар адамнан сенімхат алған адам жүгінген кезде',
        ru: 'при обращении лица, получившего доверенность от лица с инвалидностью',
        en: 'when a person holding a power of attorney from the person with disability applies',
      },
      provision: 'original-returned',
    },
    {
      code: 'residence-registration',
      name: {
        kk: 'Тұрақты тұрғылықты жері бойынша тіркелгені туралы мәліметтер',
        ru: 'Сведения о регистрации по постоянному месту жительства',
        en: 'Permanent residence registration data',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'disability-data',
      name: {
        kk: 'Мүгедектік туралы мәліметтер',
        ru: 'Сведения об инвалидности',
        en: 'Disability data',
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
      code: 'work-accident-data',
      name: {
        kk: 'Мүгедектікке әкеп соққан өндірістегі жазатайым оқиға туралы мәліметтер',
        ru: 'Сведения о несчастном случае на производстве, повлекшем инвалидность',
        en: 'Data on the workplace accident that caused the disability',
      },
      requirement: 'conditional',
      condition: {
        kk: 'егер мүгедектік еңбек жарақатының немесе кәсіптік аурудың салдарынан болса',
        ru: 'если инвалидность наступила вследствие трудового увечья или профессионального заболевания',
        en: 'if the disability results from a work injury or occupational disease',
      },
      provision: 'from-state-systems',
    },
    {
      code: 'employer-termination-data',
      name: {
        kk: 'Кінәсінен еңбек жарақаты немесе кәсіптік ауру алынған жұмыс берушінің – дара кәсіпкердің қызметін тоқтатқаны немесе заңды тұлғаның таратылғаны туралы мәліметтер',
        ru: 'Сведения о прекращении деятельности работодателя – индивидуального предпринимателя или ликвидации юридического лица, по вине которого получено трудовое увечье или профессиональное заболевание',
        en: 'Data on the closure or liquidation of the employer responsible for the work injury or occupational disease',
      },
      requirement: 'conditional',
      condition: {
        kk: 'егер кінәлі жұмыс беруші қызметін тоқтатса немесе таратылса',
        ru: 'если работодатель, по вине которого получено трудовое увечье или профессиональное заболевание, прекратил деятельность или ликвидирован',
        en: 'if the employer responsible for the injury or disease has ceased operating or been liquidated',
      },
      provision: 'from-state-systems',
    },
  ],
};

export default standard;
