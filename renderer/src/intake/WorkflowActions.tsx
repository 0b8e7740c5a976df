import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { manualStatuses } from '../../../shared/contract/api';
import type { Visit } from '../../../shared/domain/visit';
import { canTransition } from '../../../shared/domain/visit-workflow';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';

/** The steps an operator may take from where the visit is; the core checks them again. */
export function WorkflowActions({ visit, completable, onMoved }: { visit: Visit; completable: string | null; onMoved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const next = manualStatuses.filter((to) => canTransition(visit.status, to));
  const canComplete = completable !== null && canTransition(visit.status, 'queued');
  if (next.length === 0 && !canComplete) return null;

  const move = async (to: (typeof manualStatuses)[number]) => {
    setFailure(null);
    try {
      await api.call('visits.transition', { id: visit.id, to, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      setReason('');
      onMoved();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  // Completing checks the documents in the core, which answers with what is missing.
  const complete = async (applicationId: string) => {
    setFailure(null);
    try {
      await api.call('applications.complete', { id: applicationId });
      onMoved();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('intakeUi.actions')}</Text>
      <Group>
        {canComplete && <Button onClick={() => void complete(completable)}>{t('documentsUi.complete')}</Button>}
        {next.map((to) => (
          <Button key={to} variant={to === 'cancelled' || to === 'no_show' ? 'default' : 'filled'} onClick={() => void move(to)}>
            {t(`intakeUi.moveTo.${to}`)}
          </Button>
        ))}
        <TextInput aria-label={t('intakeUi.reason')} placeholder={t('intakeUi.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      </Group>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
