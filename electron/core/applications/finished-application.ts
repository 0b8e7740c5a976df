import { serviceByCode, type ServiceCatalogue } from '../../../shared/catalogue/catalogue';
import { ApiError } from '../../../shared/contract/errors';
import { toFieldIssues } from '../../../shared/contract/issues';
import { checkReceiver, crossFieldProblems, finishedFieldsSchema, type ApplicationDraft } from '../../../shared/domain/application';
import type { Application } from '../../../shared/domain/application-record';
import { checkIin } from '../../../shared/domain/iin';

export type FinishedParts = Pick<Application, 'fields' | 'birthDate' | 'sex' | 'receiverOverridden'>;

/**
 * Checks a whole application as finishing requires and returns it normalised (phone written
 * +7 7XX XXX XX XX, trimmed text) with the birth date and sex the IIN gives. Field problems come
 * back as `contract.invalid_input` with paths under `fields`, like any other input error.
 */
export function finishedParts(fields: ApplicationDraft, catalogue: ServiceCatalogue): FinishedParts {
  const parsed = finishedFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    throw new ApiError(
      'contract.invalid_input',
      toFieldIssues(parsed.error).map((issue) => ({ ...issue, path: ['fields', ...issue.path] })),
    );
  }
  const service = serviceByCode(catalogue, parsed.data.serviceCode);
  const problems = crossFieldProblems(catalogue, service, parsed.data);
  const receiver = checkReceiver(catalogue, service, parsed.data);
  if (!receiver.ok && !problems.some((problem) => problem.field === receiver.field)) problems.push(receiver);
  if (problems.length > 0 || !receiver.ok) {
    throw new ApiError('contract.invalid_input', problems.map(({ field, message }) => ({ path: ['fields', field], message })));
  }
  const iin = checkIin(parsed.data.iin);
  return {
    fields: parsed.data,
    birthDate: iin.ok ? iin.facts.birthDate : null,
    sex: iin.ok ? iin.facts.sex : null,
    receiverOverridden: receiver.overridden,
  };
}
