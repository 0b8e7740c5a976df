import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import { StatusBadge } from '../visits/StatusBadge';

/** Find today's visit by IIN, booking code or name; Enter checks in the first booked one found. */
export function CheckIn({ day, onCheckedIn }: { day: string; onCheckedIn(visit: Visit): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [found, setFound] = useState<{ query: string; visits: Visit[] }>({ query: '', visits: [] });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    if (!debounced) return;
    let current = true;
    api.call('visits.findForCheckIn', { day, query: debounced }).then(
      ({ visits }) => current && setFound({ query: debounced, visits }),
      () => current && setFound({ query: debounced, visits: [] }),
    );
    return () => {
      current = false;
    };
  }, [api, day, debounced]);

  const matches = debounced && found.query === debounced ? found.visits : [];

  const checkIn = async (visit: Visit) => {
    try {
      const arrived = await api.call('visits.checkIn', { id: visit.id });
      setMessage({ ok: true, text: t('intakeUi.checkedIn', { name: arrived.citizenName }) });
      setQuery('');
      onCheckedIn(arrived);
    } catch (error) {
      setMessage({ ok: false, text: errorText(t, error) });
    }
  };

  const checkInFirst = async () => {
    // Ask afresh so Enter pressed before the list caught up still checks in the right citizen.
    const term = query.trim();
    if (!term) return;
    const { visits } = await api.call('visits.findForCheckIn', { day, query: term }).catch(() => ({ visits: [] as Visit[] }));
    const first = visits.find((visit) => visit.status === 'booked');
    if (first) await checkIn(first);
    else setMessage({ ok: false, text: t('intakeUi.noMatch') });
  };

  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="xs">
        <TextInput
          label={t('intakeUi.checkInLabel')}
          description={t('intakeUi.checkInHint')}
          value={query}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setMessage(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void checkInFirst();
            }
          }}
        />
        {matches.map((visit) => (
          <Group key={visit.id} justify="space-between">
            <Text size="sm">
              {visit.slot} {visit.citizenName} {visit.iin} {visit.bookingCode}
            </Text>
            <Group gap="xs">
              <StatusBadge status={visit.status} />
              {visit.status === 'booked' && (
                <Button size="xs" onClick={() => void checkIn(visit)}>
                  {t('intakeUi.checkInButton')}
                </Button>
              )}
            </Group>
          </Group>
        ))}
        {debounced && found.query === debounced && matches.length === 0 && <Text size="sm" c="dimmed">{t('intakeUi.noMatch')}</Text>}
        {message && (
          <Alert color={message.ok ? 'teal' : 'orange'} role="status">
            {message.text}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
