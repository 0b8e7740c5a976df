import { enApplication } from './application';
import { enAudit } from './audit';
import { enCentre } from './centre';
import { enCommon } from './common';
import { enDocuments } from './documents';
import { enErrors } from './errors';
import { enIntake } from './intake';
import { enReports } from './reports';
import { enSettings } from './settings';
import { enStaff } from './staff';
import { enStatements } from './statements';
import { enSync } from './sync';
import { enToday } from './today';
import { enValidation } from './validation';

/**
 * The English catalogue by area of the app, each area an i18next namespace, in navigation order. It
 * is the shape of every language: kk/ and ru/ hold the same files, each typed by its English one.
 */
export const enNamespaces = {
  common: enCommon,
  today: enToday,
  intake: enIntake,
  application: enApplication,
  documents: enDocuments,
  statements: enStatements,
  sync: enSync,
  reports: enReports,
  settings: enSettings,
  audit: enAudit,
  staff: enStaff,
  centre: enCentre,
  errors: enErrors,
  validation: enValidation,
};
