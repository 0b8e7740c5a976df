import type { ServiceStandard } from '../standard';

// Follows the Government Rules on monthly payments after the capitalisation period (decree No. 571 of 25.05.2011; Rules as restated by decree No. 215 of 14.04.2016, preamble of 26.10.2022).
// Only the head of the Rules was readable on adilet; the three court papers come from Supreme Court normative resolution No. 4 of 28.10.2005 (cis-legislation.com rgn=28023), which quotes the Rules. No egov passport found; bank details not confirmed.
const standard: ServiceStandard = {
  source: {
    act: 'Об утверждении Правил осуществления социальной помощи в виде ежемесячных выплат гражданам Республики Казахстан по истечении срока капитализации платежей по возмещению вреда, причиненного жизни и здоровью работников юридическими лицами, ликвидированными вследствие банкротства',
    reference: 'постановление Правительства Республики Казахстан от 25 мая 2011 года № 571',
    versionDate: '2022-10-26',
    url: 'https://adilet.zan.kz/eng/docs/P1100000571/compare/rus',
  },
  items: [
    {
      code: 'identity-document',
      name: { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность', en: 'Identity document' },
      requirement: 'required',
      condition: null,
      provision: 'original-returned',
    },
    {
      code: 'bankruptcy-court-decision',
      name: {
        kk: 'Заңды тұлғаны банкрот деп тану туралы сот шешімінің көшірмесі',
        ru: 'Копия решения суда о признании юридического лица банкротом',
        en: 'Copy of the court decision declaring the employer bankrupt',
      },
      requirement: 'required',
      condition: null,
      provision: 'copy-kept',
    },
    {
      code: 'capitalised-payments-court-decision',
      name: {
        kk: 'Зиянды өтеу есебінен капиталдандырылған төлемдерді төлеу жөніндегі міндетті мемлекетке жүктеу туралы сот шешімінің көшірмесі',
        ru: 'Копия решения суда о возложении обязанности по выплате капитализированных платежей в счет возмещения вреда на государство',
        en: 'Copy of the court decision placing payment of the capitalised compensation on the state',
      },
      requirement: 'required',
      condition: null,
      provision: 'copy-kept',
    },
    {
      code: 'first-priority-creditors-register',
      name: {
        kk: 'Сот бекіткен бірінші кезектегі кредиторлар талаптарының тізілімі (көшірмесі)',
        ru: 'Утвержденный судом реестр требований кредиторов первой очереди (копия)',
        en: 'Court-approved register of first-priority creditor claims (copy)',
      },
      requirement: 'required',
      condition: null,
      provision: 'copy-kept',
    },
  ],
};

export default standard;
