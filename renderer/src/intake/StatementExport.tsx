import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { statementLayouts, type StatementLayoutChoice } from '../../../shared/statement/statement-content';
import { useApi } from '../api/api-context';
import { saveFile } from '../common/save-file';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';

/** Prints or saves the statement PDF; the core records it and moves the visit to "statement printed". */
export function StatementExport({ visit, onExported }: { visit: Visit; onExported(): void }) {
  const { t } = useTranslation(['statements', 'application']);
  const api = useApi();
  const { busy, message, run } = useDeskAction();
  // The citizen chooses: both languages side by side unless they ask for one.
  const [layout, setLayout] = useState<StatementLayoutChoice>('kk-ru');

  const exportStatement = () =>
    run(async () => {
      const statement = await api.call('statements.export', { visitId: visit.id, purpose: 'export', layout });
      saveFile(statement.fileName, statement.pdfBase64, 'application/pdf');
      onExported();
      return { ok: true, text: statement.reprint ? t('statement.reprinted') : t('statement.exported', { file: statement.fileName }) };
    });

  const printStatement = () =>
    run(async () => {
      const result = await api.call('statements.print', { visitId: visit.id, silent: false, layout });
      // A cancelled print dialog is not worth a message.
      if (!result.printed) return null;
      onExported();
      return { ok: true, text: result.reprint ? t('statement.reprinted') : t('statement.printed') };
    });

  return (
    <Stack gap="xs" align="flex-start">
      <Stack gap={2}>
        <Text size="sm" id="statement-layout-label">
          {t('application:paperwork.printLayout')}
        </Text>
        <SegmentedControl
          aria-labelledby="statement-layout-label"
          value={layout}
          onChange={(value) => setLayout(value as StatementLayoutChoice)}
          data={statementLayouts.map((choice) => ({ value: choice, label: t(`application:paperwork.layouts.${choice}`) }))}
        />
      </Stack>
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
