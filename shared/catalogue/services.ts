import type { Service } from './service';
import { identityDocumentItem } from './documents';
import type { ReceiverType } from './receiver-types';
import { standards } from './standards';

type Entry = [code: string, receiverType: ReceiverType, payment: boolean, kk: string, ru: string, en: string];

// The 24 services of the 2020 announcement, named as they are in force now: the 2022 terminology
// of disability (Law No. 129-VII: «лицо с инвалидностью», «мүгедектігі бар адам»), «кандас»
// instead of «оралман», the article's misspellings corrected, no «ё» in the Russian names.
// `payment`: the service pays the citizen money, so the statement carries the bank account.
const announced2020: Entry[] = [
  ['disabled-child-carer-benefit', 'gfc', true, 'Мүгедектігі бар баланы тәрбиелеп отырған анасына немесе әкесіне, асырап алушысына, қорғаншысына (қамқоршысына) жәрдемақы тағайындау', 'Назначение пособия матери или отцу, усыновителю (удочерителю), опекуну (попечителю), воспитывающему ребенка с инвалидностью', 'Benefit to a mother or father, adoptive parent or guardian raising a child with a disability'],
  ['childhood-disabled-care-benefit', 'gfc', true, 'Бала кезінен бірінші топтағы мүгедектігі бар адамның күтіміне берілетін жәрдемақыны тағайындау', 'Назначение пособия по уходу за лицом с инвалидностью первой группы с детства', 'Benefit for the care of a person with a group I disability since childhood'],
  ['age-pension', 'gfc', true, 'Жасына байланысты зейнетақы төлемдерін тағайындау', 'Назначение пенсионных выплат по возрасту', 'Age pension payments'],
  ['basic-pension', 'gfc', true, 'Мемлекеттік базалық зейнетақы төлемін тағайындау', 'Назначение государственной базовой пенсионной выплаты', 'State basic pension payment'],
  ['special-state-benefits', 'gfc', true, 'Мемлекеттік арнайы жәрдемақылар тағайындау', 'Назначение государственных специальных пособий', 'State special benefits'],
  ['special-state-benefit', 'gfc', true, 'Арнайы мемлекеттік жәрдемақы тағайындау', 'Назначение специального государственного пособия', 'Special state benefit'],
  ['maternity-income-loss', 'gfc', true, 'Жүктілікке және босануға байланысты табысынан айырылған жағдайда әлеуметтік төлем тағайындау', 'Назначение социальной выплаты на случай потери дохода в связи с беременностью и родами', 'Social payment for loss of income due to pregnancy and childbirth'],
  ['bankruptcy-harm-assistance', 'gfc', true, 'Банкроттық салдарынан таратылған заңды тұлғалардың қызметкерлерінің өмірі мен денсаулығына келтірілген зиянды өтеу жөніндегі төлемдерді капиталдандыру мерзімі өткеннен кейін Қазақстан Республикасының азаматтарына ай сайынғы төлемдер түрінде әлеуметтік көмек тағайындау', 'Назначение социальной помощи гражданам Республики Казахстан в виде ежемесячных выплат по истечении срока капитализации платежей по возмещению вреда, причиненного жизни и здоровью работников юридическими лицами, ликвидированными вследствие банкротства', 'Monthly social assistance to citizens after the capitalisation period of payments for harm to the life and health of employees of legal entities liquidated through bankruptcy'],
  ['large-family-benefit', 'gfc', true, 'Көп балалы отбасыларға мемлекеттік жәрдемақы тағайындау', 'Назначение государственного пособия многодетным семьям', 'State benefit to large families'],
  ['kandas-status', 'gfc', false, 'Қандас мәртебесін беру немесе ұзарту', 'Присвоение или продление статуса кандаса', 'Assignment or extension of kandas status'],
  ['foreigner-self-employment-certificate', 'gfc', false, 'Шетелдікке немесе азаматтығы жоқ адамға өз бетінше жұмысқа орналасу үшін біліктілігінің сәйкестігі туралы анықтама беру немесе ұзарту', 'Выдача или продление справки о соответствии квалификации для самостоятельного трудоустройства иностранцу или лицу без гражданства', 'Issue or extension of a certificate of qualification for self-employment to a foreigner or a stateless person'],
  ['disability-assessment', 'esp', false, 'Мүгедектікті және (немесе) еңбек ету қабілетінен айырылу дәрежесін белгілеу және (немесе) әлеуметтік қорғаудың қажетті шараларын айқындау', 'Установление инвалидности и (или) степени утраты трудоспособности и (или) определение необходимых мер социальной защиты', 'Establishing disability and/or the degree of loss of working capacity and/or the necessary social protection measures'],
  ['prosthetic-orthopaedic-aid', 'gfc', false, 'Мүгедектігі бар адамдарды протездік-ортопедиялық көмекпен қамтамасыз ету үшін құжаттарды рәсімдеу', 'Оформление документов на лиц с инвалидностью для предоставления им протезно-ортопедической помощи', 'Documents for providing persons with disabilities with prosthetic and orthopaedic assistance'],
  ['targeted-social-assistance', 'esp', true, 'Мемлекеттік атаулы әлеуметтік көмек тағайындау', 'Назначение государственной адресной социальной помощи', 'State targeted social assistance'],
  ['local-social-assistance', 'esp', true, 'Жергілікті өкілді органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау', 'Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов', 'Social assistance to certain categories of needy citizens by decisions of local representative bodies'],
  ['semipalatinsk-test-site', 'gfc', true, 'Семей ядролық сынақ полигонындағы ядролық сынақтардың салдарынан зардап шеккен азаматтарды тіркеу, біржолғы мемлекеттік ақшалай өтемақы төлеу, куәліктер беру', 'Регистрация граждан, пострадавших вследствие ядерных испытаний на Семипалатинском испытательном ядерном полигоне, выплата единовременной государственной денежной компенсации, выдача удостоверений', 'Registration of citizens affected by nuclear tests at the Semipalatinsk test site, one-time state monetary compensation, issue of certificates'],
  ['rehabilitated-person-certificate', 'gfc', false, 'Ақталған адамға анықтама беру', 'Выдача справки реабилитированному лицу', 'Certificate to a rehabilitated person'],
  ['hearing-vision-hygiene-aids', 'gfc', false, 'Мүгедектігі бар адамдарды сурдо-тифлотехникалық және міндетті гигиеналық құралдармен қамтамасыз ету', 'Обеспечение лиц с инвалидностью сурдо-тифлотехническими и обязательными гигиеническими средствами', 'Providing persons with disabilities with hearing and vision aids and mandatory hygiene means'],
  ['personal-assistant-sign-language', 'gfc', false, 'Бірінші топтағы мүгедектігі бар адамдарға жеке көмекшінің және есту қабілеті бойынша мүгедектігі бар адамдарға ымдау тілі маманының қызметтерін ұсыну үшін құжаттарды рәсімдеу', 'Оформление документов для предоставления услуг индивидуального помощника лицам с инвалидностью первой группы и специалиста жестового языка лицам с инвалидностью по слуху', 'Documents for a personal assistant for persons with a group I disability and a sign-language specialist for persons with a hearing disability'],
  ['wheelchairs', 'gfc', false, 'Мүгедектігі бар адамдарды кресло-арбалармен қамтамасыз ету', 'Обеспечение лиц с инвалидностью креслами-колясками', 'Providing persons with disabilities with wheelchairs'],
  ['sanatorium-treatment', 'gfc', false, 'Мүгедектігі бар адамдарды санаторийлік-курорттық емдеумен қамтамасыз ету', 'Обеспечение лиц с инвалидностью санаторно-курортным лечением', 'Providing persons with disabilities with sanatorium and resort treatment'],
  ['home-care-social-services', 'gfc', false, 'Үйде күтім жасау жағдайында арнаулы әлеуметтік қызметтер көрсету үшін құжаттарды рәсімдеу', 'Оформление документов на оказание специальных социальных услуг в условиях ухода на дому', 'Documents for special social services with care at home'],
  ['institutional-social-services', 'gfc', false, 'Медициналық-әлеуметтік мекемелерде (ұйымдарда) арнаулы әлеуметтік қызметтер көрсету үшін құжаттарды рәсімдеу', 'Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)', 'Documents for special social services in medical and social institutions'],
  ['bastau-business-training', 'gfc', false, '«Bastau Business» жобасы шеңберінде кәсіпкерлік негіздеріне оқыту', 'Обучение основам предпринимательства в рамках проекта «Bastau Business»', 'Training in the basics of entrepreneurship under the Bastau Business project'],
];

