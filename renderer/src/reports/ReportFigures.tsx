import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { serviceByCode } from '../../../shared/catalogue/catalogue';
import type { ReportSummary } from '../../../shared/domain/report';
import { useCatalogue } from '../catalogue/catalogue-context';
import { useLanguage } from '../i18n/use-language';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** The range's figures as numbers, then as bars: by service, by status, and by day for a range. */
export function ReportFigures({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const catalogue = useCatalogue();
  const minutes = (value: number | null) => (value === null ? t('reportUi.none') : t('reportUi.minutes', { value }));
  const serviceName = (code: string | null) => (code === null ? t('reportUi.noService') : (serviceByCode(catalogue, code)?.name ? pick(serviceByCode(catalogue, code)!.name) : code));
  const count = t('reportUi.columns.count');

  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label={t('reportUi.figures.visits')} value={String(summary.visits)} testId="figure-visits" />
        <Figure label={t('reportUi.figures.noShows')} value={String(summary.noShows)} testId="figure-no-shows" />
        <Figure label={t('reportUi.figures.waitMedian')} value={minutes(summary.waiting.medianMinutes)} testId="figure-wait-median" />
        <Figure label={t('reportUi.figures.waitP90')} value={minutes(summary.waiting.p90Minutes)} testId="figure-wait-p90" />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('reportUi.figures.measured', { count: summary.waiting.measured })}
      </Text>
      {summary.visits > 0 && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('reportUi.byService')}
            </Title>
            <BarChart
              h={Math.max(160, 28 * summary.byService.length)}
              orientation="vertical"
              dataKey="name"
              yAxisProps={{ width: 220 }}
              data={summary.byService.map((entry) => ({ name: serviceName(entry.serviceCode), [count]: entry.count }))}
              series={[{ name: count, color: 'cyan.6' }]}
            />
          </Stack>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('reportUi.byStatus')}
            </Title>
            <BarChart
              h={200}
              dataKey="name"
              data={summary.byStatus.map((entry) => ({ name: t(`visit.status.${entry.status}`), [count]: entry.count }))}
              series={[{ name: count, color: 'teal.6' }]}
            />
          </Stack>
        </SimpleGrid>
      )}
      {summary.perDay.length > 1 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('reportUi.perDay')}
          </Title>
          <BarChart
            h={220}
            dataKey="day"
            type="stacked"
            data={summary.perDay.map((day) => ({ day: day.day.slice(5), [t('reportUi.columns.count')]: day.visits - day.noShows, [t('reportUi.columns.noShows')]: day.noShows }))}
            series={[
              { name: t('reportUi.columns.count'), color: 'cyan.6' },
              { name: t('reportUi.columns.noShows'), color: 'gray.5' },
            ]}
          />
        </Stack>
      )}
    </Stack>
  );
}
