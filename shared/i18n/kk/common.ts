import type { Leaves } from '../catalogue';
import type { enCommon } from '../en/common';

export const kkCommon: Leaves<typeof enCommon> = {
  app: { title: 'Қабылдау', subtitle: 'Халыққа қызмет көрсету орталығының қабылдау үстелі' },
  nav: {
    label: 'Бөлімдер',
    today: 'Бүгін',
    intake: 'Қабылдау',
    statements: 'Өтініштер',
    sync: 'Синхрондау',
    reports: 'Есептер',
    settings: 'Баптаулар',
    staff: 'Қызметкерлер',
    centre: 'Орталық',
  },
  language: { label: 'Тіл', kk: 'Қазақша', ru: 'Русский', en: 'English' },
  common: { loading: 'Жүктелуде…', retry: 'Қайталау', errorTitle: 'Қате орын алды', confirm: 'Растау', cancel: 'Болдырмау' },
  shortcuts: { title: 'Пернетақта тіркесімдері', walkIn: 'Бүгін: жазылусыз келген азаматты тіркеу формасына өту', checkIn: 'Бүгін, белгілеу жолағында: таңдалған азаматтың келгенін белгілеу', choose: 'Бүгін, белгілеу жолағында: табылғандардың ішінен таңдау', open: 'Бүгін: жаңа белгіленген немесе тіркелген келуді ашу', next: 'Келесі өріске өту', finish: 'Өтінім формасында: толтырылмаған келесі өріске өту; бәрі толса, өтінімді аяқтау', help: 'Осы тізім (мәтін өрісінен тыс ? пернесі де)' },
  visit: {
    kind: { booked: 'Алдын ала жазылған', 'walk-in': 'Жазылусыз' },
    status: {
      booked: 'Жазылған',
      arrived: 'Келді',
      in_service: 'Қызмет көрсетілуде',
      statement_printed: 'Өтініш басып шығарылды',
      signed: 'Қол қойылды',
      queued: 'Жіберуге кезекте',
      sent: 'Жіберілді',
      accepted: 'Қабылданды',
      rejected: 'Қабылданбады',
      needs_information: 'Қосымша мәлімет қажет',
      cancelled: 'Тоқтатылды',
      no_show: 'Келмеді',
    },
  },
};
