import type { AttachmentRepository } from '../storage';
import { attachmentLimits } from './attachment-checks';
import { refuse } from './attachment-rules';

/**
 * Bytes of scans being stored for each application but not yet recorded, per desk (its attachment
 * rows). The desk imports several files at once: two scans into one application must not pass its
 * limit together where each alone, checked against the rows already recorded, would not.
 */
const storing = new WeakMap<AttachmentRepository, Map<string, number>>();

/**
 * Claims room for `bytes` more in an application, or refuses the file as too much for it. The
 * claim holds until the returned release is called, once the file is recorded or has failed.
 */
export function claimApplicationSpace(attachments: AttachmentRepository, applicationId: string, bytes: number): () => void {
  const claims = storing.get(attachments) ?? new Map<string, number>();
  storing.set(attachments, claims);
  const claimed = claims.get(applicationId) ?? 0;
  if (attachments.totalSize(applicationId) + claimed + bytes > attachmentLimits.applicationBytes) refuse('application_too_large');
  claims.set(applicationId, claimed + bytes);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (claims.get(applicationId) ?? 0) - bytes;
    if (left > 0) claims.set(applicationId, left);
    else claims.delete(applicationId);
  };
}
