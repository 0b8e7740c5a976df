import type { StaffRole } from '../domain/staff';
import type { MethodName } from './api';

/**
 * Who may call each contract method; the core checks it on every call, whatever the UI shows.
 * `anyone` needs no sign-in: what the shell reads before the sign-in screen, signing in itself, and
 * the first-run steps (which refuse once the workstation is set up). The map is exhaustive, so a new
 * method does not compile until someone has decided who may call it.
 */
export type Access = 'anyone' | StaffRole;

export const methodAccess = {
  'session.get': 'anyone',
  'session.signIn': 'anyone',
  'session.signOut': 'anyone',
  'session.lock': 'anyone',
  'session.touch': 'operator',
  'health.get': 'anyone',
  'preferences.get': 'anyone',
  'preferences.setLanguage': 'anyone',
  'catalogue.current': 'anyone',
  'staff.createFirstSupervisor': 'anyone',
  'settings.get': 'anyone',

  'visits.listForDay': 'operator',
  'visits.logWalkIn': 'operator',
  'visits.get': 'operator',
  'visits.findForCheckIn': 'operator',
  'visits.checkIn': 'operator',
  'visits.transition': 'operator',
  'visits.closeDay': 'operator',
  'search.visits': 'operator',
  'bookings.import': 'operator',
  'applications.saveDraft': 'operator',
  'applications.finish': 'operator',
  'applications.correct': 'operator',
  'applications.complete': 'operator',
  'attachments.list': 'operator',
  'uploads.begin': 'operator',
  'uploads.chunk': 'operator',
  'attachments.add': 'operator',
  'attachments.read': 'operator',
  'attachments.rotate': 'operator',
  'attachments.remove': 'operator',
  'attachments.export': 'operator',
  'statements.export': 'operator',
  'statements.print': 'operator',
  'statements.matchSignedScan': 'operator',
  'scanner.inbox': 'operator',
  'scanner.assign': 'operator',
  'scanner.discard': 'operator',
  'sync.status': 'operator',
  'sync.now': 'operator',
  'sync.pause': 'operator',
  'reports.register': 'operator',
  'reports.summary': 'operator',
  'reports.file': 'operator',
  'reports.print': 'operator',
  'backups.state': 'operator',
  'hub.status': 'operator',
  'hub.checkIn': 'operator',
  'hub.printTicket': 'operator',
  'hub.callNext': 'operator',
  'hub.callAgain': 'operator',
  'hub.notHere': 'operator',
  'hub.transfer': 'operator',
  'hub.finish': 'operator',
  'hub.figures': 'operator',
  'hub.pullCentral': 'operator',

  // A waiver lets an application go without a required document: a supervisor's decision.
  // An operator may ask; the core then needs a supervisor's login and PIN given in the same call.
  'attachments.waive': 'operator',
  'scanner.setFolder': 'supervisor',
  'sync.enrol': 'supervisor',
  // Pairing gives the desk a credential on the centre's hub; which window it is, is the supervisor's to set.
  'hub.pair': 'supervisor',
  'hub.setWindow': 'supervisor',
  // Closing the day decides the centre's no-shows once: a supervisor's act, on a supervisor's pairing.
  'hub.closeDay': 'supervisor',
  // A hall screen's link holds a key that reads the queue: the supervisor's to hand out.
  'hub.displayLink': 'supervisor',
  'hub.showDisplay': 'supervisor',
  'settings.update': 'supervisor',
  // Until the first supervisor exists the core lets the wizard through (see the session gate).
  'settings.finishSetup': 'supervisor',
  'backups.run': 'supervisor',
  'backups.list': 'supervisor',
  'backups.restore': 'supervisor',
  'audit.list': 'supervisor',
  'audit.verify': 'supervisor',
  'diagnostics.collect': 'supervisor',
  'security.recoveryKey': 'supervisor',
  'retention.run': 'supervisor',
  'staff.list': 'supervisor',
  'staff.create': 'supervisor',
  'staff.update': 'supervisor',
  'staff.resetSecret': 'supervisor',
  'staff.unlock': 'supervisor',
} as const satisfies Record<MethodName, Access>;

/** Whether a role is enough for what a method asks; a supervisor may do all an operator may. */
export function roleAllows(role: StaffRole, needed: StaffRole): boolean {
  return needed === 'operator' || role === 'supervisor';
}
