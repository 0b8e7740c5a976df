import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';

/** The "open" of a row of visits, named for screen readers and tests by the citizen it opens. */
export function OpenVisitButton({ visit, onOpen }: { visit: Pick<Visit, 'id' | 'citizenName'>; onOpen(id: string): void }) {
  const { t } = useTranslation('intake');
  return (
    <Button size="xs" variant="subtle" onClick={() => onOpen(visit.id)} aria-label={t('intakeUi.openVisit', { name: visit.citizenName })}>
      {t('intakeUi.open')}
    </Button>
  );
}
