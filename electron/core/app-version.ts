/** The release this build is, as the health answer, diagnostics and the log name it. */
export const APP_VERSION = '0.1.0';
