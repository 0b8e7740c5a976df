import type { ServiceStandard } from '../standard';

// Rules on prosthetic-orthopaedic aid under the individual habilitation and rehabilitation programme: the 2015 order No. 26 ceased on
// 01.07.2023 under order No. 286 of 30.06.2023 (cis-legislation/ealegislation). Items follow the egov.kz passport of the sibling service
// (pass01_mtszn, same rules, which also covers prosthetic-orthopaedic aid for work injuries). Title as in the sibling files (wheelchairs.ts,
// reg. No. 32993); that No. 286 is that same order is inferred, not read.
const standard: ServiceStandard = {
  source: {
    act: 'Правила обеспечения лиц с инвалидностью протезно-ортопедической помощью, техническими вспомогательными (компенсаторными) средствами, специальными средствами передвижения в соответствии с индивидуальной программой абилитации и реабилитации лица с инвалидностью, включая сроки их замены',
    reference: 'приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 30 июня 2023 года № 286',
    versionDate: '2023-07-01',
    url: 'https://egov.kz/cms/en/government-services/for_citizen/pass01_mtszn',
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
      code: 'power-of-attorney',
      name: {
        kk: 'Мүгедектігі бар адамның нотариаттық куәландыруды талап етпейтін сенімхаты',
        ru: 'Доверенность лица с инвалидностью, не требующая нотариального удостоверения',
        en: 'Power of attorney from the person with disability (no notarisation required)',
      },
      requirement: 'conditional',
      condition: {
        kk: 'мүгедектігі бар адамнан сенімхат алған адам жүгінсе',
        ru: 'если обращается лицо, получившее доверенность от лица с инвалидностью',
        en: 'if a person holding a power of attorney from the person with disability applies',
      },
      provision: 'original-kept',
    },
    {
      code: 'address-registration',
      name: {
        kk: 'Тұрақты тұрғылықты жері бойынша тіркеуді растайтын мәліметтер',
        ru: 'Сведения, подтверждающие регистрацию по постоянному месту жительства',
        en: 'Permanent address registration records',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'disability-data',
      name: {
        kk: 'Мүгедектік туралы және абилитация мен оңалтудың жеке бағдарламасының шаралары туралы мәліметтер',
        ru: 'Сведения об инвалидности и о разработанных мероприятиях индивидуальной программы абилитации и реабилитации',
        en: 'Disability and individual habilitation and rehabilitation programme records',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'work-accident-records',
      name: {
        kk: 'Мүгедектікке әкеп соққан өндірістегі жазатайым оқиға туралы мәліметтер',
        ru: 'Сведения о несчастном случае на производстве, повлекшем инвалидность',
        en: 'Records of the industrial accident that caused the disability',
      },
      requirement: 'conditional',
      condition: {
        kk: 'мүгедектік еңбек жарақатынан немесе кәсіптік аурудан болса',
        ru: 'если инвалидность наступила вследствие трудового увечья или профессионального заболевания',
        en: 'if the disability results from a work injury or occupational disease',
      },
      provision: 'from-state-systems',
    },
    {
      code: 'employer-liquidation-records',
      name: {
        kk: 'Кінәсінен еңбек жарақаты алынған жұмыс берушінің қызметін тоқтатуы немесе таратылуы туралы мәліметтер',
        ru: 'Сведения о прекращении деятельности работодателя – индивидуального предпринимателя или ликвидации юридического лица, по вине которого получено трудовое увечье',
        en: 'Records of the termination or liquidation of the employer responsible for the work injury',
      },
      requirement: 'conditional',
      condition: {
        kk: 'еңбек жарақаты немесе кәсіптік ауру бойынша жүгінгенде',
        ru: 'при обращении в связи с трудовым увечьем или профессиональным заболеванием',
        en: 'when applying because of a work injury or occupational disease',
      },
      provision: 'from-state-systems',
    },
  ],
};

export default standard;
