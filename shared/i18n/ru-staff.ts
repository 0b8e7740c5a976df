import type { Leaves } from './catalogue';
import type { enStaff, enStaffErrors, enStaffValidation } from './en-staff';

export const ruStaff: Leaves<typeof enStaff> = {
  sessionUi: {
    signInTitle: 'Вход',
    signInIntro: 'Каждый сотрудник входит под своим логином: журнал аудита показывает, кто что сделал.',
    lockedTitle: 'Рабочее место заблокировано',
    lockedIntro: 'Работал(а) {{name}}. Чтобы продолжить, войдите снова — этот или другой сотрудник.',
    login: 'Логин',
    secret: 'PIN-код или пароль',
    submit: 'Войти',
    signOut: 'Выйти',
    lock: 'Заблокировать',
    signedInAs: '{{name}}, {{role}}',
    roles: { operator: 'оператор', supervisor: 'руководитель' },
  },
  securityUi: {
    title: 'Ключ восстановления',
    hint: 'База данных и все сканы зашифрованы ключом этого рабочего места, который защищает Windows. Запишите или распечатайте ключ восстановления и храните его под замком отдельно от рабочего места: он нужен, чтобы восстановить копии этого места на другом.',
    show: 'Показать ключ восстановления',
    restoreField: 'Ключ восстановления',
    restoreHint: 'Только для копии другого рабочего места: ключ, который хранит его руководитель.',
  },
  staffUi: {
    title: 'Сотрудники',
    add: 'Добавить сотрудника',
    addSubmit: 'Добавить',
    added: 'Учётная запись создана.',
    saved: 'Сохранено.',
    login: 'Логин',
    name: 'ФИО',
    role: 'Роль',
    secret: 'PIN-код (от 6 цифр) или пароль (от 10 символов)',
    newSecret: 'Новый PIN-код или пароль',
    secretAgain: 'Повторите PIN-код или пароль',
    setSecret: 'Задать',
    state: 'Состояние',
    active: 'Активна',
    disabled: 'Отключена',
    lockedUntil: 'Заблокирована до {{time}}',
    unlock: 'Разблокировать',
    disable: 'Отключить',
    enable: 'Включить',
    makeSupervisor: 'Сделать руководителем',
    makeOperator: 'Сделать оператором',
    firstSupervisor: 'Первый руководитель',
    firstSupervisorHint: 'Эта учётная запись управляет рабочим местом: настройки, сотрудники, резервные копии, журнал аудита. Храните PIN-код или пароль надёжно.',
  },
};

export const ruStaffErrors: Leaves<typeof enStaffErrors> = {
  session: {
    required: 'Сначала войдите.',
    locked: 'Рабочее место заблокировано. Войдите, чтобы продолжить.',
    wrong_credentials: 'Неверный логин или PIN-код/пароль.',
    account_locked: 'Слишком много неверных попыток: учётная запись заблокирована на 15 минут или до разблокировки руководителем.',
  },
  access: { supervisor_only: 'Это может сделать только руководитель. Войдите как руководитель.' },
  staff: {
    already_set_up: 'У этого рабочего места уже есть первый руководитель.',
    login_taken: 'Этот логин уже занят.',
    not_found: 'Учётная запись не найдена.',
    last_supervisor: 'Это последний активный руководитель: сначала назначьте другого.',
  },
};

export const ruStaffValidation: Leaves<typeof enStaffValidation> = {
  staff_login: 'Логин: от 3 до 40 латинских букв, цифр, точек, дефисов или подчёркиваний.',
  staff_secret: 'PIN-код не короче 6 цифр или пароль не короче 10 символов.',
  staff_id: 'Неверный идентификатор учётной записи.',
};
