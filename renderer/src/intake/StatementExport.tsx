import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from './desk-action';

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

/** Prints or saves the statement PDF; the core records it and moves the visit to "statement printed". */
export function StatementExport({ visit, onExported }: { visit: Visit; onExported(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, message, run } = useDeskAction();

  const exportStatement = () =>
    run(async () => {
      const statement = await api.call('statements.export', { visitId: visit.id, purpose: 'export' });
      download(statement.fileName, statement.pdfBase64);
      onExported();
      return { ok: true, text: statement.reprint ? t('statement.reprinted') : t('statement.exported', { file: statement.fileName }) };
    });

  const printStatement = () =>
    run(async () => {
      const result = await api.call('statements.print', { visitId: visit.id, silent: false });
      // A cancelled print dialog is not worth a message.
      if (!result.printed) return null;
      onExported();
      return { ok: true, text: result.reprint ? t('statement.reprinted') : t('statement.printed') };
    });

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
      <DeskMessageAlert message={message} />
    </Stack>
  );
}
