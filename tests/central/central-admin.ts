import type { IncomingMessage } from 'node:http';
import type { Answer } from './central-operations';
import type { CentralStore } from './central-store';
import type { Faults, FaultSwitches } from './faults';

type AdminDeps = {
  store: () => CentralStore;
  faults: FaultSwitches;
  stats: { requestBodyBytes: number; requests: Record<string, number> };
  backups: { take: () => void; restore: () => boolean };
  readJson: (request: IncomingMessage) => Promise<unknown>;
  /** Codes, rotation, revocation and signed staff accounts (central-enrolment-admin.ts). */
  enrolment: (request: IncomingMessage, path: string, body: Record<string, unknown>) => Answer | undefined;
};

export type Decision = { applicationId: string; outcome: 'accepted' | 'rejected' | 'needs_information'; reason?: string | null; version?: number };

/**
 * What the central system's back office would do, for a person watching a demo and for tests
 * driving the server from another process: decide, publish bookings, catalogues and staff accounts,
 * switch faults.
 * Not part of the protocol; the reference server listens on 127.0.0.1 only.
 */
export function decide(store: CentralStore, decision: Decision): Answer {
  const held = store.application(decision.applicationId);
  if (!held) return { status: 404, body: { code: 'application.unknown', message: 'Not received' } };
  store.addChange(held.centre_id, 'decision', {
    applicationId: held.id,
    version: decision.version ?? held.version,
    outcome: decision.outcome,
    reason: decision.reason ?? null,
    decidedAt: new Date().toISOString(),
  });
  return { status: 201, body: { ok: true } };
}

export function createAdminRoutes({ store, faults, stats, backups, readJson, enrolment }: AdminDeps) {
  return async (request: IncomingMessage, path: string): Promise<Answer> => {
    const body = request.method === 'POST' ? ((await readJson(request)) as Record<string, unknown>) : {};
    const enrolmentAnswer = enrolment(request, path, body);
    if (enrolmentAnswer) return enrolmentAnswer;
    switch (`${request.method} ${path}`) {
      case 'POST /_admin/faults':
        faults.set(body as Faults);
        return { status: 200, body: { ok: true } };
      case 'POST /_admin/decisions':
        return decide(store(), body as Decision);
      case 'POST /_admin/bookings':
        for (const booking of body.bookings as Record<string, unknown>[]) store().addChange(String(body.centreId), 'booking', { booking });
        return { status: 201, body: { ok: true } };
      case 'POST /_admin/catalogues':
        store().addChange(null, 'catalogue', { catalogue: body.catalogue });
        return { status: 201, body: { ok: true } };
      case 'POST /_admin/backup':
        backups.take();
        return { status: 201, body: { ok: true } };
      case 'POST /_admin/restore':
        // As a restore from the newest backup: what came since is lost, and the epoch is new.
        return backups.restore() ? { status: 200, body: { ok: true, epoch: store().epoch() } } : { status: 409, body: { code: 'admin.no_backup', message: 'No backup taken yet' } };
      case 'GET /_admin/state':
        return {
          status: 200,
          body: { epoch: store().epoch(), applications: store().allApplications().map(({ id, version }) => ({ id, version })), blobs: store().blobs().length, stats },
        };
      default:
        return { status: 404, body: { code: 'admin.unknown', message: 'No such admin route' } };
    }
  };
}
