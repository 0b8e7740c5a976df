import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDayOf } from '../../../shared/domain/day';
import type { Visit } from '../../../shared/domain/visit';
import type { Language } from '../../../shared/i18n/languages';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import { localeTags } from '../i18n/i18n';
import { VisitTable } from './VisitTable';
import { WalkInForm } from './WalkInForm';

export function TodayPage({ language }: { language: Language }) {
  const { t } = useTranslation();
  const api = useApi();
  const [day] = useState(() => localDayOf(new Date()));
  const [visits, setVisits] = useState<Visit[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  // Bumped by "try again"; the effect below loads the day whenever it changes.
  const [attempt, setAttempt] = useState(0);

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

  const count = new Intl.NumberFormat(localeTags[language]).format(visits?.length ?? 0);
  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={2}>
          {t('today.title')}: {dayjs(day).locale(language).format('D MMMM YYYY, dddd')}
        </Title>
        <Text c="dimmed">{t('today.count', { count })}</Text>
      </Group>
      <WalkInForm onLogged={(visit) => setVisits((current) => [...(current ?? []), visit])} />
      {failure !== null && (
        <Alert color="red" role="alert" title={t('common.errorTitle')}>
          <Stack gap="xs" align="flex-start">
            {errorText(t, failure)}
            <Button size="xs" variant="light" onClick={() => setAttempt((n) => n + 1)}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {visits === null && failure === null ? <Loader aria-label={t('common.loading')} /> : <VisitTable visits={visits ?? []} />}
    </Stack>
  );
}
