import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import type { HubStatus } from '../../../shared/contract/methods/hub-methods';
import { localDayOf } from '../../../shared/domain/day';
import type { DeskTicket } from '../../../shared/hub';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';

const CALL_NEXT_KEY = 'F2';

/**
 * The window: "call next" (F2), the called ticket and whom it is for, and what the operator does
 * with it. Opening the visit goes on to the application as any visit does.
 */
export function WindowPanel({ status, onChanged, onOpenVisit }: { status: HubStatus; onChanged(): void; onOpenVisit(visitId: string): void }) {
  const { t } = useTranslation(['centre', 'errors']);
  const api = useApi();
  const { busy, message, run } = useDeskAction();
  const [toWindow, setToWindow] = useState<string | null>(null);
  const [walkInName, setWalkInName] = useState('');
  const ticket = status.current;
  const label = status.windows.find((window) => window.id === status.windowId)?.label ?? status.windowId ?? '';

  const callNext = () =>
    run(async () => {
      const { ticket: called } = await api.call('hub.callNext', {});
      onChanged();
      return called ? null : { ok: true, text: t('centreUi.window.nobody') };
    });
  const act = (work: () => Promise<DeskTicket>, done: (ticket: DeskTicket) => string | null) =>
    run(async () => {
      const after = await work();
      onChanged();
      const text = done(after);
      return text ? { ok: true, text } : null;
    });
  useHotkeys([[CALL_NEXT_KEY, () => !ticket && void callNext()]], [], true);

  const openVisit = (called: DeskTicket) =>
    run(async () => {
      if (called.bookingCode !== null) {
        const { visits } = await api.call('visits.findForCheckIn', { day: localDayOf(new Date()), query: called.bookingCode });
        const visit = visits.find((candidate) => candidate.bookingCode === called.bookingCode);
        if (visit) {
          // The desk's own copy of the booking arrives here, at the window that serves it.
          const opened = visit.status === 'booked' ? await api.call('visits.checkIn', { id: visit.id }) : visit;
          onOpenVisit(opened.id);
          return null;
        }
      }
      const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: called.citizenName ?? walkInName.trim(), ...(called.iin ? { iin: called.iin } : {}) });
      onOpenVisit(visit.id);
      return null;
    });

  return (
    <Paper withBorder p="md" component="section" aria-label={t('centreUi.window.title', { window: label })}>
      <Stack gap="sm">
        <Title order={3}>{t('centreUi.window.title', { window: label })}</Title>
        {!ticket ? (
          <Group>
            <Button size="xl" onClick={() => void callNext()} loading={busy}>
              {t('centreUi.window.callNext')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('centreUi.window.callNextHint', { key: CALL_NEXT_KEY })}
            </Text>
          </Group>
        ) : (
          <Stack gap="xs">
            <Group align="baseline">
              <Text size="sm">{t('centreUi.window.called')}</Text>
              <Text fz={56} fw={700} lh={1} data-testid="called-ticket">
                {ticket.number}
              </Text>
              <Text size="sm">{t('centreUi.window.calls', { count: ticket.callCount })}</Text>
            </Group>
            <Text fw={600} data-testid="called-citizen">
              {ticket.citizenName ?? (ticket.kind === 'booked' ? t('centreUi.window.callAgainToSee') : t('centreUi.window.walkIn'))}
              {ticket.bookingCode ? ` · ${t('centreUi.window.booking', { code: ticket.bookingCode, slot: ticket.slot ?? '' })}` : ''}
            </Text>
            {ticket.kind === 'walk_in' && ticket.citizenName === null && (
              <TextInput label={t('centreUi.window.citizenName')} value={walkInName} onChange={(event) => setWalkInName(event.currentTarget.value)} />
            )}
            <Group>
              <Button onClick={() => void openVisit(ticket)} loading={busy} disabled={ticket.kind === 'booked' ? ticket.bookingCode === null : ticket.citizenName === null && !walkInName.trim()}>
                {t('centreUi.window.open')}
              </Button>
              <Button variant="default" onClick={() => void act(() => api.call('hub.callAgain', { ticketId: ticket.id }), () => null)} loading={busy}>
                {t('centreUi.window.again')}
              </Button>
              <Button variant="default" onClick={() => void act(() => api.call('hub.notHere', { ticketId: ticket.id }), (after) => t(after.status === 'set_aside' ? 'centreUi.window.setAside' : 'centreUi.window.returned', { number: after.number }))} loading={busy}>
                {t('centreUi.window.notHere')}
              </Button>
              <Button color="teal" onClick={() => void act(() => api.call('hub.finish', { ticketId: ticket.id }), (after) => t('centreUi.window.finished', { number: after.number }))} loading={busy}>
                {t('centreUi.window.finish')}
              </Button>
            </Group>
            <Group align="flex-end">
              <Select label={t('centreUi.window.transferTo')} value={toWindow} onChange={setToWindow} data={status.windows.filter((window) => window.id !== status.windowId).map((window) => ({ value: window.id, label: window.label }))} />
              <Button variant="default" disabled={!toWindow} onClick={() => toWindow && void act(() => api.call('hub.transfer', { ticketId: ticket.id, toWindow }), (after) => t('centreUi.window.transferred', { number: after.number }))} loading={busy}>
                {t('centreUi.window.transfer')}
              </Button>
            </Group>
          </Stack>
        )}
        <DeskMessageAlert message={message} />
      </Stack>
    </Paper>
  );
}
