import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';

function download(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves the statement PDF; the core records it and moves the visit to "statement printed". */
export function StatementExport({ visit, onExported }: { visit: Visit; onExported(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const exportStatement = async () => {
    setBusy(true);
    try {
      const statement = await api.call('statements.export', { visitId: visit.id, purpose: 'export' });
      download(statement.fileName, statement.pdfBase64);
      setMessage({ ok: true, text: statement.reprint ? t('statement.reprinted') : t('statement.exported', { file: statement.fileName }) });
      onExported();
    } catch (error) {
      setMessage({ ok: false, text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const printStatement = async () => {
    setBusy(true);
    try {
      const result = await api.call('statements.print', { visitId: visit.id, silent: false });
      if (result.printed) {
        setMessage({ ok: true, text: result.reprint ? t('statement.reprinted') : t('statement.printed') });
        onExported();
      }
    } catch (error) {
      setMessage({ ok: false, text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Group>
        <Button onClick={() => void printStatement()} loading={busy}>
          {t('statement.print')}
        </Button>
        <Button variant="light" onClick={() => void exportStatement()} loading={busy}>
          {t('statement.export')}
        </Button>
      </Group>
      {message && (
        <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
