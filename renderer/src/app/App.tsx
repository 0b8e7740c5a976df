import { AppShell, Group, MantineProvider, NavLink, Text, Title, createTheme } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/contract/client';
import { defaultLanguage, type Language } from '../../../shared/i18n/languages';
import { ApiContext } from '../api/api-context';
import { switchLanguage } from '../i18n/i18n';
import { CatalogueProvider } from '../catalogue/catalogue-context';
import { IntakePage } from '../intake/IntakePage';
import { ReportsPage } from '../reports/ReportsPage';
import { DamagedDatabasePage } from '../settings/DamagedDatabasePage';
import { FirstRunWizard } from '../settings/FirstRunWizard';
import { SettingsPage } from '../settings/SettingsPage';
import { SyncPage } from '../sync/SyncPage';
import { TodayPage } from '../today/TodayPage';
import { areas, type Area } from './areas';
import { LanguageSwitch } from './LanguageSwitch';
import { NotYetPage } from './NotYetPage';

const theme = createTheme({ primaryColor: 'cyan', defaultRadius: 'sm' });

type Gate =
  | { state: 'loading' }
  | { state: 'damaged'; backupFolder: string | null; language?: undefined }
  | { state: 'setup' | 'ready'; language: Language | null };

async function readGate(api: ApiClient): Promise<Exclude<Gate, { state: 'loading' }>> {
  try {
    const health = await api.call('health.get', {});
    if (health.database === 'damaged') return { state: 'damaged', backupFolder: health.backupFolder };
    // The saved choice lives in the core, so it survives restarts whichever transport serves the UI.
    const [{ language }, view] = await Promise.all([api.call('preferences.get', {}), api.call('settings.get', {})]);
    return { state: view.setUp ? 'ready' : 'setup', language };
  } catch {
    // The shell's pages say what is wrong with the core themselves.
    return { state: 'ready', language: null };
  }
}

export function App({ api }: { api: ApiClient }) {
  const { t } = useTranslation();
  const [route, setRoute] = useState<{ area: Area; visitId: string | null }>({ area: 'today', visitId: null });
  const area = route.area;
  const openVisit = (visitId: string) => setRoute({ area: 'intake', visitId });
  const [language, setLanguage] = useState<Language>(defaultLanguage);

  // Before the shell: a damaged database leads to the restore page, a new workstation to the wizard.
  const [gate, setGate] = useState<Gate>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
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

  const restarted = () => {
    setRoute({ area: 'today', visitId: null });
    setAttempt((n) => n + 1);
  };

  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: language }}>
        <ApiContext.Provider value={api}>
          <CatalogueProvider>
          {gate.state === 'loading' ? null : gate.state === 'damaged' ? (
            <DamagedDatabasePage backupFolder={gate.backupFolder} onRestored={restarted} />
          ) : gate.state === 'setup' ? (
            <FirstRunWizard language={language} onLanguage={(next) => void chooseLanguage(next)} onDone={restarted} />
          ) : (
          <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
            <AppShell.Header>
              <Group h="100%" px="md" justify="space-between">
                <Group gap="sm">
                  <Title order={1} size="h3">
                    {t('app.title')}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('app.subtitle')}
                  </Text>
                </Group>
                <LanguageSwitch value={language} onChange={(next) => void chooseLanguage(next)} />
              </Group>
            </AppShell.Header>
            <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
              {areas.map((name) => (
                <NavLink
                  key={name}
                  component="button"
                  label={t(`nav.${name}`)}
                  active={area === name}
                  aria-current={area === name ? 'page' : undefined}
                  onClick={() => setRoute({ area: name, visitId: null })}
                />
              ))}
            </AppShell.Navbar>
            <AppShell.Main>
              {/* Areas not built yet say so plainly. */}
              {area === 'today' ? (
                <TodayPage onOpenVisit={openVisit} />
              ) : area === 'intake' ? (
                <IntakePage visitId={route.visitId} onOpenVisit={openVisit} onBack={() => setRoute({ area: 'intake', visitId: null })} />
              ) : area === 'sync' ? (
                <SyncPage onOpenVisit={openVisit} />
              ) : area === 'reports' ? (
                <ReportsPage />
              ) : area === 'settings' ? (
                <SettingsPage
                  onLanguage={async (next) => {
                    await switchLanguage(next);
                    setLanguage(next);
                  }}
                />
              ) : (
                <NotYetPage area={area} />
              )}
            </AppShell.Main>
          </AppShell>
          )}
          </CatalogueProvider>
        </ApiContext.Provider>
      </DatesProvider>
    </MantineProvider>
  );
}
