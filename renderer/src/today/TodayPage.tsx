import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDayOf } from '../../../shared/domain/day';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import { localeTags } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';
import { BookingImport } from './BookingImport';
import { CheckIn, type WalkInPrefill } from './CheckIn';
import { VisitTable } from './VisitTable';
import { WalkInForm } from './WalkInForm';
import { useCoreEvent } from '../api/use-core-event';

const clockNow = () => ({ day: localDayOf(new Date()), time: dayjs().format('HH:mm') });

export function TodayPage({ onOpenVisit }: { onOpenVisit(id: string): void }) {
  const { t } = useTranslation(['today', 'common', 'intake']);
  const { language } = useLanguage();
  const api = useApi();
  const [now, setNow] = useState(clockNow);
  // Who is late changes with the clock, not only with the data.
  useInterval(() => setNow(clockNow()), 30_000, { autoInvoke: true });
  const day = now.day;
  const [visits, setVisits] = useState<Visit[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [walkIn, setWalkIn] = useState<(WalkInPrefill & { at: number }) | null>(null);
  const [confirmingClose, setConfirmingClose] = useState(false);
  // Bumped to reload the day: by "try again", an import, a check-in or closing the day.
  const [attempt, setAttempt] = useState(0);
  const reload = () => setAttempt((n) => n + 1);
  // Bookings the central system's feed brings show at once.
  useCoreEvent(['feed.applied'], (event) => {
    if (event.payload.bookings > 0) reload();
  });

  useEffect(() => {
    let current = true;
    api.call('visits.listForDay', { day }).then(
      (result) => {
        if (!current) return;
        setFailure(null);
        setVisits(result.visits);
      },
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [api, day, attempt]);

  const closeDay = async () => {
    setConfirmingClose(false);
    try {
      const { noShows } = await api.call('visits.closeDay', { day });
      setNotice(t('intake:intakeUi.dayClosed', { count: noShows }));
      reload();
    } catch (error) {
      setNotice(errorText(t, error));
    }
  };

  const count = new Intl.NumberFormat(localeTags[language]).format(visits?.length ?? 0);
  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={2}>
          {t('today.title')}: {dayjs(day).locale(language).format('D MMMM YYYY, dddd')}
        </Title>
        <Text c="dimmed">{t('today.count', { count })}</Text>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <CheckIn day={day} onCheckedIn={reload} onOpenVisit={onOpenVisit} onWalkIn={(prefill) => setWalkIn({ ...prefill, at: Date.now() })} />
        <WalkInForm onLogged={(visit) => setVisits((current) => [...(current ?? []), visit])} onOpenVisit={onOpenVisit} prefill={walkIn} />
      </SimpleGrid>
      <Group align="flex-start">
        <BookingImport onImported={reload} />
        <Button variant="subtle" color="gray" onClick={() => setConfirmingClose(true)}>
          {t('intake:intakeUi.closeDay')}
        </Button>
      </Group>
      {confirmingClose && (
        <Alert color="orange" role="alertdialog" aria-label={t('intake:intakeUi.closeDay')}>
          <Stack gap="xs" align="flex-start">
            {t('intake:intakeUi.closeDayConfirm')}
            <Group>
              <Button color="orange" onClick={() => void closeDay()}>
                {t('common:common.confirm')}
              </Button>
              <Button variant="default" onClick={() => setConfirmingClose(false)}>
                {t('common:common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {notice && <Alert role="status">{notice}</Alert>}
      {failure !== null && (
        <Alert color="red" role="alert" title={t('common:common.errorTitle')}>
          <Stack gap="xs" align="flex-start">
            {errorText(t, failure)}
            <Button size="xs" variant="light" onClick={reload}>
              {t('common:common.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {visits === null && failure === null ? (
        <Loader aria-label={t('common:common.loading')} />
      ) : (
        <VisitTable visits={visits ?? []} now={now} onOpen={onOpenVisit} />
      )}
    </Stack>
  );
}
