import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { HubStatus } from '../../../shared/contract/methods/hub-methods';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';

const colour = { not_linked: 'gray', idle: 'teal', pulling: 'blue', offline: 'orange', error: 'red', revoked: 'red' } as const;

/** The hub's own link to the central system: whether it reads the centre's feed, when it last did, and why not. */
export function CentralLinkPanel({ central, onStatus }: { central: NonNullable<HubStatus['central']>; onStatus(status: HubStatus): void }) {
  const { t } = useTranslation(['centre', 'errors']);
  const api = useApi();
  const { busy, message, run } = useDeskAction();
  const at = (instant: string | null) => (instant ? dayjs(instant).format('DD.MM.YYYY HH:mm') : t('centreUi.link.never'));

  return (
    <Stack gap={4} data-testid="hub-central">
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('centreUi.link.title')}
        </Text>
        <Badge color={colour[central.state]} variant="light" data-testid="hub-central-state">
          {t(`centreUi.link.${central.state}`)}
        </Badge>
      </Group>
      {central.state === 'not_linked' ? (
        <Text size="sm">{t('centreUi.link.notLinkedText')}</Text>
      ) : (
        <>
          <Text size="sm">{t('centreUi.link.lastPull', { at: at(central.lastPullAt) })}</Text>
          <Text size="sm" data-testid="hub-central-bookings">
            {t('centreUi.link.bookingsToday', { count: central.bookingsToday })}
          </Text>
          {central.failure && (
            <Text size="sm" c="red.8" role="status">
              {t('centreUi.link.failure', { reason: t(`errors:errors.${central.failure}`) })}
            </Text>
          )}
          <Group>
            <Button
              size="xs"
              variant="default"
              loading={busy}
              disabled={central.state === 'revoked'}
              onClick={() =>
                void run(async () => {
                  const status = await api.call('hub.pullCentral', {});
                  onStatus(status);
                  return status.central?.failure ? null : { ok: true, text: t('centreUi.link.pulled') };
                })
              }
            >
              {t('centreUi.link.pullNow')}
            </Button>
          </Group>
        </>
      )}
      <DeskMessageAlert message={message} />
    </Stack>
  );
}
