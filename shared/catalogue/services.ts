import type { Service } from './catalogue';
import { alwaysRequired } from './documents';
import type { ReceiverType } from './receiver-types';

type Entry = [code: string, receiverType: ReceiverType, kk: string, ru: string, en: string];

// Kazakh names as the source article gives them (its spelling kept); Russian names after the
// state services register; English after the article's English rendering.
const announced2020: Entry[] = [
  ['disabled-child-carer-benefit', 'gfc', 'Мүгедек баланы тәрбиелеп отырған анасына немесе әкесіне, асырап алушыға (ата-анасына), қамқоршысына (қамқоршысына) жәрдемақы тағайындау', 'Назначение пособия матери или отцу, усыновителю (удочерителю), опекуну (попечителю), воспитывающему ребёнка-инвалида', 'Benefit to a mother or father, adoptive parent or guardian raising a disabled child'],
  ['childhood-disabled-care-benefit', 'gfc', 'Бала кезінен бірінші топтағы мүгедектердің күтіміне берілетін жәрдемақыны тағайындау', 'Назначение пособия по уходу за инвалидом первой группы с детства', 'Benefit for the care of a person disabled in group I since childhood'],
  ['age-pension', 'gfc', 'Жасына байланысты зейнетақы төлемдерін тағайындау', 'Назначение пенсионных выплат по возрасту', 'Age pension payments'],
  ['basic-pension', 'gfc', 'Мемлекеттік базалық зейнетақы төлемін тағайындау', 'Назначение государственной базовой пенсионной выплаты', 'State basic pension payment'],
  ['special-state-benefits', 'gfc', 'Мемлекеттік арнайы жәрдемақылар тағайындау', 'Назначение государственных специальных пособий', 'State special benefits'],
  ['special-state-benefit', 'gfc', 'Арнайы мемлекеттік жәрдемақы тағайындау', 'Назначение специального государственного пособия', 'Special state benefit'],
  ['maternity-income-loss', 'gfc', 'Жүктілікке және босануға байланысты табысынан айырылған жағдайда әлеуметтік жәрдемақы тағайындау', 'Назначение социальной выплаты на случай потери дохода в связи с беременностью и родами', 'Social benefit for loss of income due to pregnancy and childbirth'],
  ['bankruptcy-harm-assistance', 'gfc', 'Банкрот нәтижесінде жойылған заңды тұлғалардың қызметкерлердің өмірі мен денсаулығына келтірілген зиянды өтеу төлемдерін капиталдандыру мерзімі аяқталғаннан кейін Қазақстан Республикасының азаматтарына ай сайынғы төлемдер түрінде әлеуметтік көмек тағайындау', 'Назначение социальной помощи гражданам Республики Казахстан в виде ежемесячных выплат по истечении срока капитализации платежей по возмещению вреда, причинённого жизни и здоровью работников юридическими лицами, ликвидированными вследствие банкротства', 'Monthly social assistance to citizens after the capitalisation period of payments for harm to the life and health of employees of legal entities liquidated through bankruptcy'],
  ['large-family-benefit', 'gfc', 'Көп балалы отбасыларға мемлекеттік жәрдемақы тағайындау', 'Назначение государственного пособия многодетным семьям', 'State benefit to large families'],
  ['kandas-status', 'gfc', 'Оралман мәртебесін тағайындау немесе ұзарту', 'Присвоение или продление статуса оралмана (кандаса)', 'Assignment or extension of oralman (kandas) status'],
  ['foreigner-self-employment-certificate', 'gfc', 'Шетелдікке немесе азаматтығы жоқ адамға өз бетінше жұмысқа орналасу біліктілігі туралы анықтама беру немесе ұзарту', 'Выдача или продление справки о соответствии квалификации для самостоятельного трудоустройства иностранцу или лицу без гражданства', 'Issue or extension of a certificate of qualification for self-employment to a foreigner or a stateless person'],
  ['disability-assessment', 'esp', 'Мүгедектікті және/немесе жұмыс істеу қабілетін жоғалту дәрежесін белгілеу және/немесе әлеуметтік қорғаудың қажетті шараларын айқындау', 'Установление инвалидности и/или степени утраты трудоспособности и/или определение необходимых мер социальной защиты', 'Establishing disability and/or degree of loss of working capacity and/or determining the necessary social protection measures'],
  ['prosthetic-orthopaedic-aid', 'gfc', 'Мүгедектерді протездік-ортопедиялық көмекпен қамтамасыз ету үшін құжаттарды рәсімдеу', 'Оформление документов на инвалидов для предоставления им протезно-ортопедической помощи', 'Documents for providing disabled persons with prosthetic and orthopaedic assistance'],
  ['targeted-social-assistance', 'esp', 'Мемлекеттік атаулы әлеуметтік көмек тағайындау', 'Назначение государственной адресной социальной помощи', 'State targeted social assistance'],
  ['local-social-assistance', 'esp', 'Жергілікті өкілді органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау', 'Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов', 'Social assistance to certain categories of needy citizens by decisions of local representative bodies'],
  ['semipalatinsk-test-site', 'gfc', 'Семей ядролық сынақ полигонында ядролық сынақтарға ұшыраған азаматтарды тіркеу, біржолғы мемлекеттік ақшалай өтемақы төлеу, куәліктер беру', 'Регистрация граждан, пострадавших вследствие ядерных испытаний на Семипалатинском испытательном ядерном полигоне, выплата единовременной государственной денежной компенсации, выдача удостоверений', 'Registration of citizens exposed to nuclear tests at the Semipalatinsk test site, one-time state monetary compensation, issue of certificates'],
  ['rehabilitated-person-certificate', 'gfc', 'Ақталған адамға анықтама беру', 'Выдача справки реабилитированному лицу', 'Certificate to a rehabilitated person'],
  ['hearing-vision-hygiene-aids', 'gfc', 'Мүгедектерді сурдо-тефлотехникалық және міндетті гигиена құралдарымен қамтамасыз ету', 'Обеспечение инвалидов сурдо-тифлотехническими и обязательными гигиеническими средствами', 'Providing disabled persons with surdo-technical, tiflo-technical and mandatory hygiene means'],
  ['personal-assistant-sign-language', 'gfc', 'Бірінші топтағы мүгедектерге жеке көмекшінің және есту қабілеті бұзылған адамдар үшін ымдау тілі маманы қызметтерін ұсыну үшін құжаттарды рәсімдеу', 'Оформление документов для предоставления услуг индивидуального помощника инвалидам первой группы и специалиста жестового языка для лиц с инвалидностью по слуху', 'Documents for a personal assistant for group I disabled persons and a sign-language specialist for persons with hearing impairment'],
  ['wheelchairs', 'gfc', 'Мүгедектерді арбалармен қамтамасыз ету', 'Обеспечение инвалидов креслами-колясками', 'Providing disabled persons with wheelchairs'],
  ['sanatorium-treatment', 'gfc', 'Мүгедектерді курорттық емдеумен қамтамасыз ету', 'Обеспечение инвалидов санаторно-курортным лечением', 'Providing disabled persons with sanatorium-resort treatment'],
  ['home-care-social-services', 'gfc', 'Үйде күтім жасау жағдайында арнаулы әлеуметтік қызметтерді ұсыну бойынша құжаттарды рәсімдеу', 'Оформление документов на оказание специальных социальных услуг в условиях ухода на дому', 'Documents for special social services at home'],
  ['institutional-social-services', 'gfc', 'Медициналық және әлеуметтік мекемелерде (ұйымдарда) арнаулы әлеуметтік қызметтер көрсету бойынша құжаттарды рәсімдеу', 'Оформление документов на оказание специальных социальных услуг в медико-социальных учреждениях (организациях)', 'Documents for special social services in medical and social institutions'],
  ['bastau-business-training', 'gfc', 'Bastau Business жобасы бойынша кәсіпкерлік негіздеріне оқыту', 'Обучение основам предпринимательства по проекту «Бастау Бизнес»', 'Training in the basics of entrepreneurship under the Bastau Business project'],
];

