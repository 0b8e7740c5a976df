/** The paperwork of the state standards: identity document, district, bank account, representative, checklist, statement language. */
export const enPaperworkFields = {
  idDocumentKind: 'Identity document',
  idDocumentNumber: 'Document number',
  idDocumentIssuedOn: 'Date of issue',
  idDocumentIssuer: 'Issued by',
  districtKato: 'District or city',
  phoneOther: 'Other phone (optional)',
  iban: 'Account (IBAN)',
  bankName: 'Bank',
  representativeName: 'Representative’s full name',
  representativeIin: 'Representative’s IIN',
  representativeDocument: 'Document of authority (e.g. power of attorney)',
  representativeDocumentNumber: 'Its number',
  representativeDocumentDate: 'Its date',
};

export const enPaperwork = {
  shortcuts: { title: 'Keyboard shortcuts', walkIn: 'Today: go to the walk-in form', checkIn: 'Today, in the check-in box: check the chosen citizen in', choose: 'Today, in the check-in box: choose among the matches', open: 'Today: open the visit just checked in or logged', next: 'Go to the next field', finish: 'In the application form: go to the next field still to fill; finish when none is left', help: 'This list (also ? outside a text field)' },
  statementsUi: { title: 'Statements', scanHint: 'Scan the signed statements here, one file or page after another: each finds its visit by its QR code.', none: 'No statement is waiting for a signature today.', waiting: 'Printed, waiting for the signature' },
  paperwork: {
    approvalHint: 'A supervisor approves here with their own login and PIN; the waiver is recorded as theirs.',
    approvalLogin: 'Supervisor’s login',
    approvalSecret: 'Supervisor’s PIN or password',
    fixFields: 'Check these fields: {{fields}}.',
    identitySection: 'Identity document',
    idKinds: { 'id-card': 'ID card', passport: 'Passport', 'residence-permit': 'Residence permit', 'stateless-certificate': 'Stateless person’s certificate' },
    iinDate: 'Date in the IIN: {{date}}',
    bankSection: 'Bank account for the payment',
    bankHint: 'This service pays money: the statement carries the account.',
    representativeSection: 'Representative',
    representativeToggle: 'Someone applies for the citizen',
    datePlaceholder: 'dd.mm.yyyy',
    printLayout: 'Statement language',
    layouts: { 'kk-ru': 'Kazakh and Russian', kk: 'Kazakh only', ru: 'Russian only' },
    requirement: { required: 'required', conditional: 'if: {{condition}}' },
    provision: {
      'original-returned': 'original shown, scanned and returned',
      'copy-kept': 'a copy is handed in',
      'original-kept': 'the original is handed in',
      'from-state-systems': 'the centre obtains it from state systems: do not ask the citizen',
    },
    standardSource: 'From the state standard: {{reference}} (version of {{date}}).',
    standardUnknown: 'The state standard of this service could not be found: only the identity document is listed. Check the full list with 1414 before the citizen leaves.',
    otherLabel: 'What the document is',
    otherLabelHint: 'The statement lists it by this name.',
    files_one: '{{count}} file',
    files_other: '{{count}} files',
  },
};

export const enPaperworkValidation = {
  attachment_image_too_large: 'The image declares a page larger than any scan (over 100 megapixels, or over 500 pages): it is refused before it is opened.',
  secret_mismatch: 'The two entries differ: type the same PIN or password twice.',
  service_unknown: 'No active service has the code «{{code}}».',
  postal_code: 'A postcode has 6 digits (010000) or Kazpost’s 7 characters (A01P3K4).',
  phone_prefix: 'Eleven digits starting with 7: write +7 in front, or only the 10 digits of the number.',
  phone_too_short: 'One or more digits are missing: a number has 10 digits after +7 or 8.',
  phone_too_long: 'Too many digits: a number has 10 digits after +7 or 8.',
  iban_country: 'Enter a Kazakhstan account: it starts with KZ.',
  iban_length: 'A Kazakhstan IBAN has 20 characters.',
  iban_checksum: 'The check digits of this IBAN do not match: check the account number.',
  iban_required: 'This service pays money: enter the citizen’s account (IBAN).',
  date: 'Enter a date (dd.mm.yyyy).',
  document_number: 'Use letters, digits, spaces and hyphens only.',
  district: 'Choose the district or city of registration.',
  receiver_unknown: 'No receiver is known for this address: choose the region and district.',
  representative_is_applicant: 'The representative cannot be the citizen.',
  document_label_required: 'Say what this document is: the statement lists it by that name.',
  checklist_item_unknown: 'This service’s checklist has no such document: attach it as “other” with its name.',
  duplicate_checklist_item: 'Two documents of one service share a code.',
  condition_mismatch: 'A conditional document needs its condition, a required one none.',
  duplicate_district: 'Two districts share one code.',
};

/** The visit's next step in words, beside its buttons. */
export const enPaperworkIntake = {
  openNow: 'Open the visit',
  logAsWalkIn: 'Log as a walk-in',
  backToApplication: 'Back to the application (to correct it)',
  nextStep: { in_service: 'Next: finish the application, then print the statement for the citizen to sign.', statement_printed: 'Next: the citizen signs; scan the signed statement back in.', signed: 'Next: attach the documents on the list and mark the application complete.' },
};

/** Added to the documents panel's words. */
export const enPaperworkDocuments = { removeConfirm: 'Remove {{name}}' };
