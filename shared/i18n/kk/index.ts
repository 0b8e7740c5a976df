import type { Namespaces } from '../namespaces';
import { kkApplication } from './application';
import { kkAudit } from './audit';
import { kkCentre } from './centre';
import { kkCommon } from './common';
import { kkDocuments } from './documents';
import { kkErrors } from './errors';
import { kkIntake } from './intake';
import { kkReports } from './reports';
import { kkSettings } from './settings';
import { kkStaff } from './staff';
import { kkStatements } from './statements';
import { kkSync } from './sync';
import { kkToday } from './today';
import { kkValidation } from './validation';

export const kkNamespaces: Namespaces = {
  common: kkCommon,
  today: kkToday,
  intake: kkIntake,
  application: kkApplication,
  documents: kkDocuments,
  statements: kkStatements,
  sync: kkSync,
  reports: kkReports,
  settings: kkSettings,
  audit: kkAudit,
  staff: kkStaff,
  centre: kkCentre,
  errors: kkErrors,
  validation: kkValidation,
};
