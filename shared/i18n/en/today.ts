/** Today: the day’s visits, the walk-in form and the columns of a bookings file. */
export const enToday = {
  today: {
    title: 'Today',
    count: 'Visits today: {{count}}',
    empty: 'No visits have been logged today yet.',
    columns: { day: 'Date', time: 'Time', name: 'Citizen', iin: 'IIN', kind: 'Kind', status: 'Status', desk: 'Window' },
    noIin: 'not given',
  },
  walkIn: {
    title: 'Log a walk-in citizen',
    hint: 'A citizen without a booked time. Alt+N jumps here.',
    name: 'Citizen’s full name',
    iin: 'IIN (optional)',
    iinHint: '12 digits',
    submit: 'Log walk-in',
    saved: 'Walk-in logged and saved.',
  },
  bookingColumns: { date: 'Date', time: 'Time', iin: 'IIN', name: 'Name', service: 'Service', code: 'Booking code' },
};
