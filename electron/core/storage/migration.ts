/**
 * One step of the schema's history. Append only: a released migration is never edited, because
 * workstations in the field already ran it. Each runs in its own transaction and bumps
 * `PRAGMA user_version`.
 */
export type Migration = { version: number; name: string; sql: string };
