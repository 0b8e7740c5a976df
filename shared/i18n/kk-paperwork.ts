import type { enPaperwork, enPaperworkDocuments, enPaperworkFields, enPaperworkIntake, enPaperworkValidation } from './en-paperwork';
import type { Leaves } from './catalogue';

export const kkPaperworkFields: Leaves<typeof enPaperworkFields> = {
  idDocumentKind: 'Жеке басын куәландыратын құжат',
  idDocumentNumber: 'Құжат нөмірі',
  idDocumentIssuedOn: 'Берілген күні',
  idDocumentIssuer: 'Кім берді',
  districtKato: 'Аудан немесе қала',
  phoneOther: 'Басқа телефон (міндетті емес)',
  iban: 'Шот (IBAN)',
  bankName: 'Банк',
  representativeName: 'Өкілдің аты-жөні',
  representativeIin: 'Өкілдің ЖСН-і',
  representativeDocument: 'Өкілеттік құжаты (мысалы, сенімхат)',
  representativeDocumentNumber: 'Оның нөмірі',
  representativeDocumentDate: 'Оның күні',
};

export const kkPaperwork: Leaves<typeof enPaperwork> = {
  shortcuts: { title: 'Пернетақта тіркесімдері', walkIn: 'Бүгін: жазылусыз келген азаматты тіркеу формасына өту', checkIn: 'Бүгін, белгілеу жолағында: таңдалған азаматтың келгенін белгілеу', choose: 'Бүгін, белгілеу жолағында: табылғандардың ішінен таңдау', open: 'Бүгін: жаңа белгіленген немесе тіркелген келуді ашу', next: 'Келесі өріске өту', finish: 'Өтінім формасында: толтырылмаған келесі өріске өту; бәрі толса, өтінімді аяқтау', help: 'Осы тізім (мәтін өрісінен тыс ? пернесі де)' },
  statementsUi: { title: 'Өтініштер', scanHint: 'Қол қойылған өтініштерді осында бірінен соң бірін сканерлеп жүктеңіз: әрқайсысы өз келуін QR-коды арқылы табады.', none: 'Бүгін қол қоюды күтіп тұрған өтініш жоқ.', waiting: 'Басып шығарылған, қол қоюды күтуде' },
  paperwork: {
    approvalHint: 'Басшы осы жерде өз логинімен және ПИН-кодымен рұқсат береді; рұқсат оның атынан жазылады.',
    approvalLogin: 'Басшының логині',
    approvalSecret: 'Басшының ПИН-коды немесе құпиясөзі',
    fixFields: 'Мына өрістерді тексеріңіз: {{fields}}.',
    identitySection: 'Жеке басын куәландыратын құжат',
    idKinds: { 'id-card': 'Жеке куәлік', passport: 'Паспорт', 'residence-permit': 'Тұруға ықтиярхат', 'stateless-certificate': 'Азаматтығы жоқ адамның куәлігі' },
    iinDate: 'ЖСН-дегі күн: {{date}}',
    bankSection: 'Төлем аударылатын банк шоты',
    bankHint: 'Бұл қызмет ақша төлейді: шот өтінішке басылады.',
    representativeSection: 'Өкіл',
    representativeToggle: 'Өтінімді азамат үшін өкіл береді',
    datePlaceholder: 'кк.аа.жжжж',
    printLayout: 'Өтініш тілі',
    layouts: { 'kk-ru': 'Қазақша және орысша', kk: 'Тек қазақша', ru: 'Тек орысша' },
    requirement: { required: 'міндетті', conditional: 'егер: {{condition}}' },
    provision: {
      'original-returned': 'түпнұсқасы көрсетіледі, сканерленіп, қайтарылады',
      'copy-kept': 'көшірмесі тапсырылады',
      'original-kept': 'түпнұсқасы тапсырылады',
      'from-state-systems': 'ХҚКО мемлекеттік жүйелерден алады: азаматтан сұрамаңыз',
    },
    standardSource: 'Мемлекеттік қызмет стандарты бойынша: {{reference}} ({{date}} редакциясы).',
    standardUnknown: 'Бұл қызметтің стандарты табылмады: тек жеке басын куәландыратын құжат көрсетілген. Азамат кетпей тұрып, толық тізімді 1414-тен нақтылаңыз.',
    otherLabel: 'Бұл қандай құжат',
    otherLabelHint: 'Өтініште осы атаумен көрсетіледі.',
    files_one: '{{count}} файл',
    files_other: '{{count}} файл',
  },
};

