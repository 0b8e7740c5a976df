import { afterEach, describe, expect, it } from 'vitest';
import { claimApplicationSpace } from '../../electron/core/attachments/application-space';
import { attachmentLimits } from '../../electron/core/attachments/attachment-checks';
import { createAttachmentRepository } from '../../electron/core/storage/attachment-repository';
import { migrations } from '../../electron/core/storage/migrations';
import { databaseAtVersion } from '../support/database-at-version';

const usual = { ...attachmentLimits };
afterEach(() => Object.assign(attachmentLimits, usual));
/** The rule a claim is refused with, or null when it is granted. */
function refusal(claim: () => unknown): string | null {
  try {
    claim();
    return null;
  } catch (error) {
    return (error as { issues?: { message: string }[] }).issues?.[0]?.message ?? String(error);
  }
}
const tooLarge = 'validation.attachment_application_too_large';

describe('room claimed in an application for scans being stored', () => {
  it('counts scans still being stored with those recorded, frees the room of each when it ends, and keeps applications and desks apart', () => {
    attachmentLimits.applicationBytes = 1000;
    const attachments = createAttachmentRepository(databaseAtVersion(migrations.length));
    const first = claimApplicationSpace(attachments, 'application-a', 400);
    const second = claimApplicationSpace(attachments, 'application-a', 400);
    // Alone, against the rows recorded (none), 400 more would fit: the two claims are what refuse it.
    expect(refusal(() => claimApplicationSpace(attachments, 'application-a', 400))).toBe(tooLarge);
    // This claim of 200 is held to the end: the room left below counts it.
    expect(refusal(() => claimApplicationSpace(attachments, 'application-a', 200))).toBeNull();
    expect(refusal(() => claimApplicationSpace(attachments, 'application-b', 1000))).toBeNull();
    expect(refusal(() => claimApplicationSpace(createAttachmentRepository(databaseAtVersion(migrations.length)), 'application-a', 1000))).toBeNull();
    first();
    // A release counts once, however often it is called.
    first();
    expect(refusal(() => claimApplicationSpace(attachments, 'application-a', 500))).toBe(tooLarge);
    second();
    expect(refusal(() => claimApplicationSpace(attachments, 'application-a', 400))).toBeNull();
  });
});
