/** The printed statement, its signed scan, and the Statements page. */
export const enStatements = {
  statement: {
    print: 'Print the statement…',
    printed: 'Statement printed. Give it to the citizen to sign.',
    export: 'Save the statement as PDF',
    exported: 'Statement saved: {{file}}. Print it for the citizen to sign.',
    reprinted: 'Saved again: this copy is marked as a reprint.',
    scan: 'Signed scan (PDF, PNG, JPEG or TIFF)…',
    outcome: {
      matched: 'Signed statement recognised: the visit is marked signed.',
      otherVisit: 'This signed statement belongs to another visit; that visit is marked signed.',
      outdated: 'This paper is an earlier version of the statement, from before a correction. Print the current one and have it signed.',
      unknown_digest: 'The code on this paper does not match any statement printed here. Check the paper.',
      no_code: 'No statement code was found on this scan. Scan the first page again, straight and whole.',
      unknown_application: 'This statement belongs to an application this workstation does not hold.',
    },
  },
  statementsUi: { title: 'Statements', scanHint: 'Scan the signed statements here, one file or page after another: each finds its visit by its QR code.', none: 'No statement is waiting for a signature today.', waiting: 'Printed, waiting for the signature' },
};
