import type { ServiceStandard } from '../standard';

// Follows the Rules for conducting medico-social examination (MLSPP order No. 260 of 29.06.2023, amended by order No. 131 of 02.05.2025).
// The annexed list of documents was NOT read verbatim (only the act and its amendment were found): items below follow the known practice
// (referral issued electronically by the medical organisation; work-injury/occupational-disease papers when the cause is work-related). Verify.
const standard: ServiceStandard = {
  source: {
    act: 'Правила проведения медико-социальной экспертизы',
    reference: 'приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 29 июня 2023 года № 260 (в редакции приказа Министра труда и социальной защиты населения Республики Казахстан от 2 мая 2025 года № 131)',
    versionDate: '2025-05-02',
    url: 'https://base.spinform.ru/show_doc.fwx?rgn=166549',
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
      code: 'mse-referral',
      name: {
        kk: 'Медициналық ұйымның медициналық-әлеуметтік сараптамаға жолдамасы',
        ru: 'Направление медицинской организации на медико-социальную экспертизу',
        en: 'Referral of the medical organisation to medico-social examination',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'address-registration',
      name: {
        kk: 'Тұрақты тұрғылықты жері бойынша тіркеу туралы мәліметтер',
        ru: 'Сведения о регистрации по постоянному месту жительства',
        en: 'Permanent address registration records',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'work-accident-act',
      name: {
        kk: 'Еңбек қызметіне байланысты жазатайым оқиға туралы акт',
        ru: 'Акт о несчастном случае, связанном с трудовой деятельностью',
        en: 'Report of a work-related accident',
      },
      requirement: 'conditional',
      condition: {
        kk: 'мүгедектіктің немесе еңбек ету қабілетінен айырылудың себебі еңбек жарақаты болса',
        ru: 'если причиной инвалидности или утраты трудоспособности является трудовое увечье',
        en: 'if the disability or loss of working capacity results from a work injury',
      },
      provision: 'original-returned',
    },
    {
      code: 'occupational-disease-conclusion',
      name: {
        kk: 'Аурудың кәсіппен байланысы туралы қорытынды',
        ru: 'Заключение о связи заболевания с профессией',
        en: 'Conclusion linking the disease to the occupation',
      },
      requirement: 'conditional',
      condition: {
        kk: 'мүгедектіктің себебі кәсіптік ауру болса',
        ru: 'если причиной инвалидности является профессиональное заболевание',
        en: 'if the disability results from an occupational disease',
      },
      provision: 'original-returned',
    },
    {
      code: 'legal-representative-document',
      name: {
        kk: 'Заңды өкілдің өкілеттігін растайтын құжат',
        ru: 'Документ, подтверждающий полномочия законного представителя',
        en: 'Document confirming the powers of the legal representative',
      },
      requirement: 'conditional',
      condition: {
        kk: 'куәландырылатын адам кәмелетке толмаған немесе әрекетке қабілетсіз болса',
        ru: 'если освидетельствуемый несовершеннолетний или недееспособный',
        en: 'if the person examined is a minor or legally incapable',
      },
      provision: 'original-returned',
    },
  ],
};

export default standard;