export const kkPaperworkValidation: Leaves<typeof enPaperworkValidation> = {
  attachment_image_too_large: 'Сурет кез келген сканнан үлкен бетті көрсетеді (100 мегапиксельден не 500 беттен артық): ол ашылмай тұрып қабылданбады.',
  secret_mismatch: 'Екі енгізу сәйкес емес: бір ПИН-кодты немесе құпиясөзді екі рет теріңіз.',
  service_unknown: '«{{code}}» коды бар белсенді қызмет жоқ.',
  postal_code: 'Пошта индексі — 6 цифр (010000) немесе Қазпоштаның 7 таңбасы (A01P3K4).',
  phone_prefix: '7-ден басталатын он бір цифр: алдына +7 жазыңыз немесе нөмірдің 10 цифрын ғана енгізіңіз.',
  phone_too_short: 'Цифр жетпейді: нөмірде +7 немесе 8-ден кейін 10 цифр болады.',
  phone_too_long: 'Цифр артық: нөмірде +7 немесе 8-ден кейін 10 цифр болады.',
  iban_country: 'Қазақстандық шотты енгізіңіз: ол KZ-тен басталады.',
  iban_length: 'Қазақстандық IBAN 20 таңбадан тұрады.',
  iban_checksum: 'IBAN-ның бақылау цифрлары сәйкес емес: шот нөмірін тексеріңіз.',
  iban_required: 'Бұл қызмет ақша төлейді: азаматтың шотын (IBAN) енгізіңіз.',
  date: 'Күнді енгізіңіз (кк.аа.жжжж).',
  document_number: 'Тек әріп, цифр, бос орын және сызықша.',
  district: 'Тіркелген ауданды немесе қаланы таңдаңыз.',
  receiver_unknown: 'Бұл мекенжай үшін алушы белгісіз: облыс пен ауданды таңдаңыз.',
  representative_is_applicant: 'Өкіл азаматтың өзі бола алмайды.',
  document_label_required: 'Бұл қандай құжат екенін жазыңыз: өтініште осы атаумен көрсетіледі.',
  checklist_item_unknown: 'Бұл қызметтің тізімінде мұндай құжат жоқ: оны атауымен «басқа құжат» ретінде тіркеңіз.',
  duplicate_checklist_item: 'Бір қызметтің екі құжатының коды бірдей.',
  condition_mismatch: 'Шартты құжаттың шарты болуы керек, міндетті құжаттың — жоқ.',
  duplicate_district: 'Екі ауданның коды бірдей.',
};

/** The visit's next step in words, beside its buttons. */
export const kkPaperworkIntake: Leaves<typeof enPaperworkIntake> = {
  openNow: 'Келуді ашу',
  logAsWalkIn: 'Жазылусыз келген ретінде тіркеу',
  backToApplication: 'Өтінімге қайта оралу (түзету үшін)',
  nextStep: { in_service: 'Келесі: өтінімді аяқтап, өтінішті азамат қол қоюы үшін басып шығарыңыз.', statement_printed: 'Келесі: азамат қол қояды; қол қойылған өтінішті сканерлеп жүктеңіз.', signed: 'Келесі: тізімдегі құжаттарды тіркеп, өтінімді аяқталды деп белгілеңіз.' },
};

/** Added to the documents panel's words. */
export const kkPaperworkDocuments: Leaves<typeof enPaperworkDocuments> = { removeConfirm: '{{name}} алып тастау' };
