import { Alert, Button, Group, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../common/DayInput';
import { localDayOf } from '../../../shared/domain/day';
import { dayRangeSchema, type DayRange, type RegisterRow, type ReportFile, type ReportSummary } from '../../../shared/domain/report';
import { useApi } from '../api/api-context';
import { saveFile } from '../common/save-file';
import { errorText } from '../i18n/error-text';
import { useLanguage } from '../i18n/use-language';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';
import { CentreFigures } from './CentreFigures';
import { RegisterTable } from './RegisterTable';
import { ReportFigures } from './ReportFigures';

type Loaded = { range: DayRange; rows: RegisterRow[]; truncated: boolean; summary: ReportSummary };

/** The day register and the figures for a day or a range, saved as CSV or PDF, or printed. */
export function ReportsPage() {
  const { t } = useTranslation(['reports', 'common']);
  const api = useApi();
  const { language } = useLanguage();
  const today = localDayOf(new Date());
  const [range, setRange] = useState<DayRange>({ from: today, to: today });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const { busy, message, run } = useDeskAction();
  const valid = dayRangeSchema.safeParse(range);
  const issue = valid.success ? undefined : valid.error.issues[0]?.message;
  // A half-typed date gets the catalogue's date rule; the range rule has its own sentence.
  const rangeError = valid.success ? null : t(issue === 'validation.report_range' ? 'validation.report_range' : 'validation.day', { ns: 'validation' });

  useEffect(() => {
    if (!valid.success) return;
    let current = true;
    Promise.all([api.call('reports.register', valid.data), api.call('reports.summary', valid.data)]).then(
      ([register, summary]) => {
        if (!current) return;
        setLoaded({ range: valid.data, ...register, summary });
        setFailure(null);
      },
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
    // The parsed range is rebuilt each render; its two days are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, range.from, range.to, valid.success]);

  const save = (file: ReportFile) =>
    run(async () => {
      if (!valid.success) return null;
      const made = await api.call('reports.file', { range: valid.data, file, language });
      saveFile(made.fileName, made.contentBase64, made.mediaType);
      return { ok: true, text: t('reportUi.saved', { file: made.fileName }) };
    });
  const print = () =>
    run(async () => {
      if (!valid.success) return null;
      const { printed } = await api.call('reports.print', { range: valid.data, language, silent: false });
      return printed ? { ok: true, text: t('reportUi.printed') } : null;
    });

  return (
    <Stack>
      <Title order={2}>{t('reportUi.title')}</Title>
      <Group align="flex-end">
        <DayInput label={t('reportUi.from')} value={range.from} onChange={(from) => setRange({ ...range, from })} />
        <DayInput label={t('reportUi.to')} value={range.to} onChange={(to) => setRange({ ...range, to })} error={rangeError} />
      </Group>
      <Group>
        <Button onClick={() => void print()} loading={busy} disabled={!valid.success}>
          {t('reportUi.print')}
        </Button>
        <Button variant="light" onClick={() => void save('register.pdf')} loading={busy} disabled={!valid.success}>
          {t('reportUi.savePdf')}
        </Button>
        <Button variant="light" onClick={() => void save('register.csv')} loading={busy} disabled={!valid.success}>
          {t('reportUi.saveCsv')}
        </Button>
        <Button variant="light" onClick={() => void save('summary.csv')} loading={busy} disabled={!valid.success}>
          {t('reportUi.saveSummaryCsv')}
        </Button>
      </Group>
      <DeskMessageAlert message={message} />
      {failure !== null && (
        <Alert color="red" role="alert">
          {errorText(t, failure)}
        </Alert>
      )}
      {!loaded ? (
        <Loader aria-label={t('common:common.loading')} />
      ) : (
        <Tabs defaultValue="register" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="register">{t('reportUi.register')}</Tabs.Tab>
            <Tabs.Tab value="summary">{t('reportUi.summary')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="register" pt="md">
            {loaded.truncated && <Alert color="yellow">{t('reportUi.truncated', { count: loaded.rows.length })}</Alert>}
            <RegisterTable rows={loaded.rows} showDay={loaded.range.from !== loaded.range.to} />
          </Tabs.Panel>
          <Tabs.Panel value="summary" pt="md">
            <ReportFigures summary={loaded.summary} />
          </Tabs.Panel>
        </Tabs>
      )}
      <CentreFigures />
    </Stack>
  );
}
