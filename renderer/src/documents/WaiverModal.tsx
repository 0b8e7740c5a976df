import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';

/** A supervisor's leave to complete the application without one required document, with why. */
export function WaiverModal({ applicationId, item, itemName, onClose, onWaived }: { applicationId: string; item: string; itemName: string; onClose(): void; onWaived(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const record = async () => {
    setFailure(null);
    try {
      await api.call('attachments.waive', { applicationId, item, reason });
      onWaived();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('documentsUi.waiveTitle', { item: itemName })} closeButtonProps={{ 'aria-label': t('documentsUi.close') }}>
      <Stack>
        <Textarea label={t('documentsUi.waiveReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={500} data-autofocus />
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void record()} disabled={reason.trim() === ''}>
            {t('documentsUi.waiveConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
