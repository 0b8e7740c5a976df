import type { Handlers } from '../../../shared/contract/dispatch';
import type { RetentionJob } from './retention-job';

/** A supervisor may run the retention pass now instead of waiting for its schedule. */
export function createRetentionHandlers(retention: Pick<RetentionJob, 'run'>): Pick<Handlers, 'retention.run'> {
  return { 'retention.run': () => ({ removed: retention.run() }) };
}