// The article announces 6 more and names two. The other four are kept as placeholders, inactive,
// until a catalogue update from the central system names them.
const announcedLater: Entry[] = [
  ['burial-payment', 'gfc', true, 'Жерлеуге біржолғы төлем тағайындау', 'Назначение единовременной выплаты на погребение', 'One-time burial payment'],
  ['breadwinner-loss-payment', 'gfc', true, 'Асыраушысынан айырылу жағдайында әлеуметтік төлем тағайындау', 'Назначение социальной выплаты на случай потери кормильца', 'Social payment for loss of breadwinner'],
  ...[3, 4, 5, 6].map((n): Entry => [
    `announced-${n}-of-6`,
    'gfc',
    false,
    `Жарияланған қызмет, ${n}/6 (атауы әлі жарияланбаған)`,
    `Объявленная услуга, ${n} из 6 (название еще не опубликовано)`,
    `Announced service ${n} of 6 (name not yet published)`,
  ]),
];

const toService = (active: boolean) =>
  ([code, receiverType, payment, kk, ru, en]: Entry, index: number): Service => {
    const standard = standards[code];
    return {
      code,
      number: active ? index + 1 : null,
      active,
      receiverType,
      name: { kk, ru, en },
      payment,
      standard: standard?.source ?? null,
      checklist: standard ? [...standard.items] : [identityDocumentItem],
    };
  };

export const seedServices: readonly Service[] = [...announced2020.map(toService(true)), ...announcedLater.map(toService(false))];
