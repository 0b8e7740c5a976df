import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditRecordKinds, type AuditEntry, type AuditRecordKind, type AuditVerdict } from '../../../shared/domain/audit';
import { useApi } from '../api/api-context';

const PAGE = 50;

/** The newest audit rows, older ones on demand, and the chain's check. */
export function AuditLogPanel() {
  const { t } = useTranslation('audit');
  const api = useApi();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(false);
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const load = (beforeSeq?: number) =>
    api.call('audit.list', { limit: PAGE, ...(beforeSeq ? { beforeSeq } : {}) }).then(({ entries: page }) => {
      setEntries((shown) => (beforeSeq ? [...shown, ...page] : page));
      setMore(page.length === PAGE);
    });
  useEffect(() => {
    api.call('audit.list', { limit: PAGE }).then(({ entries: page }) => {
      setEntries(page);
      setMore(page.length === PAGE);
    }, () => undefined);
  }, [api]);
  const recordKindText = (kind: string) => ((auditRecordKinds as readonly string[]).includes(kind) ? t(`auditUi.records.${kind as AuditRecordKind}`) : kind);
  const c = (key: 'seq' | 'at' | 'actor' | 'action' | 'record') => t(`auditUi.columns.${key}`);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('auditUi.title')}
        </Title>
        <Button variant="light" onClick={() => void api.call('audit.verify', {}).then(setVerdict)}>
          {t('auditUi.verify')}
        </Button>
      </Group>
      {verdict && (
        <Alert color={verdict.intact ? 'teal' : 'red'} role={verdict.intact ? 'status' : 'alert'} data-testid="audit-verdict">
          {verdict.intact ? t('auditUi.intact', { rows: verdict.rows }) : t('auditUi.broken', { seq: verdict.firstBrokenSeq })}
        </Alert>
      )}
      {entries.length === 0 ? (
        <Text c="dimmed">{t('auditUi.empty')}</Text>
      ) : (
        <Table striped aria-label={t('auditUi.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{c('seq')}</Table.Th>
              <Table.Th>{c('at')}</Table.Th>
              <Table.Th>{c('actor')}</Table.Th>
              <Table.Th>{c('action')}</Table.Th>
              <Table.Th>{c('record')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.seq}>
                <Table.Td>{entry.seq}</Table.Td>
                <Table.Td>{dayjs(entry.at).format('DD.MM.YYYY HH:mm:ss')}</Table.Td>
                <Table.Td>{entry.actor}</Table.Td>
                <Table.Td>{t(`auditUi.actions.${entry.action}`)}</Table.Td>
                <Table.Td>{entry.recordKind ? `${recordKindText(entry.recordKind)}: ${entry.recordId ?? ''}` : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {more && (
        <Button variant="subtle" w="fit-content" onClick={() => void load(entries.at(-1)?.seq)}>
          {t('auditUi.older')}
        </Button>
      )}
    </Stack>
  );
}
