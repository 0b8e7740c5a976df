import type { enPaperwork, enPaperworkDocuments, enPaperworkFields, enPaperworkIntake, enPaperworkValidation } from './en-paperwork';
import type { Leaves } from './catalogue';

export const ruPaperworkFields: Leaves<typeof enPaperworkFields> = {
  idDocumentKind: 'Документ, удостоверяющий личность',
  idDocumentNumber: 'Номер документа',
  idDocumentIssuedOn: 'Дата выдачи',
  idDocumentIssuer: 'Кем выдан',
  districtKato: 'Район или город',
  phoneOther: 'Другой телефон (необязательно)',
  iban: 'Счет (IBAN)',
  bankName: 'Банк',
  representativeName: 'ФИО представителя',
  representativeIin: 'ИИН представителя',
  representativeDocument: 'Документ о полномочиях (например, доверенность)',
  representativeDocumentNumber: 'Его номер',
  representativeDocumentDate: 'Его дата',
};

export const ruPaperwork: Leaves<typeof enPaperwork> = {
  shortcuts: { title: 'Сочетания клавиш', walkIn: 'Сегодня: перейти к форме посетителя без записи', checkIn: 'Сегодня, в поле отметки: отметить выбранного гражданина', choose: 'Сегодня, в поле отметки: выбрать среди найденных', open: 'Сегодня: открыть только что отмеченное или записанное посещение', next: 'Перейти к следующему полю', finish: 'В форме заявки: перейти к следующему незаполненному полю; когда все заполнены, завершить заявку', help: 'Этот список (также ? вне текстового поля)' },
  statementsUi: { title: 'Заявления', scanHint: 'Загружайте сюда сканы подписанных заявлений, один за другим: каждое находит свое посещение по QR-коду.', none: 'Сегодня нет заявлений, ожидающих подписи.', waiting: 'Распечатаны, ждут подписи' },
  paperwork: {
    approvalHint: 'Руководитель разрешает здесь своим логином и PIN-кодом; разрешение записывается от его имени.',
    approvalLogin: 'Логин руководителя',
    approvalSecret: 'PIN-код или пароль руководителя',
    fixFields: 'Проверьте поля: {{fields}}.',
    identitySection: 'Документ, удостоверяющий личность',
    idKinds: { 'id-card': 'Удостоверение личности', passport: 'Паспорт', 'residence-permit': 'Вид на жительство', 'stateless-certificate': 'Удостоверение лица без гражданства' },
    iinDate: 'Дата в ИИН: {{date}}',
    bankSection: 'Банковский счет для выплаты',
    bankHint: 'Услуга связана с выплатой: счет печатается в заявлении.',
    representativeSection: 'Представитель',
    representativeToggle: 'Заявление подает представитель',
    datePlaceholder: 'дд.мм.гггг',
    printLayout: 'Язык заявления',
    layouts: { 'kk-ru': 'Казахский и русский', kk: 'Только казахский', ru: 'Только русский' },
    requirement: { required: 'обязательно', conditional: 'если: {{condition}}' },
    provision: {
      'original-returned': 'оригинал предъявляется, сканируется и возвращается',
      'copy-kept': 'сдается копия',
      'original-kept': 'сдается оригинал',
      'from-state-systems': 'ЦОН получает из государственных систем: у гражданина не требовать',
    },
    standardSource: 'По стандарту государственной услуги: {{reference}} (редакция от {{date}}).',
    standardUnknown: 'Стандарт этой услуги не найден: указан только документ, удостоверяющий личность. Уточните полный перечень в 1414, пока гражданин здесь.',
    otherLabel: 'Что это за документ',
    otherLabelHint: 'Под этим названием он будет указан в заявлении.',
    files_one: '{{count}} файл',
    files_few: '{{count}} файла',
    files_many: '{{count}} файлов',
    files_other: '{{count}} файла',
  },
};

export const ruPaperworkValidation: Leaves<typeof enPaperworkValidation> = {
  attachment_image_too_large: 'Изображение заявляет страницу больше любого скана (более 100 мегапикселей или более 500 страниц): оно отклонено до открытия.',
  secret_mismatch: 'Два ввода не совпадают: введите один и тот же PIN-код или пароль дважды.',
  service_unknown: 'Нет действующей услуги с кодом «{{code}}».',
  postal_code: 'Индекс — 6 цифр (010000) или 7 знаков Казпочты (A01P3K4).',
  phone_prefix: 'Одиннадцать цифр с 7 в начале: допишите +7 впереди или введите только 10 цифр номера.',
  phone_too_short: 'Не хватает цифр: в номере 10 цифр после +7 или 8.',
  phone_too_long: 'Лишние цифры: в номере 10 цифр после +7 или 8.',
  iban_country: 'Введите казахстанский счет: он начинается с KZ.',
  iban_length: 'В казахстанском IBAN 20 знаков.',
  iban_checksum: 'Контрольные цифры IBAN не сходятся: проверьте номер счета.',
  iban_required: 'Услуга связана с выплатой: введите счет гражданина (IBAN).',
  date: 'Введите дату (дд.мм.гггг).',
  document_number: 'Только буквы, цифры, пробелы и дефисы.',
  district: 'Выберите район или город регистрации.',
  receiver_unknown: 'Для этого адреса получатель не известен: выберите область и район.',
  representative_is_applicant: 'Представитель не может быть самим гражданином.',
  document_label_required: 'Укажите, что это за документ: под этим названием он войдет в заявление.',
  checklist_item_unknown: 'В перечне этой услуги нет такого документа: приложите его как «иной» с названием.',
  duplicate_checklist_item: 'У двух документов одной услуги один код.',
  condition_mismatch: 'У документа «по условию» должно быть условие, у обязательного — нет.',
  duplicate_district: 'У двух районов один код.',
};

/** The visit's next step in words, beside its buttons. */
export const ruPaperworkIntake: Leaves<typeof enPaperworkIntake> = {
  openNow: 'Открыть посещение',
  logAsWalkIn: 'Записать как пришедшего без записи',
  backToApplication: 'Вернуться к заявке (чтобы исправить)',
  nextStep: { in_service: 'Далее: завершите заявку и распечатайте заявление на подпись гражданину.', statement_printed: 'Далее: гражданин подписывает; загрузите скан подписанного заявления.', signed: 'Далее: приложите документы по перечню и отметьте заявку завершенной.' },
};

/** Added to the documents panel's words. */
export const ruPaperworkDocuments: Leaves<typeof enPaperworkDocuments> = { removeConfirm: 'Удалить: {{name}}' };
