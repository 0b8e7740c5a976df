import type { z } from 'zod';
import type { MethodSpec } from './method-spec';
import { applicationMethods } from './methods/application-methods';
import { attachmentMethods } from './methods/attachment-methods';
import { hubMethods } from './methods/hub-methods';
import { intakeMethods } from './methods/intake-methods';
import { preferenceMethods } from './methods/preference-methods';
import { reportMethods } from './methods/report-methods';
import { settingsMethods } from './methods/settings-methods';
import { staffMethods } from './methods/staff-methods';
import { scannerMethods } from './methods/scanner-methods';
import { syncMethods } from './methods/sync-methods';
import { statementMethods } from './methods/statement-methods';
import { visitMethods } from './methods/visit-methods';

export { MAX_VISITS_PER_DAY, manualStatuses } from './methods/visit-methods';

/**
 * The one API contract between the renderer and the core. Both transports (Electron IPC and the
 * loopback harness) serve exactly these methods, and every input is parsed with `input` before a
 * handler sees it. Inputs are strict objects: unknown fields are refused, not ignored.
 */
export const contract = {
  ...visitMethods,
  ...applicationMethods,
  ...attachmentMethods,
  ...intakeMethods,
  ...statementMethods,
  ...preferenceMethods,
  ...scannerMethods,
  ...syncMethods,
  ...reportMethods,
  ...settingsMethods,
  ...staffMethods,
  ...hubMethods,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
