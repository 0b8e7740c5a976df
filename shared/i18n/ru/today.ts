import type { Leaves } from '../catalogue';
import type { enToday } from '../en/today';

export const ruToday: Leaves<typeof enToday> = {
  today: {
    title: 'Сегодня',
    count: 'Посещений сегодня: {{count}}',
    empty: 'Сегодня ещё никто не зарегистрирован.',
    columns: { day: 'Дата', time: 'Время', name: 'Гражданин', iin: 'ИИН', kind: 'Вид', status: 'Статус', desk: 'Окно' },
    noIin: 'не указан',
  },
  walkIn: {
    title: 'Зарегистрировать гражданина без записи',
    hint: 'Гражданин, не записавшийся заранее. Alt+N переводит сюда.',
    name: 'ФИО гражданина',
    iin: 'ИИН (необязательно)',
    iinHint: '12 цифр',
    submit: 'Зарегистрировать',
    saved: 'Посещение зарегистрировано и сохранено.',
  },
  bookingColumns: { date: 'Дата', time: 'Время', iin: 'ИИН', name: 'ФИО', service: 'Услуга', code: 'Код записи' },
};
