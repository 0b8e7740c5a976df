import { finishedFieldsSchema, type ApplicationField } from '../../../shared/domain/application';
import { toFieldIssues } from '../../../shared/contract/issues';

/**
 * The rule finishing applies to one field, alone: the catalogue key of its first problem, or null.
 * An empty field is not judged as it is left (it may be filled later, and a "required" appearing
 * under each field passed over would move the page under the operator's pointer); Finish does that.
 */
export function fieldProblem(field: ApplicationField, value: string): string | null {
  if (value.trim() === '') return null;
  const result = finishedFieldsSchema.shape[field].safeParse(value);
  return result.success ? null : (toFieldIssues(result.error)[0]?.message ?? 'validation.invalid_value');
}
