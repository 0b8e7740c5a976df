import { Anchor, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract/api';
import type { HubStatus } from '../../../shared/contract/methods/hub-methods';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';

type DisplayLink = MethodOutput<'hub.displayLink'>;

/** The link's QR code drawn from its runs of dark modules, with a quiet zone of four modules. */
function LinkQr({ qr, label }: { qr: DisplayLink['qr']; label: string }) {
  const size = qr.modules + 8;
  return (
    <svg viewBox={`0 0 ${size} ${size}`} width={176} height={176} style={{ flexShrink: 0 }} role="img" aria-label={label} data-testid="display-qr" shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      {qr.runs.map((run) => (
        <rect key={`${run.row}-${run.column}`} x={run.column + 4} y={run.row + 4} width={run.length} height={1} fill="#000" />
      ))}
    </svg>
  );
}

/**
 * Links for the hall's screens, made by a supervisor at a desk paired with a supervisor's code: a
 * link holds a key that only reads the queue, shown as text and QR code to open on the screen.
 */
export function HallDisplayPanel({ status }: { status: HubStatus }) {
  const { t } = useTranslation('centre');
  const api = useApi();
  const { busy, message, run } = useDeskAction();
  const [link, setLink] = useState<DisplayLink | null>(null);
  const kiosk = link ? `chromium --kiosk --autoplay-policy=no-user-gesture-required --ignore-certificate-errors-spki-list=${link.spkiSha256} '${link.url}'` : '';

  return (
    <Paper withBorder p="md" component="section" aria-label={t('centreUi.hallDisplay.title')}>
      <Stack gap="xs">
        <Title order={3}>{t('centreUi.hallDisplay.title')}</Title>
        <Text size="sm">{t('centreUi.hallDisplay.text')}</Text>
        {status.role !== 'supervisor' ? (
          <Text size="sm" c="dimmed">
            {t('centreUi.hallDisplay.needsSupervisor')}
          </Text>
        ) : (
          <Group>
            <Button variant="default" loading={busy} onClick={() => void run(async () => (setLink(await api.call('hub.displayLink', {})), { ok: true, text: t('centreUi.hallDisplay.made') }))}>
              {t('centreUi.hallDisplay.make')}
            </Button>
            <Button variant="default" loading={busy} onClick={() => void run(async () => (await api.call('hub.showDisplay', {}), { ok: true, text: t('centreUi.hallDisplay.shown') }))}>
              {t('centreUi.hallDisplay.openHere')}
            </Button>
          </Group>
        )}
        <DeskMessageAlert message={message} />
        {link && (
          <Group align="flex-start" wrap="nowrap">
            <LinkQr qr={link.qr} label={t('centreUi.hallDisplay.qr')} />
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {t('centreUi.hallDisplay.link')}
              </Text>
              <Anchor href={link.url} target="_blank" rel="noreferrer" size="sm" style={{ wordBreak: 'break-all' }} data-testid="display-link">
                {link.url}
              </Anchor>
              <Text size="sm" fw={600}>
                {t('centreUi.hallDisplay.kiosk')}
              </Text>
              <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {kiosk}
              </Code>
            </Stack>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
