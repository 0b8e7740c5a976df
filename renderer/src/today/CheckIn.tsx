import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import { StatusBadge } from '../common/StatusBadge';

export type WalkInPrefill = { citizenName: string; iin: string };

type Message = { ok: boolean; text: string; visit?: Visit; walkIn?: WalkInPrefill };

/**
 * Find today's visit by IIN, booking code or name. Arrow keys choose among the booked ones found,
 * Enter checks the chosen one in; a miss offers to log a walk-in with what was typed.
 */
export function CheckIn({ day, onCheckedIn, onOpenVisit, onWalkIn }: { day: string; onCheckedIn(visit: Visit): void; onOpenVisit(id: string): void; onWalkIn(prefill: WalkInPrefill): void }) {
  const { t } = useTranslation('intake');
  const api = useApi();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [found, setFound] = useState<{ query: string; visits: Visit[] }>({ query: '', visits: [] });
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    if (!debounced) return;
    let current = true;
    api.call('visits.findForCheckIn', { day, query: debounced }).then(
      ({ visits }) => current && (setFound({ query: debounced, visits }), setActive(0)),
      () => current && setFound({ query: debounced, visits: [] }),
    );
    return () => {
      current = false;
    };
  }, [api, day, debounced]);

  const matches = debounced && found.query === debounced ? found.visits : [];
  const bookable = matches.filter((visit) => visit.status === 'booked');
  const openLast = message?.visit;
  useHotkeys([['alt+O', () => openLast && onOpenVisit(openLast.id)]], [], true);

  // What was typed, carried to the walk-in form: an IIN as the IIN, anything else as the name.
  const prefillOf = (term: string): WalkInPrefill => (/^\d{12}$/.test(term) ? { citizenName: '', iin: term } : { citizenName: term, iin: '' });

  const checkIn = async (visit: Visit) => {
    try {
      const arrived = await api.call('visits.checkIn', { id: visit.id });
      setMessage({ ok: true, text: t('intakeUi.checkedIn', { name: arrived.citizenName }), visit: arrived });
      setQuery('');
      onCheckedIn(arrived);
    } catch (error) {
      setMessage({ ok: false, text: errorText(t, error) });
    }
  };

  const checkInChosen = async () => {
    const term = query.trim();
    if (!term) return;
    // The list on screen is the one the operator chose from; if it has not caught up, ask afresh.
    if (found.query === term && bookable.length > 0) return checkIn(bookable[Math.min(active, bookable.length - 1)]!);
    const { visits } = await api.call('visits.findForCheckIn', { day, query: term }).catch(() => ({ visits: [] as Visit[] }));
    const first = visits.find((visit) => visit.status === 'booked');
    if (first) await checkIn(first);
    else setMessage({ ok: false, text: t('intakeUi.noMatch'), walkIn: prefillOf(term) });
  };

  const missShown = message?.walkIn !== undefined;
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="xs">
        <TextInput
          label={t('intakeUi.checkInLabel')}
          description={t('intakeUi.checkInHint')}
          value={query}
          autoComplete="off"
          data-autofocus
          autoFocus
          aria-activedescendant={bookable.length > 0 ? `check-in-match-${Math.min(active, bookable.length - 1)}` : undefined}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setMessage(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((index) => (bookable.length === 0 ? 0 : (index + step + bookable.length) % bookable.length));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              void checkInChosen();
            }
          }}
        />
        {matches.map((visit) => {
          const index = bookable.indexOf(visit);
          const chosen = index >= 0 && index === Math.min(active, bookable.length - 1);
          return (
            <Group key={visit.id} justify="space-between" id={index >= 0 ? `check-in-match-${index}` : undefined} data-chosen={chosen || undefined} bg={chosen ? 'cyan.0' : undefined} px={4}>
              <Text size="sm" fw={chosen ? 600 : 400}>
                {visit.slot} {visit.citizenName} {visit.iin} {visit.bookingCode}
              </Text>
              <Group gap="xs">
                <StatusBadge status={visit.status} />
                {visit.status === 'booked' && (
                  <Button size="xs" variant={chosen ? 'filled' : 'light'} onClick={() => void checkIn(visit)}>
                    {t('intakeUi.checkInButton')}
                  </Button>
                )}
              </Group>
            </Group>
          );
        })}
        {debounced && found.query === debounced && matches.length === 0 && !missShown && <Text size="sm" c="dimmed">{t('intakeUi.noMatch')}</Text>}
        {message && (
          <Alert color={message.ok ? 'teal' : 'orange'} role="status">
            <Group justify="space-between" gap="xs">
              <Text size="sm">{message.text}</Text>
              {message.visit && (
                <Button size="xs" variant="light" onClick={() => onOpenVisit(message.visit!.id)} title="Alt+O">
                  {t('intakeUi.openNow')}
                </Button>
              )}
              {message.walkIn && (
                <Button size="xs" variant="light" onClick={() => onWalkIn(message.walkIn!)}>
                  {t('intakeUi.logAsWalkIn')}
                </Button>
              )}
            </Group>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
