import type { ServiceStandard } from '../standard';

// Follows the Rules for assigning and paying state targeted social assistance (MLSPP order No. 227 of 21.06.2023, in force 01.07.2023,
// per cis-legislation rgn=150997). Items follow the egov.kz passport (pass166_mtszn): the employment centre / akim requests nearly all data
// from state information systems through the e-government gateway; the excerpt read was cut after the study records.
const standard: ServiceStandard = {
  source: {
    act: 'Правила назначения и выплаты государственной адресной социальной помощи',
    reference: 'приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 21 июня 2023 года № 227',
    versionDate: '2023-07-01',
    url: 'https://egov.kz/cms/en/online-services/for_citizen/pass166_mtszn',
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
      code: 'status-records',
      name: {
        kk: 'Қандас, босқын, шетелдік немесе азаматтығы жоқ адам мәртебесі туралы мәліметтер',
        ru: 'Сведения о статусе кандаса, беженца, иностранца или лица без гражданства',
        en: 'Kandas, refugee, foreigner or stateless status records',
      },
      requirement: 'conditional',
      condition: {
        kk: 'өтініш беруші немесе отбасы мүшесі Қазақстан Республикасының азаматы болмаса',
        ru: 'если заявитель или член семьи не является гражданином Республики Казахстан',
        en: 'if the applicant or a family member is not a citizen of Kazakhstan',
      },
      provision: 'from-state-systems',
    },
    {
      code: 'address-registration',
      name: {
        kk: 'Отбасының әрбір мүшесінің тұрақты немесе уақытша тұрғылықты жері бойынша тіркеу туралы мәліметтер',
        ru: 'Сведения о регистрации по постоянному или временному месту жительства каждого члена семьи',
        en: 'Permanent or temporary address registration of each family member',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'bank-account-details',
      name: {
        kk: 'Жәрдемақы беру жөніндегі уәкілетті ұйымдағы банк деректемелері туралы мәліметтер',
        ru: 'Сведения о банковских реквизитах в уполномоченной организации по выдаче пособий',
        en: 'Bank account details at the organisation authorised to pay benefits',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'disability-data',
      name: {
        kk: 'Мүгедектікті белгілеу туралы мәліметтер',
        ru: 'Сведения об установлении инвалидности',
        en: 'Disability records',
      },
      requirement: 'conditional',
      condition: {
        kk: 'отбасында мүгедектігі бар адам болса',
        ru: 'если в семье есть лицо с инвалидностью',
        en: 'if a family member has a disability',
      },
      provision: 'from-state-systems',
    },
    {
      code: 'civil-status-records',
      name: {
        kk: 'Баланың тууын (қайтыс болуын), некені қиюды (бұзуды), қорғаншылықты (қамқоршылықты), бала асырап алуды тіркеу туралы мәліметтер',
        ru: 'Сведения о регистрации рождения (смерти) ребенка, заключения (расторжения) брака, установлении опеки (попечительства), усыновлении',
        en: 'Civil registry records: births (deaths) of children, marriage (divorce), guardianship, adoption',
      },
      requirement: 'required',
      condition: null,
      provision: 'from-state-systems',
    },
    {
      code: 'marriage-certificate-abroad',
      name: {
        kk: 'Неке қию (ерлі-зайыптылық) туралы куәлік',
        ru: 'Свидетельство о заключении брака (супружества)',
        en: 'Marriage certificate',
      },
      requirement: 'conditional',
      condition: {
        kk: 'неке Қазақстан Республикасынан тыс жерде тіркелген болса',
        ru: 'если брак (супружество) зарегистрирован за пределами Республики Казахстан',
        en: 'if the marriage was registered outside Kazakhstan',
      },
      provision: 'original-returned',
    },
    {
      code: 'study-records',
      name: {
        kk: 'Оқу фактісі туралы мәліметтер',
        ru: 'Сведения о факте обучения',
        en: 'Records of enrolment in education',
      },
      requirement: 'conditional',
      condition: {
        kk: 'отбасында білім беру ұйымдарында оқитын мүшелер болса',
        ru: 'если в семье есть обучающиеся',
        en: 'if family members are students',
      },
      provision: 'from-state-systems',
    },
  ],
};

export default standard;
