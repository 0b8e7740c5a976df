import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { manualStatuses } from '../../../shared/contract/api';
import type { Visit } from '../../../shared/domain/visit';
import { canTransition, type VisitStatus } from '../../../shared/domain/visit-workflow';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';

const nextStepHints: Partial<Record<VisitStatus, 'in_service' | 'statement_printed' | 'signed'>> = {
  in_service: 'in_service',
  statement_printed: 'statement_printed',
  signed: 'signed',
};

/** The steps an operator may take from where the visit is; the core checks them again. */
export function WorkflowActions({ visit, completable, onMoved }: { visit: Visit; completable: string | null; onMoved(): void }) {
  const { t } = useTranslation(['intake', 'documents']);
  const api = useApi();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const next = manualStatuses.filter((to) => canTransition(visit.status, to));
  const canComplete = completable !== null && canTransition(visit.status, 'queued');
  // What the operator does next that is not a button here (the form, the print, the scan).
  const hint = nextStepHints[visit.status];
  if (next.length === 0 && !canComplete && !hint) return null;
  // Service starts once, from arrival; later it is a return to the application to correct it.
  const label = (to: (typeof manualStatuses)[number]) =>
    to === 'in_service' && visit.status !== 'arrived' ? t('intakeUi.backToApplication') : t(`intakeUi.moveTo.${to}`);

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
      {hint && (
        <Text size="sm" data-testid="next-step-hint">
          {t(`intakeUi.nextStep.${hint}`)}
        </Text>
      )}
      <Group>
        {canComplete && <Button onClick={() => void complete(completable)}>{t('documents:documentsUi.complete')}</Button>}
        {next.map((to) => (
          <Button key={to} variant={to === 'cancelled' || to === 'no_show' ? 'default' : 'filled'} onClick={() => void move(to)}>
            {label(to)}
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
