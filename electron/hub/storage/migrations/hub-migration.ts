/**
 * One step of the hub database's history, as the desk's migrations are: append only, each run once
 * in its own transaction, tracked by `PRAGMA user_version`. A released one is never edited.
 */
export type HubMigration = { version: number; name: string; sql: string };
