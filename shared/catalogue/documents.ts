import type { Localized } from './localized';
import type { ChecklistItem } from './standard';

/**
 * Items every application has beside its service's checklist. The signed statement is the
 * application itself, filed only when its QR code is recognised; it is never listed on the
 * statement. "Other" is any further paper the citizen brings, named by the operator when attached.
 */
export const SIGNED_STATEMENT = 'signed-statement';
export const OTHER_DOCUMENT = 'other';

export const builtInItems = {
  [SIGNED_STATEMENT]: {
    kk: 'Қызмет алушының қол қойылған өтініші',
    ru: 'Подписанное заявление услугополучателя',
    en: 'The applicant’s signed statement',
  },
  [OTHER_DOCUMENT]: { kk: 'Басқа құжат', ru: 'Иной документ', en: 'Other document' },
} as const satisfies Record<string, Localized>;

/**
 * What every checklist falls back to where a service's standard could not be transcribed: the
 * identity document, which every standard asks for.
 */
export const identityDocumentItem: ChecklistItem = {
  code: 'identity-document',
  name: { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность', en: 'Identity document' },
  requirement: 'required',
  condition: null,
  provision: 'original-returned',
};
