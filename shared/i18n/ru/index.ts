import type { Namespaces } from '../namespaces';
import { ruApplication } from './application';
import { ruAudit } from './audit';
import { ruCentre } from './centre';
import { ruCommon } from './common';
import { ruDocuments } from './documents';
import { ruErrors } from './errors';
import { ruIntake } from './intake';
import { ruReports } from './reports';
import { ruSettings } from './settings';
import { ruStaff } from './staff';
import { ruStatements } from './statements';
import { ruSync } from './sync';
import { ruToday } from './today';
import { ruValidation } from './validation';

export const ruNamespaces: Namespaces = {
  common: ruCommon,
  today: ruToday,
  intake: ruIntake,
  application: ruApplication,
  documents: ruDocuments,
  statements: ruStatements,
  sync: ruSync,
  reports: ruReports,
  settings: ruSettings,
  audit: ruAudit,
  staff: ruStaff,
  centre: ruCentre,
  errors: ruErrors,
  validation: ruValidation,
};
