import { Alert, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/contract/client';
import type { MethodOutput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { DurationFigures } from '../../../shared/hub/day-figures';
import { useCoreReading } from '../api/use-core-reading';
import { errorText } from '../i18n/error-text';
import { useLanguage } from '../i18n/use-language';
import { Figure } from './Figure';

type CentreAnswer = MethodOutput<'hub.figures'>;
const readFigures = (api: ApiClient) => api.call('hub.figures', {});
// Read when the page opens and when the person asks: every hub event would be a read per open page.
const noEvents = [] as const;

/** A table of figures: a head, then a row each, its cells as given. */
function FiguresTable({ testId, heads, rows }: { testId: string; heads: string[]; rows: { key: string; cells: (string | number)[] }[] }) {
  return (
    <Table striped withTableBorder data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {heads.map((head) => (
            <Table.Th key={head}>{head}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            {row.cells.map((cell, index) => (
              <Table.Td key={index}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The centre's day as its hub counts it (every window's tickets, not this desk's visits): shown
 * only on a paired desk, and when the hub is out of reach it says so instead of showing figures.
 */
export function CentreFigures() {
  const { t } = useTranslation(['reports', 'errors']);
  const { language } = useLanguage();
  // The supervisor names groups in the centre's two languages; an English screen reads the Russian.
  const groupName = (name: { kk: string; ru: string }) => name[language === 'kk' ? 'kk' : 'ru'];
  const { value: answer, failure, refresh } = useCoreReading<CentreAnswer>(readFigures, noEvents);
  if (answer === null && failure === null) return null;
  if (answer !== null && !answer.paired) return null;
  const minutes = (seconds: number | null) => (seconds === null ? t('reportUi.none') : t('reportUi.minutes', { value: Math.round(seconds / 60) }));
  const times = (row: { waiting: DurationFigures; service: DurationFigures }) => [row.waiting.medianSeconds, row.waiting.p90Seconds, row.service.medianSeconds, row.service.p90Seconds].map(minutes);
  const figures = answer?.figures ?? null;
  const problem = failure ?? (answer?.failure ? new ApiError(answer.failure) : null);
  const timeHeads = (['waitMedian', 'waitP90', 'serviceMedian', 'serviceP90'] as const).map((key) => t(`centreFigures.columns.${key}`));

  return (
    <Stack data-testid="centre-figures">
      <Group justify="space-between">
        <Title order={3}>{t('centreFigures.title')}</Title>
        <Button variant="light" size="xs" onClick={refresh}>
          {t('centreFigures.refresh')}
        </Button>
      </Group>
      {figures === null ? (
        <Alert color="yellow" role="alert" data-testid="centre-figures-unreachable">
          <Text size="sm">{t('centreFigures.unreachable')}</Text>
          {problem !== null && <Text size="sm">{errorText(t, problem)}</Text>}
        </Alert>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('centreFigures.source', { time: new Date(figures.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) })}
          </Text>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure label={t('centreFigures.issued')} value={String(figures.centre.issued)} testId="centre-issued" />
            <Figure label={t('centreFigures.waitingNow')} value={String(figures.centre.waitingNow)} testId="centre-waiting-now" />
            <Figure label={t('centreFigures.finished')} value={String(figures.centre.finished)} testId="centre-finished" />
            <Figure label={t('centreFigures.setAside')} value={String(figures.centre.setAside)} testId="centre-set-aside" />
            <Figure label={t('centreFigures.waitMedian')} value={minutes(figures.centre.waiting.medianSeconds)} testId="centre-wait-median" />
            <Figure label={t('centreFigures.waitP90')} value={minutes(figures.centre.waiting.p90Seconds)} testId="centre-wait-p90" />
            <Figure label={t('centreFigures.serviceMedian')} value={minutes(figures.centre.service.medianSeconds)} testId="centre-service-median" />
            <Figure label={t('centreFigures.noShows')} value={String(figures.centre.noShows)} testId="centre-no-shows" />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('centreFigures.explain')}
          </Text>
          <Title order={4} size="h5">
            {t('centreFigures.byGroup')}
          </Title>
          <FiguresTable
            testId="centre-by-group"
            heads={[t('centreFigures.columns.group'), t('centreFigures.columns.issued'), t('centreFigures.columns.waitingNow'), t('centreFigures.columns.setAside'), ...timeHeads]}
            rows={figures.groups.map((group) => ({ key: group.groupId, cells: [groupName(group.name), group.issued, group.waitingNow, group.setAside, ...times(group)] }))}
          />
          <Title order={4} size="h5">
            {t('centreFigures.byWindow')}
          </Title>
          <FiguresTable
            testId="centre-by-window"
            heads={[t('centreFigures.columns.window'), t('centreFigures.columns.called'), t('centreFigures.columns.finished'), t('centreFigures.columns.setAside'), ...timeHeads]}
            rows={figures.windows.map((window) => ({ key: window.windowId, cells: [window.label, window.called, window.finished, window.setAside, ...times(window)] }))}
          />
        </>
      )}
    </Stack>
  );
}
