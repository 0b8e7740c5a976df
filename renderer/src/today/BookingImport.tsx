import { Alert, Button, FileButton, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract/api';
import { bookingColumns } from '../../../shared/domain/booking';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';

type Report = MethodOutput<'bookings.import'>;

export function BookingImport({ onImported }: { onImported(): void }) {
  const { t } = useTranslation(['today', 'intake']);
  const api = useApi();
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    setReport(null);
    try {
      const format = file.name.toLowerCase().endsWith('.json') ? 'json' : 'csv';
      setReport(await api.call('bookings.import', { format, content: await file.text() }));
      onImported();
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  const column = (path: (string | number)[]) => {
    const name = String(path[0] ?? '');
    return (bookingColumns as readonly string[]).includes(name) ? t(`bookingColumns.${name as (typeof bookingColumns)[number]}`) : '';
  };

  return (
    <Stack gap="xs">
      <FileButton onChange={(file) => void importFile(file)} accept=".csv,.json,text/csv,application/json">
        {(props) => (
          <Button variant="light" loading={busy} {...props}>
            {t('intake:intakeUi.importButton')}
          </Button>
        )}
      </FileButton>
      {report && (
        <Alert color={report.rejected.length ? 'orange' : 'teal'} role="status" aria-label={t('intake:intakeUi.importButton')}>
          <Text size="sm">{t('intake:intakeUi.importReport', report)}</Text>
          {report.rejected.length > 0 && (
            <>
              <Text size="sm" fw={600} mt="xs">
                {t('intake:intakeUi.rejectedTitle', { count: report.rejected.length })}
              </Text>
              <List size="sm" aria-label={t('intake:intakeUi.rejectedTitle', { count: report.rejected.length })}>
                {report.rejected.map(({ row, issues }) => (
                  <List.Item key={row}>
                    {t('intake:intakeUi.rejectedRow', { row })}: {issues.map((issue) => `${column(issue.path)} — ${t(issue.message as 'validation.service_unknown', { ns: 'validation', code: issue.params?.code ?? '' })}`).join('; ')}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
