import { Alert, AppShell, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages';
import { CentrePage } from '../centre/CentrePage';
import { IntakePage } from '../intake/IntakePage';
import { ReportsPage } from '../reports/ReportsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { useSession } from '../common/session-context';
import { StaffPage } from '../staff/StaffPage';
import { SyncPage } from '../sync/SyncPage';
import { TodayPage } from '../today/TodayPage';
import { areas, supervisorAreas, type Area } from './areas';
import { LanguageSwitch } from '../common/LanguageSwitch';
import { StatementsPage } from '../statements/StatementsPage';
import { ShortcutsHelp } from '../common/ShortcutsHelp';

/** The app around the signed-in member of staff: header, areas, and the page of the one chosen. */
export function Shell({ language, onLanguage, onSettingsLanguage }: { language: Language; onLanguage(language: Language): void; onSettingsLanguage(language: Language): Promise<void> }) {
  const { t } = useTranslation(['common', 'errors', 'staff']);
  const { session, lock, signOut } = useSession();
  const [route, setRoute] = useState<{ area: Area; visitId: string | null }>({ area: 'today', visitId: null });
  const area = route.area;
  const openVisit = (visitId: string) => setRoute({ area: 'intake', visitId });
  const staff = session.staff;
  // The Staff page asks the core and shows its refusal; Settings reads what anyone may read, so an
  // operator is told here, before a form they could not save.
  const refused = area === 'settings' && staff?.role !== 'supervisor';

  return (
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
          <Group gap="sm">
            {staff && (
              <Text size="sm" data-testid="signed-in-as">
                {t('staff:sessionUi.signedInAs', { name: staff.name, role: t(`staff:sessionUi.roles.${staff.role}`) })}
              </Text>
            )}
            <Button size="xs" variant="default" onClick={lock}>
              {t('staff:sessionUi.lock')}
            </Button>
            <Button size="xs" variant="default" onClick={signOut}>
              {t('staff:sessionUi.signOut')}
            </Button>
            <LanguageSwitch value={language} onChange={onLanguage} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {areas.map((name) => (
          <NavLink
            key={name}
            component="button"
            variant="filled"
            label={t(`nav.${name}`)}
            active={area === name}
            aria-current={area === name ? 'page' : undefined}
            c={supervisorAreas.includes(name) && staff?.role !== 'supervisor' ? 'dimmed' : undefined}
            onClick={() => setRoute({ area: name, visitId: null })}
          />
        ))}
      </AppShell.Navbar>
      <ShortcutsHelp />
      <AppShell.Main>
        {refused ? (
          <Alert color="orange" role="alert" title={t(`nav.${area}`)}>
            {t('errors:errors.access.supervisor_only')}
          </Alert>
        ) : area === 'today' ? (
          <TodayPage onOpenVisit={openVisit} />
        ) : area === 'centre' ? (
          <CentrePage onOpenVisit={openVisit} />
        ) : area === 'intake' ? (
          <IntakePage visitId={route.visitId} onOpenVisit={openVisit} onBack={() => setRoute({ area: 'intake', visitId: null })} />
        ) : area === 'sync' ? (
          <SyncPage onOpenVisit={openVisit} />
        ) : area === 'reports' ? (
          <ReportsPage />
        ) : area === 'settings' ? (
          <SettingsPage onLanguage={onSettingsLanguage} />
        ) : area === 'statements' ? (
          <StatementsPage onOpenVisit={openVisit} />
        ) : (
          <StaffPage />
        )}
      </AppShell.Main>
    </AppShell>
  );
}
