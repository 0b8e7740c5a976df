import type { Leaves } from '../catalogue';
import type { enToday } from '../en/today';

export const kkToday: Leaves<typeof enToday> = {
  today: {
    title: 'Бүгін',
    count: 'Бүгінгі келушілер: {{count}}',
    empty: 'Бүгін әлі ешбір келуші тіркелмеген.',
    columns: { day: 'Күні', time: 'Уақыты', name: 'Азамат', iin: 'ЖСН', kind: 'Түрі', status: 'Күйі', desk: 'Терезе' },
    noIin: 'көрсетілмеген',
  },
  walkIn: {
    title: 'Жазылусыз келген азаматты тіркеу',
    hint: 'Алдын ала уақытқа жазылмаған азамат. Alt+N осы жерге апарады.',
    name: 'Азаматтың толық аты-жөні',
    iin: 'ЖСН (міндетті емес)',
    iinHint: '12 цифр',
    submit: 'Тіркеу',
    saved: 'Келуші тіркеліп, сақталды.',
  },
  bookingColumns: { date: 'Күні', time: 'Уақыты', iin: 'ЖСН', name: 'Аты-жөні', service: 'Қызмет', code: 'Жазылу коды' },
};
