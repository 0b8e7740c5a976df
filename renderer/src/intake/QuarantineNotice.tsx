import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { quarantineKinds, type QuarantineKind } from '../../../shared/domain/sync';
import type { VisitEvent } from '../../../shared/domain/visit';

/** The kind of hold a visit event records, when the desk held the application back from sending. */
export function quarantineOf(event: Pick<VisitEvent, 'cause'>): QuarantineKind | undefined {
  return quarantineKinds.find((kind) => event.cause === `quarantine_${kind}`);
}

/**
 * Why the desk took this application out of the send queue and what the operator does next, in the
 * operator's language; a refused file is named as it was attached, so the right scan is replaced.
 */
export function QuarantineNotice({ kind, files }: { kind: QuarantineKind; files: string | null }) {
  const { t } = useTranslation('intake');
  return (
    <Alert color="orange" title={t('intakeUi.quarantineTitle')} role="status" data-testid="quarantine-reason">
      <Text size="sm">{t(`intakeUi.quarantine.${kind}`)}</Text>
      {files && (
        <Text size="sm" fw={600} mt="xs">
          {t('intakeUi.quarantineFiles')}: {files}
        </Text>
      )}
    </Alert>
  );
}
