/** Every error code of the contract (`errors.<code>`), as the operator reads it. */
export const enErrors = {
  errors: {
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
    contract: {
      unknown_method: 'The app asked for an action the core does not know.',
      invalid_input: 'Some of the data entered is not valid.',
      invalid_output: 'The core answered in an unexpected form.',
    },
    transport: {
      unauthorized: 'Access denied. Reopen the application.',
      forbidden_sender: 'The request came from an unknown source.',
      payload_too_large: 'The data sent is too large.',
      unreachable: 'The application core could not be reached.',
    },
    storage: {
      unavailable: 'The database is not available. Nothing was saved.',
      damaged: 'The database is damaged: the app does not write to it. A supervisor restores the latest backup.',
    },
    visit: {
      duplicate_id: 'This visit has already been saved.',
      not_found: 'This visit was not found.',
      transition_refused: 'The visit cannot move to that status from where it is now.',
    },
    application: {
      not_found: 'This application was not found.',
      locked: 'The application is finished and locked; change it through a recorded correction.',
      not_finished: 'Finish the application first.',
      visit_mismatch: 'This application belongs to another visit.',
      documents_missing: 'Required documents are missing: attach them, or a supervisor records a waiver.',
    },
    bookings: { unreadable_file: 'The bookings file could not be read: check its format.' },
    statement: { print_unavailable: 'Printing needs the desktop app. Save the statement as PDF and print that file.' },
    attachment: {
      refused: 'The file was not attached.',
      not_found: 'This document was not found.',
      not_required: 'This document is not on the service’s checklist.',
    },
    upload: {
      not_found: 'The transfer of the file was interrupted. Add the file again.',
      out_of_order: 'Parts of the file arrived out of order. Add the file again.',
      incomplete: 'The file did not arrive whole. Add the file again.',
    },
    export: {
      unavailable: 'Exporting to a folder is not available here.',
      failed: 'The documents could not be written to that folder. Nothing was changed in the app.',
    },
    scanner: {
      not_found: 'This scan is no longer in the inbox.',
      folder_unavailable: 'That folder does not exist or cannot be opened.',
    },
    sync: {
      not_enrolled: 'This workstation is not enrolled with the central system yet.',
      enrolment_refused: 'The central system refused the enrolment: check the centre, window and enrolment code.',
      unreachable: 'The central system cannot be reached. Work continues offline; sending resumes by itself.',
      server_refused: 'The central system refused the request. Ask support to look at it.',
      server_busy: 'The central system is busy. Sending resumes by itself.',
      unauthorized: 'The central system no longer knows this workstation. A supervisor enrols it again.',
      bad_answer: 'The central system answered in an unexpected form. Sending resumes by itself.',
      not_central: 'Something between this desk and the central system answered instead of it (a sign-in page of the network or a proxy). Sending resumes by itself once the network lets it through.',
    },
    backup: {
      folder_unavailable: 'The backup folder does not exist or cannot be written to.',
      not_found: 'That backup is not there or did not finish.',
      damaged: 'The backup is damaged: its files do not match their checksums. Choose an older one.',
      blob_damaged: 'A stored scan does not match its checksum, so no backup was made. Call support.',
      failed: 'The backup could not be written. Check the folder and the free space.',
      running: 'A backup or restore is already under way.',
      recovery_key_needed: 'Another workstation made this backup: enter the recovery key its supervisor kept.',
      recovery_key_wrong: 'This recovery key does not open this backup.',
    },
    internal: { unexpected: 'An unexpected error occurred. Nothing was saved.' },
  },
};
