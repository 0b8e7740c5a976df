import { applicationFields, usualIssuer, type ApplicationField } from '../../../shared/domain/application';
import type { Application } from '../../../shared/domain/application-record';
import type { Visit } from '../../../shared/domain/visit';

export type ApplicationValues = Record<ApplicationField, string>;

const empty = (): ApplicationValues => Object.fromEntries(applicationFields.map((field) => [field, ''])) as ApplicationValues;

/** What the form starts with: the saved application, or what the visit already tells about the citizen. */
export function initialValues(visit: Visit, application: Application | null): ApplicationValues {
  if (application) {
    const saved = Object.fromEntries(Object.entries(application.fields).filter(([, value]) => value !== undefined));
    return { ...empty(), ...saved };
  }
  // Names are written surname first at the desk, as on identity documents.
  const [surname = '', givenName = '', ...rest] = visit.citizenName.split(/\s+/).filter(Boolean);
  // Most citizens bring the ID card: it is the kind offered first.
  return { ...empty(), iin: visit.iin ?? '', serviceCode: visit.serviceCode ?? '', surname, givenName, patronymic: rest.join(' '), idDocumentKind: 'id-card', idDocumentIssuer: usualIssuer['id-card'] ?? '' };
}
