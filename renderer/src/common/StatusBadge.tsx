import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitStatus } from '../../../shared/domain/visit-workflow';

const colors: Record<VisitStatus, string> = {
  booked: 'gray',
  arrived: 'blue',
  in_service: 'cyan',
  statement_printed: 'indigo',
  signed: 'violet',
  queued: 'yellow',
  sent: 'orange',
  accepted: 'green',
  rejected: 'red',
  needs_information: 'pink',
  cancelled: 'dark',
  no_show: 'dark',
};

export function StatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useTranslation('common');
  return (
    <Badge color={colors[status]} variant="light">
      {t(`visit.status.${status}`)}
    </Badge>
  );
}
