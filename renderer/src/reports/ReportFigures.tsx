import { BarChart } from '@mantine/charts';
import { Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { serviceByCode } from '../../../shared/catalogue/catalogue';
import type { ReportSummary } from '../../../shared/domain/report';
import { useCatalogue } from '../catalogue/catalogue-context';
import { useLanguage } from '../i18n/use-language';
import { Figure } from './Figure';

/** The range's figures as numbers, then as bars: by service, by status, and by day for a range. */
export function ReportFigures({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation(['reports', 'common']);
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
            {/* Bars as rows of text: a Kazakh service name can run to three lines, and a chart's
                axis would cut or overlap it. */}
            <Stack gap={6} data-testid="by-service">
              {summary.byService.map((entry) => (
                <Stack key={entry.serviceCode ?? ''} gap={2}>
                  <Text size="sm">{serviceName(entry.serviceCode)}</Text>
                  <Group gap="xs" wrap="nowrap">
                    <Progress value={(100 * entry.count) / Math.max(...summary.byService.map((each) => each.count))} color="cyan.6" size="lg" style={{ flex: 1 }} aria-hidden />
                    <Text size="sm" fw={600} w={40} ta="right">
                      {entry.count}
                    </Text>
                  </Group>
                </Stack>
              ))}
            </Stack>
          </Stack>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('reportUi.byStatus')}
            </Title>
            <BarChart
              h={200}
              dataKey="name"
              yAxisProps={{ allowDecimals: false }}
              data={summary.byStatus.map((entry) => ({ name: t(`common:visit.status.${entry.status}`), [count]: entry.count }))}
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
            yAxisProps={{ allowDecimals: false }}
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
