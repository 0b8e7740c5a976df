import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localDayOf } from '../../../shared/domain/day';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';

/** The supervisor's end of the centre's day at the hub: the no-shows decided once for every desk. */
export function DayClosePanel({ onClosed }: { onClosed(): void }) {
  const { t } = useTranslation('centre');
  const api = useApi();
  const { busy, message, run } = useDeskAction();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('centreUi.dayClose.title')}>
      <Stack gap="xs">
        <Title order={3}>{t('centreUi.dayClose.title')}</Title>
        <Text size="sm">{t('centreUi.dayClose.text')}</Text>
        <Button
          variant="default"
          loading={busy}
          onClick={() =>
            void run(async () => {
              const closed = await api.call('hub.closeDay', { day: localDayOf(new Date()) });
              onClosed();
              return { ok: true, text: t('centreUi.dayClose.closed', { count: closed.centreNoShows, here: closed.noShows }) };
            })
          }
        >
          {t('centreUi.dayClose.close')}
        </Button>
        <DeskMessageAlert message={message} />
      </Stack>
    </Paper>
  );
}
