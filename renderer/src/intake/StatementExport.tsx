import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { saveFile } from '../app/save-file';
import { DeskMessageAlert, useDeskAction } from './desk-action';

/** Prints or saves the statement PDF; the core records it and moves the visit to "statement printed". */
export function StatementExport({ visit, onExported }: { visit: Visit; onExported(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, message, run } = useDeskAction();

  const exportStatement = () =>
    run(async () => {
      const statement = await api.call('statements.export', { visitId: visit.id, purpose: 'export' });
      saveFile(statement.fileName, statement.pdfBase64, 'application/pdf');
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
