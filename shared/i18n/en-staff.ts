/** Staff accounts, signing in and the locked screen. */
export const enStaff = {
  sessionUi: {
    signInTitle: 'Sign in',
    signInIntro: 'Each member of staff signs in with their own login: the audit log names who did what.',
    lockedTitle: 'The desk is locked',
    lockedIntro: '{{name}} was signed in. They, or another member of staff, sign in to go on.',
    login: 'Login',
    secret: 'PIN or password',
    submit: 'Sign in',
    signOut: 'Sign out',
    lock: 'Lock',
    signedInAs: '{{name}}, {{role}}',
    roles: { operator: 'operator', supervisor: 'supervisor' },
  },
  securityUi: {
    title: 'Recovery key',
    hint: 'The database and every scan are encrypted with this workstation’s key, which Windows protects. Write the recovery key down or print it, and keep it locked away from the workstation: restoring this workstation’s backups on another one needs it.',
    show: 'Show the recovery key',
    restoreField: 'Recovery key',
    restoreHint: 'Only for a backup another workstation made: the key its supervisor kept.',
  },
  staffUi: {
    title: 'Staff',
    add: 'Add a member of staff',
    addSubmit: 'Add',
    added: 'The account was created.',
    saved: 'Saved.',
    login: 'Login',
    name: 'Full name',
    role: 'Role',
    secret: 'PIN (6 digits or more) or password (10 characters or more)',
    newSecret: 'New PIN or password',
    secretAgain: 'Repeat the PIN or password',
    setSecret: 'Set',
    state: 'State',
    active: 'Active',
    disabled: 'Disabled',
    lockedUntil: 'Locked until {{time}}',
    unlock: 'Unlock',
    disable: 'Disable',
    enable: 'Enable',
    makeSupervisor: 'Make supervisor',
    makeOperator: 'Make operator',
    firstSupervisor: 'First supervisor',
    firstSupervisorHint: 'This account runs the workstation: settings, staff, backups, the audit log. Keep its PIN or password safe.',
  },
};

export const enStaffErrors = {
  session: {
    required: 'Sign in first.',
    locked: 'The desk is locked. Sign in to go on.',
    wrong_credentials: 'The login or the PIN/password is wrong.',
    account_locked: 'Too many wrong tries: this account is locked for 15 minutes, or until a supervisor unlocks it.',
  },
  access: { supervisor_only: 'Only a supervisor may do this. Sign in as a supervisor.' },
  staff: {
    already_set_up: 'This workstation already has its first supervisor.',
    login_taken: 'That login is already in use.',
    not_found: 'This account was not found.',
    last_supervisor: 'This is the last active supervisor: make another one first.',
  },
};

export const enStaffValidation = {
  staff_login: 'A login has 3 to 40 Latin letters, digits, dots, hyphens or underscores.',
  staff_secret: 'Use a PIN of at least 6 digits or a password of at least 10 characters.',
  staff_id: 'The account identifier is not valid.',
};
