import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../common/session-context';
import { errorText } from '../i18n/error-text';
import { AlonePanel } from './AlonePanel';
import { DayClosePanel } from './DayClosePanel';
import { HallDisplayPanel } from './HallDisplayPanel';
import { HubPanel } from './HubPanel';
import { ReceptionPanel } from './ReceptionPanel';
import { useHubStatus } from './use-hub-status';
import { WindowPanel } from './WindowPanel';

/** The centre's shared queue at this desk: the hub, then the reception or the window this desk is. */
export function CentrePage({ onOpenVisit }: { onOpenVisit(visitId: string): void }) {
  const { t } = useTranslation(['centre', 'common', 'errors']);
  const { status, failure, refresh, setStatus } = useHubStatus();
  const { session } = useSession();
  if (failure && !status) return <Alert color="red" role="alert">{errorText(t, failure)}</Alert>;
  if (!status) return <Loader aria-label={t('common:common.loading')} />;
  return (
    <Stack>
      <Title order={2}>{t('centreUi.title')}</Title>
      <HubPanel status={status} onStatus={setStatus} />
      <AlonePanel status={status} />
      {/* A window cut off from the hub checks its citizens in itself, as a reception does. */}
      {status.paired && (status.windowId === null || !status.reachable) && <ReceptionPanel status={status} />}
      {status.paired && status.windowId !== null && <WindowPanel status={status} onChanged={refresh} onOpenVisit={onOpenVisit} />}
      {status.paired && status.role === 'supervisor' && session.staff?.role === 'supervisor' && <DayClosePanel onClosed={refresh} />}
      {status.paired && session.staff?.role === 'supervisor' && <HallDisplayPanel status={status} />}
    </Stack>
  );
}
