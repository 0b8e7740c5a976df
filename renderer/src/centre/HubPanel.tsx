import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubStatus } from '../../../shared/contract/methods/hub-methods';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';
import { useSession } from '../common/session-context';
import { CentralLinkPanel } from './CentralLinkPanel';

/** Whether the desk has its hub, said plainly; a supervisor pairs the desk and chooses its window here. */
export function HubPanel({ status, onStatus }: { status: HubStatus; onStatus(status: HubStatus): void }) {
  const { t, i18n } = useTranslation(['centre', 'errors']);
  const api = useApi();
  const { session } = useSession();
  const { busy, message, run } = useDeskAction();
  const [url, setUrl] = useState(status.url ?? 'https://');
  const [code, setCode] = useState('');
  const [windowId, setWindowId] = useState<string | null>(status.windowId);
  // Once paired, the pairing form waits behind "pair again": a desk is paired once, not every day.
  const [pairing, setPairing] = useState(false);
  const supervisor = session.staff?.role === 'supervisor';
  const language = i18n.language === 'ru' ? 'ru' : 'kk';
  const state = !status.paired ? 'notPaired' : status.reachable ? 'connected' : 'unreachable';

  return (
    <Paper withBorder p="md" component="section" aria-label={t('centreUi.hub.title')}>
      <Stack gap="xs">
        <Group>
          <Title order={3}>{t('centreUi.hub.title')}</Title>
          <Badge size="lg" color={state === 'connected' ? 'teal' : state === 'unreachable' ? 'red' : 'gray'} data-testid="hub-connection">
            {t(`centreUi.hub.${state}`)}
          </Badge>
        </Group>
        {status.paired && status.url && <Text size="sm">{t('centreUi.hub.hubOf', { centre: status.centreName ?? status.hubId, url: status.url })}</Text>}
        {status.paired && !status.reachable && (
          <Alert color="red" role="alert" data-testid="hub-unreachable">
            {t('centreUi.hub.unreachableText')}
            {status.failure && status.failure !== 'hub.unreachable' ? ` ${t(`errors:errors.${status.failure}`)}` : ''}
          </Alert>
        )}
        {status.paired && status.central && <CentralLinkPanel central={status.central} onStatus={onStatus} />}
        {status.groups.length > 0 && (
          <Group gap="md" data-testid="hub-waiting">
            {status.groups.map((group) => (
              <Text key={group.id} size="sm">
                {t('centreUi.hub.waiting', { prefix: group.prefix, name: group.name[language], count: group.waiting })}
              </Text>
            ))}
          </Group>
        )}
        {supervisor && (
          <Stack gap="xs">
            <Group align="flex-end">
              <Select
                label={t('centreUi.hub.window')}
                value={windowId ?? ''}
                onChange={(value) => setWindowId(value ? value : null)}
                data={[{ value: '', label: t('centreUi.hub.noWindow') }, ...status.windows.map((window) => ({ value: window.id, label: window.label }))]}
                allowDeselect={false}
              />
              {status.paired && (
                <Button variant="default" loading={busy} onClick={() => void run(async () => (onStatus(await api.call('hub.setWindow', { windowId })), { ok: true, text: t('centreUi.hub.windowSaved') }))}>
                  {t('centreUi.hub.setWindow')}
                </Button>
              )}
            </Group>
            {status.paired && !pairing ? (
              <Group>
                <Button variant="subtle" size="xs" onClick={() => setPairing(true)}>
                  {t('centreUi.link.pairAgain')}
                </Button>
              </Group>
            ) : (
              <Group align="flex-end">
                <TextInput label={t('centreUi.hub.url')} value={url} onChange={(event) => setUrl(event.currentTarget.value)} />
                <TextInput label={t('centreUi.hub.code')} value={code} onChange={(event) => setCode(event.currentTarget.value)} autoComplete="off" />
                <Button
                  loading={busy}
                  onClick={() =>
                    void run(async () => {
                      onStatus(await api.call('hub.pair', { url: url.trim(), code, windowId }));
                      setCode('');
                      setPairing(false);
                      return { ok: true, text: t('centreUi.hub.paired') };
                    })
                  }
                >
                  {t('centreUi.hub.pair')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
        <DeskMessageAlert message={message} />
      </Stack>
    </Paper>
  );
}
