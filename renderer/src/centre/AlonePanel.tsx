import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HubStatus } from '../../../shared/contract/methods/hub-methods';

/**
 * The desk without its hub, said plainly: that it works alone, the tickets it gave alone today
 * and whether the hub has them, and each booking whose check-in here lost to an earlier one.
 */
export function AlonePanel({ status }: { status: HubStatus }) {
  const { t } = useTranslation('centre');
  const alone = status.paired && !status.reachable;
  if (!alone && status.localTickets.length === 0 && status.conflicts.length === 0) return null;
  const superseded = status.localTickets.filter((ticket) => ticket.supersededBy !== null);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('centreUi.alone.title')} data-testid="hub-alone">
      <Stack gap="xs">
        {alone && (
          <Alert color="orange" role="status" title={t('centreUi.alone.title')}>
            {t('centreUi.alone.text', { prefix: status.localPrefix })}
          </Alert>
        )}
        {status.localTickets.length > 0 && (
          <>
            <Group>
              <Title order={4}>{t('centreUi.alone.tickets')}</Title>
              <Text size="sm" data-testid="hub-pending">
                {status.pendingHandover > 0 ? t('centreUi.alone.pending', { count: status.pendingHandover }) : t('centreUi.alone.allHandedOver')}
              </Text>
            </Group>
            <Group gap="xs">
              {status.localTickets.map((ticket) => (
                <Badge key={ticket.id} variant="light" color={ticket.supersededBy ? 'orange' : ticket.handedOver ? 'teal' : 'gray'} title={t(ticket.handedOver ? 'centreUi.alone.handedOver' : 'centreUi.alone.notYet')}>
                  {ticket.number}
                </Badge>
              ))}
            </Group>
          </>
        )}
        {(superseded.length > 0 || status.conflicts.length > 0) && (
          <Alert color="orange" role="alert" title={t('centreUi.alone.conflictsTitle')} data-testid="hub-conflicts">
            <List size="sm">
              {superseded.map((ticket) => (
                <List.Item key={ticket.id}>{t('centreUi.alone.superseded', { number: ticket.number, kept: ticket.supersededBy })}</List.Item>
              ))}
              {status.conflicts
                .filter((conflict) => !superseded.some((ticket) => ticket.number === conflict.voidNumber))
                .map((conflict) => (
                  <List.Item key={conflict.voidNumber}>{t('centreUi.alone.conflict', { code: conflict.bookingCode, kept: conflict.keptNumber, void: conflict.voidNumber })}</List.Item>
                ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
