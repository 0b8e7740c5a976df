import { createContext, useContext } from 'react';
import type { SessionView } from '../../../shared/domain/staff';

export type DeskSessionContext = { session: SessionView; signOut(): void; lock(): void };

export const SessionContext = createContext<DeskSessionContext | null>(null);

export function useSession(): DeskSessionContext {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}
