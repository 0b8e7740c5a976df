import type { Localized } from './localized';

/**
 * Documents a checklist can ask for. Only those every service needs are listed: the article says
 * each application carries the citizen's identity and their signed application. Service-specific
 * lists come from the state service standards, which are not transcribed yet (see services.ts).
 */
export const documentKinds = {
  'identity-document': {
    kk: 'Жеке басын куәландыратын құжат',
    ru: 'Документ, удостоверяющий личность',
    en: 'Identity document',
  },
  'signed-statement': {
    kk: 'Қызмет алушының қол қойылған өтініші',
    ru: 'Подписанное заявление услугополучателя',
    en: 'The applicant’s signed statement',
  },
} as const satisfies Record<string, Localized>;

export type DocumentKind = keyof typeof documentKinds;
export const alwaysRequired: readonly DocumentKind[] = ['identity-document', 'signed-statement'];