// The article announces 6 more and names two. The other four are kept as honest placeholders,
// inactive, until a catalogue update from the central system names them; their receiver is
// assumed to be the GfC branch, as for 21 of the 24 services.
const announcedLater: Entry[] = [
  ['burial-payment', 'gfc', 'Жерлеуге байланысты біржолғы төлем тағайындау', 'Назначение единовременной выплаты на погребение', 'One-time burial payment'],
  ['breadwinner-loss-payment', 'gfc', 'Асыраушысынан айырылу жағдайында әлеуметтік төлем тағайындау', 'Назначение социальной выплаты на случай потери кормильца', 'Social payment for loss of breadwinner'],
  ...[3, 4, 5, 6].map((n): Entry => [
    `announced-${n}-of-6`,
    'gfc',
    `Жарияланған қызмет, ${n}/6 (атауы әлі жарияланбаған)`,
    `Объявленная услуга, ${n} из 6 (название ещё не опубликовано)`,
    `Announced service ${n} of 6 (name not yet published)`,
  ]),
];

const toService = (active: boolean) =>
  ([code, receiverType, kk, ru, en]: Entry, index: number): Service => ({
    code,
    number: active ? index + 1 : null,
    active,
    receiverType,
    name: { kk, ru, en },
    requiredDocuments: [...alwaysRequired],
    standardListKnown: false,
  });

export const seedServices: readonly Service[] = [...announced2020.map(toService(true)), ...announcedLater.map(toService(false))];
