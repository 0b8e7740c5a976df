import { Button, FileButton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from './desk-action';
import { fileAsBase64 } from './file-as-base64';

const scanTypes = ['image/png', 'image/jpeg', 'image/tiff', 'application/pdf'] as const;

/**
 * The citizen's signed statement, scanned: recognised by its QR code and matched to its application.
 * On a visit, a paper of another visit is said to be so; on the Statements page any visit's is taken.
 */
export function SignedScanImport({ visit, onMatched }: { visit: Visit | null; onMatched(): void }) {
  const { t } = useTranslation('statements');
  const api = useApi();
  const { busy, message, run } = useDeskAction();

  const match = (file: File | null) =>
    run(async () => {
      if (!file) return null;
      const mediaType = scanTypes.find((type) => type === file.type) ?? 'image/jpeg';
      const result = await api.call('statements.matchSignedScan', { mediaType, contentBase64: await fileAsBase64(file) });
      const outcome = result.outcome === 'matched' && visit && result.visitId !== visit.id ? 'otherVisit' : result.outcome;
      if (result.outcome === 'matched') onMatched();
      return { ok: result.outcome === 'matched', text: t(`statement.outcome.${outcome}`) };
    });

  return (
    <Stack gap="xs" align="flex-start">
      <FileButton onChange={(file) => void match(file)} accept={scanTypes.join(',')}>
        {(props) => (
          <Button variant="light" loading={busy} {...props}>
            {t('statement.scan')}
          </Button>
        )}
      </FileButton>
      <DeskMessageAlert message={message} />
    </Stack>
  );
}
