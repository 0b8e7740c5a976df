import type { ErrorCode } from '../../../shared/contract/errors';

/**
 * Why the central system refused an enrolment, in the desk's terms. The code's own word decides
 * between a code for another centre or desk and one it does not know; the status says the rest.
 */
export function enrolmentRefusal(status: number, code: string | null): ErrorCode {
  if (status === 409) return 'sync.enrolment_used';
  if (status === 410) return 'sync.enrolment_expired';
  return code === 'enrolment.other_desk' ? 'sync.enrolment_other_desk' : 'sync.enrolment_refused';
}

/** The `code` of a problem answer, or null when the body is not one. */
export async function refusalCode(response: Response): Promise<string | null> {
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
    await response.body?.cancel().catch(() => {});
    return null;
  }
  try {
    const body = (await response.json()) as unknown;
    return typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string' ? body.code : null;
  } catch {
    return null;
  }
}
