/**
 * One step of the schema's history. Append only: a released migration is never edited, because
 * workstations in the field already ran it; its SQL stays byte for byte as released, indentation
 * included, so what a test runs is what the desks ran. Each runs in its own transaction and bumps
 * `PRAGMA user_version`.
 */
export type Migration = { version: number; name: string; sql: string };
