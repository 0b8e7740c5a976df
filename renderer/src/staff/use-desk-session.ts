import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../../../shared/contract/client';
import { ApiError } from '../../../shared/contract/errors';
import type { SessionView } from '../../../shared/domain/staff';
import { useCoreEvent } from '../api/use-core-event';

// How often typing or clicking is reported as activity: often enough for a lock within a minute
// of its time. The core says itself when the session changes (an idle lock, Windows locking).
const TOUCH_MS = 30_000;

/**
 * The desk's session as the shell sees it. The core decides (idle time, Windows lock); the shell
 * follows: every call that comes back "locked" or "sign in first" re-reads the session at once.
 */
export function useDeskSession(api: ApiClient, enabled: boolean) {
  const [session, setSession] = useState<SessionView | null>(null);
  const lastTouch = useRef(0);

  const refresh = useCallback(() => {
    api.call('session.get', {}).then(setSession, () => undefined);
  }, [api]);

  const guarded = useMemo<ApiClient>(
    () => ({
      call: async (method, input) => {
        try {
          return await api.call(method, input);
        } catch (error) {
          if (error instanceof ApiError && (error.code === 'session.locked' || error.code === 'session.required')) refresh();
          throw error;
        }
      },
    }),
    [api, refresh],
  );

  useEffect(() => {
    if (!enabled) return;
    refresh();
    const activity = () => {
      const now = Date.now();
      if (now - lastTouch.current < TOUCH_MS) return;
      lastTouch.current = now;
      api.call('session.touch', {}).then(setSession, () => undefined);
    };
    window.addEventListener('keydown', activity, true);
    window.addEventListener('pointerdown', activity, true);
    return () => {
      window.removeEventListener('keydown', activity, true);
      window.removeEventListener('pointerdown', activity, true);
    };
  }, [api, enabled, refresh]);

  useCoreEvent(['session.changed'], () => {
    if (enabled) refresh();
  });

  return { session, setSession, api: guarded };
}
