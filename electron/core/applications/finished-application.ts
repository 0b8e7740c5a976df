import { serviceByCode, type ServiceCatalogue } from '../../../shared/catalogue/catalogue';
import { ApiError } from '../../../shared/contract/errors';
import { toFieldIssues } from '../../../shared/contract/issues';
import { checkReceiver, finishedFieldsSchema, type ApplicationDraft } from '../../../shared/domain/application';
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
  const receiver = checkReceiver(serviceByCode(catalogue, parsed.data.serviceCode), parsed.data);
  if (!receiver.ok) throw new ApiError('contract.invalid_input', [{ path: ['fields', receiver.field], message: receiver.message }]);
  const iin = checkIin(parsed.data.iin);
  return {
    fields: parsed.data,
    birthDate: iin.ok ? iin.facts.birthDate : null,
    sex: iin.ok ? iin.facts.sex : null,
    receiverOverridden: receiver.overridden,
  };
}
