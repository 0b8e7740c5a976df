import type { Leaves } from './catalogue';
import type { enStaff, enStaffErrors, enStaffValidation } from './en-staff';

export const kkStaff: Leaves<typeof enStaff> = {
  sessionUi: {
    signInTitle: 'Кіру',
    signInIntro: 'Әр қызметкер өз логинімен кіреді: аудит журналы кім не істегенін көрсетеді.',
    lockedTitle: 'Жұмыс орны құлыпталған',
    lockedIntro: '{{name}} жұмыс істеген. Жалғастыру үшін осы немесе басқа қызметкер қайта кіреді.',
    login: 'Логин',
    secret: 'ПИН-код немесе құпиясөз',
    submit: 'Кіру',
    signOut: 'Шығу',
    lock: 'Құлыптау',
    signedInAs: '{{name}}, {{role}}',
    roles: { operator: 'оператор', supervisor: 'басшы' },
  },
  securityUi: {
    title: 'Қалпына келтіру кілті',
    hint: 'Дерекқор мен барлық скандар осы жұмыс орнының кілтімен шифрланған, оны операциялық жүйе қорғайды. Қалпына келтіру кілтін жазып алыңыз немесе басып шығарыңыз да, жұмыс орнынан бөлек құлыпта сақтаңыз: осы орынның көшірмелерін басқа орында қалпына келтіруге ол керек.',
    show: 'Қалпына келтіру кілтін көрсету',
    restoreField: 'Қалпына келтіру кілті',
    restoreHint: 'Тек басқа жұмыс орнының көшірмесі үшін: оның басшысы сақтаған кілт.',
  },
  staffUi: {
    title: 'Қызметкерлер',
    add: 'Қызметкер қосу',
    addSubmit: 'Қосу',
    added: 'Есептік жазба құрылды.',
    saved: 'Сақталды.',
    login: 'Логин',
    name: 'Толық аты-жөні',
    role: 'Рөлі',
    secret: 'ПИН-код (кемінде 6 сан) немесе құпиясөз (кемінде 10 таңба)',
    newSecret: 'Жаңа ПИН-код немесе құпиясөз',
    setSecret: 'Орнату',
    state: 'Күйі',
    active: 'Белсенді',
    disabled: 'Өшірілген',
    lockedUntil: '{{time}} дейін құлыпталған',
    unlock: 'Құлпын ашу',
    disable: 'Өшіру',
    enable: 'Қосу',
    makeSupervisor: 'Басшы ету',
    makeOperator: 'Оператор ету',
    firstSupervisor: 'Бірінші басшы',
    firstSupervisorHint: 'Бұл есептік жазба жұмыс орнын басқарады: баптаулар, қызметкерлер, сақтық көшірмелер, аудит журналы. ПИН-кодты немесе құпиясөзді сенімді сақтаңыз.',
  },
};

export const kkStaffErrors: Leaves<typeof enStaffErrors> = {
  session: {
    required: 'Алдымен кіріңіз.',
    locked: 'Жұмыс орны құлыпталған. Жалғастыру үшін кіріңіз.',
    wrong_credentials: 'Логин немесе ПИН-код/құпиясөз қате.',
    account_locked: 'Қате әрекет тым көп: есептік жазба 15 минутқа немесе басшы ашқанша құлыпталды.',
  },
  access: { supervisor_only: 'Мұны тек басшы істей алады. Басшы ретінде кіріңіз.' },
  staff: {
    already_set_up: 'Бұл жұмыс орнында бірінші басшы бар.',
    login_taken: 'Бұл логин бос емес.',
    not_found: 'Есептік жазба табылмады.',
    last_supervisor: 'Бұл соңғы белсенді басшы: алдымен басқасын тағайындаңыз.',
  },
};

export const kkStaffValidation: Leaves<typeof enStaffValidation> = {
  staff_login: 'Логин: 3-тен 40-қа дейін латын әрпі, сан, нүкте, сызықша немесе астын сызу.',
  staff_secret: 'Кемінде 6 саннан тұратын ПИН-код немесе кемінде 10 таңбалы құпиясөз.',
  staff_id: 'Есептік жазба идентификаторы жарамсыз.',
};
