import type { IncomingMessage } from 'node:http';
import type { Answer } from './central-operations';
import type { CentralStore } from './central-store';
import type { CentralSigning, StaffAccount } from './central-signing';

/**
 * The back office's side of enrolment and staff accounts (admin routes, not the protocol): issue a
 * code for a centre and desk, ask devices to rotate their credential, revoke them, and publish a
 * staff account signed with the central key (`"unsigned": true` publishes one as a forger would).
 * Devices are named by `deviceId`, or by `centreId` and `deskId`.
 */
export function enrolmentAdmin(store: () => CentralStore, signing: CentralSigning) {
  const named = (body: Record<string, unknown>) =>
    store().enrolments.devices({ deviceId: body.deviceId as string | undefined, centreId: body.centreId as string | undefined, deskId: body.deskId as string | undefined });
  return (request: IncomingMessage, path: string, body: Record<string, unknown>): Answer | undefined => {
    const now = new Date();
    switch (`${request.method} ${path}`) {
      case 'POST /_admin/enrolment-codes': {
        const expiresAt = typeof body.expiresAt === 'string' ? new Date(body.expiresAt) : undefined;
        return { status: 201, body: store().enrolments.issueCode(String(body.centreId), String(body.deskId), now, expiresAt) };
      }
      case 'POST /_admin/devices/rotate':
      case 'POST /_admin/devices/revoke': {
        const devices = named(body);
        if (devices.length === 0) return { status: 404, body: { code: 'device.unknown', message: 'No such device' } };
        for (const device of devices) {
          if (path.endsWith('rotate')) store().enrolments.requestRotation(device.id, now);
          else store().enrolments.revoke(device.id, now);
        }
        return { status: 200, body: { devices: devices.map((device) => device.id) } };
      }
      case 'POST /_admin/staff': {
        const centreId = String(body.centreId);
        const staff = body.staff as StaffAccount;
        store().addChange(centreId, 'staff', { staff, ...(body.unsigned === true ? {} : { signature: signing.signStaff(centreId, staff) }) });
        return { status: 201, body: { ok: true } };
      }
      default:
        return undefined;
    }
  };
}
