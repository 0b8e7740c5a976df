import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { theme } from './theme';
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../../shared/contract/client';
import type { SessionView } from '../../../shared/domain/staff';
import { defaultLanguage, type Language } from '../../../shared/i18n/languages';
import { ApiContext } from '../api/api-context';
import { useCoreEvent } from '../api/use-core-event';
import { CatalogueProvider } from '../catalogue/catalogue-context';
import { switchLanguage } from '../i18n/i18n';
import { DamagedDatabasePage } from '../settings/DamagedDatabasePage';
import { FirstRunWizard } from '../settings/FirstRunWizard';
import { SessionContext } from '../common/session-context';
import { SignInPage } from '../staff/SignInPage';
import { useDeskSession } from '../staff/use-desk-session';
import { Shell } from './Shell';


type Gate =
  | { state: 'loading' }
  | { state: 'damaged'; backupFolder: string | null; language?: undefined }
  | { state: 'setup'; needsSupervisor: boolean; language: Language | null }
  | { state: 'ready'; language: Language | null };

async function readGate(api: ApiClient): Promise<Exclude<Gate, { state: 'loading' }>> {
  try {
    const health = await api.call('health.get', {});
    if (health.database === 'damaged') return { state: 'damaged', backupFolder: health.backupFolder };
    // The saved choice lives in the core, so it survives restarts whichever transport serves the UI.
    const [{ language }, view, session] = await Promise.all([api.call('preferences.get', {}), api.call('settings.get', {}), api.call('session.get', {})]);
    // A wizard left half-way after its account step goes on once that supervisor has signed in.
    if (!view.setUp && (!session.staffExists || session.state === 'active')) return { state: 'setup', needsSupervisor: !session.staffExists, language };
    return { state: 'ready', language };
  } catch {
    // The shell's pages say what is wrong with the core themselves.
    return { state: 'ready', language: null };
  }
}

export function App({ api: transportApi }: { api: ApiClient }) {
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  // Before the shell: a damaged database leads to the restore page, a new workstation to the wizard.
  const [gate, setGate] = useState<Gate>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const desk = useDeskSession(transportApi, gate.state === 'ready');
  const api = desk.api;
  useEffect(() => {
    let current = true;
    readGate(api).then(async (next) => {
      if (!current) return;
      if (next.language) {
        await switchLanguage(next.language);
        setLanguage(next.language);
      }
      setGate(next);
    });
    return () => {
      current = false;
    };
  }, [api, attempt]);

  const chooseLanguage = useCallback(
    async (next: Language) => {
      await switchLanguage(next);
      setLanguage(next);
      await api.call('preferences.setLanguage', { language: next }).catch(() => undefined);
    },
    [api],
  );
  const restarted = () => setAttempt((n) => n + 1);
  // The background integrity check found the database damaged: the gate leads to the restore page.
  useCoreEvent(['health.changed'], restarted);
  const signedIn = (session: SessionView) => {
    desk.setSession(session);
    restarted();
  };
  const session = desk.session;
  const locked = session?.state === 'locked';

  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: language }}>
        <ApiContext.Provider value={api}>
          <CatalogueProvider>
            {gate.state === 'loading' ? null : gate.state === 'damaged' ? (
              <DamagedDatabasePage backupFolder={gate.backupFolder} onRestored={restarted} />
            ) : gate.state === 'setup' ? (
              <FirstRunWizard language={language} needsSupervisor={gate.needsSupervisor} onLanguage={(next) => void chooseLanguage(next)} onDone={restarted} />
            ) : !session ? null : session.state === 'signed_out' || !session.staff ? (
              <SignInPage locked={null} onSignedIn={signedIn} />
            ) : (
              <>
                {/* Locked, the shell stays as it was, out of sight, for whoever signs in next;
                    a different member of staff gets a fresh one, with nothing left half-typed. */}
                <div hidden={locked}>
                  <SessionContext.Provider
                    value={{
                      session,
                      lock: () => void api.call('session.lock', {}).then(desk.setSession, () => undefined),
                      signOut: () => void api.call('session.signOut', {}).then(desk.setSession, () => undefined),
                    }}
                  >
                    <Shell
                      key={session.staff.id}
                      language={language}
                      onLanguage={(next) => void chooseLanguage(next)}
                      onSettingsLanguage={async (next) => {
                        await switchLanguage(next);
                        setLanguage(next);
                      }}
                    />
                  </SessionContext.Provider>
                </div>
                {locked && <SignInPage locked={session.staff} onSignedIn={desk.setSession} />}
              </>
            )}
          </CatalogueProvider>
        </ApiContext.Provider>
      </DatesProvider>
    </MantineProvider>
  );
}
