import { Alert, Badge, Button, Group, Loader, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/contract/client';
import type { SyncStatus } from '../../../shared/domain/sync';
import { useApi } from '../api/api-context';
import { useCoreReading } from '../api/use-core-reading';
import { useLanguage } from '../i18n/use-language';
import { errorText } from '../i18n/error-text';
import { localeTags } from '../i18n/i18n';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';
import { StatusBadge } from '../common/StatusBadge';
import { EnrolForm } from '../common/EnrolForm';

const connectionColour: Record<SyncStatus['connection'], string> = {
  not_enrolled: 'gray',
  idle: 'teal',
  syncing: 'cyan',
  offline: 'orange',
  error: 'red',
  paused: 'yellow',
  tls_error: 'red',
  revoked: 'red',
};

const syncEvents = ['sync.changed'] as const;
const readSyncStatus = (api: ApiClient) => api.call('sync.status', {});

export function SyncPage({ onOpenVisit }: { onOpenVisit(visitId: string): void }) {
  const { t } = useTranslation(['sync', 'common', 'errors']);
  const api = useApi();
  const { language } = useLanguage();
  // The loop runs in the core; the page reads its state when the core says it moved.
  const { value: status, failure, setValue: setStatus } = useCoreReading<SyncStatus>(readSyncStatus, syncEvents);
  const { busy, message, run } = useDeskAction();

  if (failure && !status) return <Alert color="red" role="alert">{errorText(t, failure)}</Alert>;
  if (!status) return <Loader aria-label={t('common:common.loading')} />;
  const megabytes = new Intl.NumberFormat(localeTags[language], { maximumFractionDigits: 1 });
  const size = (bytes: number) => t('syncUi.megabytes', { size: megabytes.format(bytes / 1024 / 1024) });
  const time = (at: string | null) => (at ? dayjs(at).format('DD.MM.YYYY HH:mm:ss') : t('syncUi.never'));
  const act = (work: () => Promise<SyncStatus>) =>
    run(async () => {
      setStatus(await work());
      return null;
    });

  return (
    <Stack>
      <Title order={2}>{t('syncUi.title')}</Title>
      <Paper withBorder p="md" component="section" aria-label={t('syncUi.title')}>
        <Stack gap="xs">
          <Group>
            <Badge color={connectionColour[status.connection]} size="lg" data-testid="sync-connection">
              {t(`syncUi.connection.${status.connection}`)}
            </Badge>
            {status.server && (
              <Text size="sm">
                {t('syncUi.server')}: {status.server} · {t('syncUi.centreDesk', { centre: status.centreId, desk: status.deskId })}
              </Text>
            )}
          </Group>
          <Text data-testid="sync-queue">{t('syncUi.queue', { count: status.queue.items, size: size(status.queue.bytes) })}</Text>
          {status.batch && (
            <Stack gap={4}>
              <Text size="sm">{t('syncUi.batch', { count: status.batch.items })}</Text>
              <Progress value={status.batch.bytes ? (100 * status.batch.sentBytes) / status.batch.bytes : 100} aria-label={t('syncUi.batch', { count: status.batch.items })} />
            </Stack>
          )}
          <Text size="sm">{t('syncUi.lastSuccess', { at: time(status.lastSuccessAt) })}</Text>
          {status.nextAttemptAt && (status.connection === 'offline' || status.connection === 'tls_error') && <Text size="sm">{t('syncUi.nextAttempt', { at: time(status.nextAttemptAt) })}</Text>}
          {status.connection === 'revoked' ? (
            <Alert color="red" role="alert" title={t('syncUi.revoked.title')} data-testid="sync-revoked">
              <Stack gap={4}>
                {status.lastError && <Text size="sm">{t(`errors:errors.${status.lastError}`)}</Text>}
                <Text size="sm">{t('syncUi.revoked.waiting', { count: status.queue.items })}</Text>
                <Text size="sm">{t('syncUi.revoked.ask')}</Text>
              </Stack>
            </Alert>
          ) : (
            status.lastError && (
              <Alert color={status.connection === 'error' || status.connection === 'tls_error' ? 'red' : 'orange'} role="alert">
                {t(`errors:errors.${status.lastError}`)}
              </Alert>
            )
          )}
          {status.staffRefused && (
            <Alert color="orange" role="alert" data-testid="sync-staff-refused">
              {t('syncUi.staffRefused', { count: status.staffRefused.count, at: time(status.staffRefused.at) })}
            </Alert>
          )}
          {status.connection !== 'not_enrolled' && status.connection !== 'revoked' && (
            <Group>
              <Button onClick={() => void act(() => api.call('sync.now', {}))} loading={busy}>
                {t('syncUi.now')}
              </Button>
              <Button variant="default" onClick={() => void act(() => api.call('sync.pause', { paused: status.connection !== 'paused' }))}>
                {status.connection === 'paused' ? t('syncUi.resume') : t('syncUi.pause')}
              </Button>
            </Group>
          )}
          <DeskMessageAlert message={message} />
        </Stack>
      </Paper>
      <VisitTable title={t('syncUi.attention')} empty={t('syncUi.attentionEmpty')} rows={status.attention} onOpenVisit={onOpenVisit} showReason />
      <VisitTable title={t('syncUi.recent')} empty={t('syncUi.recentEmpty')} rows={status.recent} onOpenVisit={onOpenVisit} />
      <EnrolForm status={status} onEnrolled={setStatus} />
    </Stack>
  );
}

type Row = { visitId: string; citizenName: string; status: SyncStatus['recent'][number]['status']; at: string; reason?: string; quarantine?: SyncStatus['attention'][number]['quarantine'] };

function VisitTable({ title, empty, rows, onOpenVisit, showReason = false }: { title: string; empty: string; rows: Row[]; onOpenVisit(id: string): void; showReason?: boolean }) {
  const { t } = useTranslation(['sync', 'common', 'errors', 'intake']);
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('syncUi.citizen')}</Table.Th>
              <Table.Th>{t('syncUi.status')}</Table.Th>
              {showReason && <Table.Th>{t('syncUi.reason')}</Table.Th>}
              <Table.Th>{t('syncUi.when')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.visitId}-${row.at}`}>
                <Table.Td>{row.citizenName}</Table.Td>
                <Table.Td>
                  <StatusBadge status={row.status} />
                </Table.Td>
                {showReason && <Table.Td>{row.quarantine ? [t(`intake:intakeUi.cause.quarantine_${row.quarantine}`), row.reason].filter(Boolean).join(': ') : row.reason}</Table.Td>}
                <Table.Td>{dayjs(row.at).format('DD.MM.YYYY HH:mm')}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => onOpenVisit(row.visitId)}>
                    {t('syncUi.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
