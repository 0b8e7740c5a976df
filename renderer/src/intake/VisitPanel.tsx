import { Alert, Button, Group, Loader, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract/api';
import { useApi } from '../api/api-context';
import { ApplicationForm } from '../applications/ApplicationForm';
import { closedForChanges } from '../../../shared/domain/visit-workflow';
import { errorText } from '../i18n/error-text';
import { StatusBadge } from '../common/StatusBadge';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { SignedScanImport } from '../common/SignedScanImport';
import { QuarantineNotice, quarantineOf } from './QuarantineNotice';
import { StatementExport } from './StatementExport';
import { WorkflowActions } from './WorkflowActions';

type Loaded = MethodOutput<'visits.get'>;

export function VisitPanel({ visitId, onBack }: { visitId: string; onBack(): void }) {
  const { t } = useTranslation(['intake', 'common']);
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  // The service as last saved: the checklist is the service's, so it follows every draft save.
  const [savedService, setSavedService] = useState<string | null>(null);
  const reload = () => setAttempt((n) => n + 1);

  useEffect(() => {
    let current = true;
    api.call('visits.get', { id: visitId }).then(
      (result) => current && setLoaded(result),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [api, visitId, attempt]);

  // History rows name the desk until staff accounts exist; anything else is shown as stored.
  const actorText = (actor: string) => {
    const desk = /^desk:(.+)$/.exec(actor)?.[1];
    return desk ? t('intakeUi.byDesk', { desk }) : actor;
  };

  if (failure) return <Alert color="red" role="alert">{errorText(t, failure)}</Alert>;
  if (!loaded) return <Loader aria-label={t('common:common.loading')} />;
  const { visit, events, application } = loaded;
  // Why the central system sent the application back or decided as it did, in its own words.
  const decision = ['needs_information', 'rejected'].includes(visit.status)
    ? events.findLast((event) => event.to === visit.status && (event.cause === 'central_decision' || event.cause === 'sync_rejected' || quarantineOf(event)))
    : undefined;
  const held = decision && quarantineOf(decision);
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{visit.citizenName}</Title>
          <StatusBadge status={visit.status} />
        </Group>
        <Button variant="subtle" onClick={onBack}>
          {t('intakeUi.back')}
        </Button>
      </Group>
      {held && <QuarantineNotice kind={held} files={decision.reason} />}
      {!held && decision?.reason && (
        <Alert color={visit.status === 'rejected' ? 'red' : 'orange'} title={t('intakeUi.decisionReason')} role="status" data-testid="decision-reason">
          {decision.reason}
        </Alert>
      )}
      {/* Anew at every reload: a refusal of the last step does not outlive the step that mends it. */}
      <WorkflowActions key={attempt} visit={visit} completable={application?.state === 'finished' ? application.id : null} onMoved={reload} />
      {application?.state === 'finished' && ['in_service', 'statement_printed', 'signed'].includes(visit.status) && (
        <Group align="flex-start">
          <StatementExport visit={visit} onExported={reload} />
          {['statement_printed', 'signed'].includes(visit.status) && <SignedScanImport visit={visit} onMatched={reload} />}
        </Group>
      )}
      <ApplicationForm visit={visit} application={application} onChanged={reload} onSaved={(saved) => setSavedService(saved.fields.serviceCode ?? '')} />
      {application && (
        <DocumentsPanel
          key={`${visit.updatedAt}:${savedService ?? application.fields.serviceCode ?? ''}`}
          applicationId={application.id}
          editable={!closedForChanges.includes(visit.status)}
        />
      )}
      <Paper withBorder p="md" component="section" aria-label={t('intakeUi.history')}>
        <Text fw={600} mb="xs">
          {t('intakeUi.history')}
        </Text>
        <Timeline bulletSize={12} lineWidth={2} active={events.length}>
          {events.map((event, index) => (
            <Timeline.Item key={index} title={t(`common:visit.status.${event.to}`)}>
              <Text size="xs" c="dimmed">
                {[
                  dayjs(event.at).format('DD.MM.YYYY HH:mm'),
                  actorText(event.actor),
                  event.cause ? t(`intakeUi.cause.${event.cause}`) : null,
                  event.reason,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
    </Stack>
  );
}
