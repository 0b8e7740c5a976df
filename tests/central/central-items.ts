import { ValidationContext, type OpenAPIBackend } from 'openapi-backend';
import type { Answer } from './central-operations';
import type { CentralStore } from './central-store';
import type { FaultSwitches } from './faults';

export type Reason = { code: string; message: string };

/**
 * Judges one item of a batch against ApplicationItem on its own. The request as a whole is only
 * checked for what every item must have to be answered (its id and version, BatchItem), so one
 * application that fails the schema is answered `rejected` with the validator's words while the
 * others are recorded. The messages name fields, never their values.
 */
export function itemChecker(api: OpenAPIBackend): (item: unknown) => Reason[] | null {
  const schemas = api.definition.components?.schemas as Record<string, object>;
  const validate = api.validator.getAjv(ValidationContext.RequestBody).compile(schemas.ApplicationItem!);
  return (item) => {
    if (validate(item)) return null;
    return (validate.errors ?? [])
      .slice(0, 20)
      .map((error) => ({ code: 'central.invalid_item', message: `ApplicationItem${error.instancePath} ${error.message ?? 'is not valid'}`.slice(0, 1000) }));
  };
}

/** The files of the query the server does not hold, in the order asked. */
export function missingBlobs(store: CentralStore, query: { blobs: string[] }): Answer {
  return { status: 200, body: { missing: query.blobs.filter((sha256) => !store.hasBlob(sha256)) } };
}

/** A switched refusal of a whole batch (400 or 413, nothing recorded), as a proxy's limit or a schema change would answer. */
export function batchRefusal(faults: FaultSwitches, batch: { items: { id: string }[] }): Answer | undefined {
  const status = faults.batchRefusal(batch.items.map((item) => item.id));
  if (status === undefined) return undefined;
  return { status, body: status === 413 ? { code: 'batch.too_large', message: 'The batch is larger than the server accepts' } : { code: 'request.invalid', message: 'The batch cannot be read' } };
}
