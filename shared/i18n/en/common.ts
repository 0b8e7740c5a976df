/** What the shell and every area say alike: the app, its navigation, languages, shortcuts, and a visit’s kind and status. */
export const enCommon = {
  app: { title: 'Qabyldau', subtitle: 'Public service centre front desk' },
  nav: {
    label: 'Areas',
    today: 'Today',
    intake: 'Intake',
    statements: 'Statements',
    sync: 'Sync',
    reports: 'Reports',
    settings: 'Settings',
    staff: 'Staff',
  },
  language: { label: 'Language', kk: 'Қазақша', ru: 'Русский', en: 'English' },
  common: { loading: 'Loading…', retry: 'Try again', errorTitle: 'Something went wrong', confirm: 'Confirm', cancel: 'Cancel' },
  shortcuts: { title: 'Keyboard shortcuts', walkIn: 'Today: go to the walk-in form', checkIn: 'Today, in the check-in box: check the chosen citizen in', choose: 'Today, in the check-in box: choose among the matches', open: 'Today: open the visit just checked in or logged', next: 'Go to the next field', finish: 'In the application form: go to the next field still to fill; finish when none is left', help: 'This list (also ? outside a text field)' },
  visit: {
    kind: { booked: 'Booked', 'walk-in': 'Walk-in' },
    status: {
      booked: 'Booked',
      arrived: 'Arrived',
      in_service: 'In service',
      statement_printed: 'Statement printed',
      signed: 'Signed',
      queued: 'Queued for sync',
      sent: 'Sent',
      accepted: 'Accepted',
      rejected: 'Rejected',
      needs_information: 'Needs information',
      cancelled: 'Cancelled',
      no_show: 'Did not come',
    },
  },
};
