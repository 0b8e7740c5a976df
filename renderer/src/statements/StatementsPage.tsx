import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OpenVisitButton } from '../common/OpenVisitButton';
import { localDayOf } from '../../../shared/domain/day';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import { DeskMessageAlert } from '../common/desk-action';
import { SignedScanImport } from '../common/SignedScanImport';
import { StatusBadge } from '../common/StatusBadge';

/**
 * The day's statements at this window: those printed and waiting for the citizen's signature, and
 * one place to scan signed papers back in a stack; each is matched to its visit by its QR code.
 */
export function StatementsPage({ onOpenVisit }: { onOpenVisit(visitId: string): void }) {
  const { t } = useTranslation(['statements', 'today']);
  const api = useApi();
  const [waiting, setWaiting] = useState<Visit[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    api.call('visits.listForDay', { day: localDayOf(new Date()) }).then(
      ({ visits }) => current && setWaiting(visits.filter((visit) => visit.status === 'statement_printed')),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);

  return (
    <Stack>
      <Title order={2}>{t('statementsUi.title')}</Title>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text size="sm">{t('statementsUi.scanHint')}</Text>
          <SignedScanImport visit={null} onMatched={() => setAttempt((n) => n + 1)} />
        </Stack>
      </Paper>
      {failure !== null && <DeskMessageAlert message={{ ok: false, text: errorText(t, failure) }} />}
      {waiting && waiting.length === 0 && <Text c="dimmed">{t('statementsUi.none')}</Text>}
      {waiting && waiting.length > 0 && (
        <Table aria-label={t('statementsUi.waiting')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('today:today.columns.name')}</Table.Th>
              <Table.Th>{t('today:today.columns.iin')}</Table.Th>
              <Table.Th>{t('today:today.columns.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {waiting.map((visit) => (
              <Table.Tr key={visit.id}>
                <Table.Td>{visit.citizenName}</Table.Td>
                <Table.Td>{visit.iin}</Table.Td>
                <Table.Td>
                  <StatusBadge status={visit.status} />
                </Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <OpenVisitButton visit={visit} onOpen={onOpenVisit} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
