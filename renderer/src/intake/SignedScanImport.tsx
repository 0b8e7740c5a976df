import { Alert, Button, FileButton, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import { fileAsBase64 } from './file-as-base64';

/** The citizen's signed statement, scanned: recognised by its QR code and matched to its application. */
export function SignedScanImport({ visit, onMatched }: { visit: Visit; onMatched(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const match = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      const mediaType = file.type === 'image/png' || file.type === 'image/tiff' || file.type === 'application/pdf' ? file.type : 'image/jpeg';
      const result = await api.call('statements.matchSignedScan', { mediaType, contentBase64: await fileAsBase64(file) });
      const outcome = result.outcome === 'matched' && result.visitId !== visit.id ? 'otherVisit' : result.outcome;
      setMessage({ ok: result.outcome === 'matched', text: t(`statement.outcome.${outcome}`) });
      if (result.outcome === 'matched') onMatched();
    } catch (error) {
      setMessage({ ok: false, text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" align="flex-start">
      <FileButton onChange={(file) => void match(file)} accept="image/png,image/jpeg,image/tiff,application/pdf">
        {(props) => (
          <Button variant="light" loading={busy} {...props}>
            {t('statement.scan')}
          </Button>
        )}
      </FileButton>
      {message && (
        <Alert color={message.ok ? 'teal' : 'orange'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
