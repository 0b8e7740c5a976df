import type { Leaves } from '../catalogue';
import type { enCommon } from '../en/common';

export const ruCommon: Leaves<typeof enCommon> = {
  app: { title: 'Qabyldau', subtitle: 'Приём граждан в центре обслуживания населения' },
  nav: {
    label: 'Разделы',
    today: 'Сегодня',
    intake: 'Приём',
    statements: 'Заявления',
    sync: 'Синхронизация',
    reports: 'Отчёты',
    settings: 'Настройки',
    staff: 'Сотрудники',
    centre: 'Центр',
  },
  language: { label: 'Язык', kk: 'Қазақша', ru: 'Русский', en: 'English' },
  common: { loading: 'Загрузка…', retry: 'Повторить', errorTitle: 'Произошла ошибка', confirm: 'Подтвердить', cancel: 'Отмена' },
  shortcuts: { title: 'Сочетания клавиш', walkIn: 'Сегодня: перейти к форме посетителя без записи', checkIn: 'Сегодня, в поле отметки: отметить выбранного гражданина', choose: 'Сегодня, в поле отметки: выбрать среди найденных', open: 'Сегодня: открыть только что отмеченное или записанное посещение', next: 'Перейти к следующему полю', finish: 'В форме заявки: перейти к следующему незаполненному полю; когда все заполнены, завершить заявку', help: 'Этот список (также ? вне текстового поля)' },
  visit: {
    kind: { booked: 'По записи', 'walk-in': 'Без записи' },
    status: {
      booked: 'Записан',
      arrived: 'Пришёл',
      in_service: 'Обслуживается',
      statement_printed: 'Заявление распечатано',
      signed: 'Подписано',
      queued: 'В очереди на отправку',
      sent: 'Отправлено',
      accepted: 'Принято',
      rejected: 'Отказано',
      needs_information: 'Нужны сведения',
      cancelled: 'Отменено',
      no_show: 'Не явился',
    },
  },
};
