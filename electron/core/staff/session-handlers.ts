import type { Handlers } from '../../../shared/contract/dispatch';
import type { DeskSession } from './desk-session';

export type SessionMethod = 'session.get' | 'session.signIn' | 'session.signOut' | 'session.lock' | 'session.touch' | 'staff.createFirstSupervisor';

/** Who works at the desk: the session lives beside the data, so a restore does not end it unasked. */
export function createSessionHandlers(session: DeskSession): Pick<Handlers, SessionMethod> {
  return {
    'session.get': () => session.view(),
    'session.signIn': ({ login, secret }) => session.signIn(login, secret),
    'session.signOut': () => session.signOut(),
    'session.lock': () => session.lock('operator'),
    'session.touch': () => session.touch(),
    'staff.createFirstSupervisor': (member) => session.createFirstSupervisor(member),
  };
}
