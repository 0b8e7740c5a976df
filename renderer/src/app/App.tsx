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
import { SyncPage } from '../sync/SyncPage';
import { TodayPage } from '../today/TodayPage';
import { areas, type Area } from './areas';
import { LanguageSwitch } from './LanguageSwitch';
import { NotYetPage } from './NotYetPage';

const theme = createTheme({ primaryColor: 'cyan', defaultRadius: 'sm' });

export function App({ api }: { api: ApiClient }) {
  const { t } = useTranslation();
  const [route, setRoute] = useState<{ area: Area; visitId: string | null }>({ area: 'today', visitId: null });
  const area = route.area;
  const openVisit = (visitId: string) => setRoute({ area: 'intake', visitId });
  const [language, setLanguage] = useState<Language>(defaultLanguage);

  useEffect(() => {
    // The saved choice lives in the core, so it survives restarts whichever transport serves the UI.
    api
      .call('preferences.get', {})
      .then(async ({ language: saved }) => {
        if (saved) {
          await switchLanguage(saved);
          setLanguage(saved);
        }
      })
      .catch(() => undefined);
  }, [api]);

  const chooseLanguage = useCallback(
    async (next: Language) => {
      await switchLanguage(next);
      setLanguage(next);
      await api.call('preferences.setLanguage', { language: next }).catch(() => undefined);
    },
    [api],
  );

  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: language }}>
        <ApiContext.Provider value={api}>
          <CatalogueProvider>
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
              ) : (
                <NotYetPage area={area} />
              )}
            </AppShell.Main>
          </AppShell>
          </CatalogueProvider>
        </ApiContext.Provider>
      </DatesProvider>
    </MantineProvider>
  );
}
