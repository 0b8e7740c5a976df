import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubStatus } from '../../../shared/contract/methods/hub-methods';
import { localDayOf } from '../../../shared/domain/day';
import type { Visit } from '../../../shared/domain/visit';
import type { DeskTicket } from '../../../shared/hub';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';
import { saveFile } from '../common/save-file';

const BOOKING_CODE = /^[A-Za-z0-9-]{4,20}$/;
const IIN = /^\d{12}$/;

/** The reception: a booked citizen found by IIN or booking code, or a walk-in for a group, gets a ticket, then its slip. */
export function ReceptionPanel({ status }: { status: HubStatus }) {
  const { t, i18n } = useTranslation(['centre', 'errors']);
  const api = useApi();
  const { busy, message, run } = useDeskAction();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Visit[] | null>(null);
  const [groupId, setGroupId] = useState<string | null>(status.groups[0]?.id ?? null);
  const [ticket, setTicket] = useState<DeskTicket | null>(null);
  const language = i18n.language === 'ru' ? 'ru' : 'kk';
  // A code the desk's own copy of the day lacks may be one the hub has from its feed: offered after a search finds nothing.
  const askable = found !== null && found.length === 0 && BOOKING_CODE.test(query.trim()) && !IIN.test(query.trim());

  const find = () =>
    run(async () => {
      const { visits } = await api.call('visits.findForCheckIn', { day: localDayOf(new Date()), query: query.trim() });
      const booked = visits.filter((visit) => visit.kind === 'booked' && visit.bookingCode !== null);
      setFound(booked);
      return booked.length === 0 ? { ok: false, text: t('centreUi.reception.noMatch') } : null;
    });
  const issue = (input: Parameters<typeof api.call<'hub.checkIn'>>[1]) =>
    run(async () => {
      setTicket(await api.call('hub.checkIn', input));
      setFound(null);
      setQuery('');
      return null;
    });
  const print = (issued: DeskTicket) =>
    run(async () => {
      const slip = await api.call('hub.printTicket', { ticketId: issued.id });
      if (slip.pdfBase64 !== null) {
        saveFile(slip.fileName, slip.pdfBase64, 'application/pdf');
        return { ok: true, text: t('centreUi.reception.saved', { file: slip.fileName }) };
      }
      return slip.printed ? { ok: true, text: t('centreUi.reception.printed') } : { ok: false, text: t('errors:errors.statement.print_unavailable') };
    });

  return (
    <Paper withBorder p="md" component="section" aria-label={t('centreUi.reception.title')}>
      <Stack gap="sm">
        <Title order={3}>{t('centreUi.reception.title')}</Title>
        <Group align="flex-end">
          <TextInput
            label={t('centreUi.reception.booked')}
            value={query}
            autoComplete="off"
            onChange={(event) => {
              setQuery(event.currentTarget.value);
              setFound(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && query.trim()) void find();
            }}
          />
          <Button variant="default" onClick={() => void find()} disabled={!query.trim()} loading={busy}>
            {t('centreUi.reception.find')}
          </Button>
        </Group>
        {askable && (
          <Button variant="light" onClick={() => void issue({ kind: 'booking_code', bookingCode: query.trim() })} loading={busy} disabled={!status.reachable} data-testid="check-in-from-hub">
            {t('centreUi.link.askHub', { code: query.trim().toUpperCase() })}
          </Button>
        )}
        {found?.map((visit) => (
          <Button key={visit.id} variant="light" onClick={() => void issue({ kind: 'booked', visitId: visit.id })} loading={busy}>
            {t('centreUi.reception.issueFor', { name: visit.citizenName, slot: visit.slot ?? '' })}
          </Button>
        ))}
        <Group align="flex-end">
          <Select
            label={t('centreUi.reception.walkIn')}
            value={groupId}
            onChange={setGroupId}
            allowDeselect={false}
            data={status.groups.map((group) => ({ value: group.id, label: `${group.prefix} · ${group.name[language]}` }))}
          />
          <Button onClick={() => groupId && void issue({ kind: 'walk_in', groupId })} disabled={!groupId || !status.reachable} loading={busy}>
            {t('centreUi.reception.issueWalkIn')}
          </Button>
        </Group>
        {ticket && (
          <Paper withBorder p="lg" bg="gray.0">
            <Stack align="center" gap="xs">
              <Text size="sm">{t('centreUi.reception.ticket')}</Text>
              <Text fz={72} fw={700} lh={1} data-testid="issued-ticket">
                {ticket.number}
              </Text>
              <Button onClick={() => void print(ticket)} loading={busy}>
                {t('centreUi.reception.print')}
              </Button>
            </Stack>
          </Paper>
        )}
        <DeskMessageAlert message={message} />
      </Stack>
    </Paper>
  );
}
