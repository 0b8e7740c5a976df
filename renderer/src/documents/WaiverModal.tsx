import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import { useSession } from '../common/session-context';

/**
 * A supervisor's leave to complete the application without one required document, with why. An
 * operator asks here and the supervisor approves in the same dialog with their own login and PIN:
 * the waiver and its audit row are the supervisor's.
 */
export function WaiverModal({ applicationId, item, itemName, onClose, onWaived }: { applicationId: string; item: string; itemName: string; onClose(): void; onWaived(): void }) {
  const { t } = useTranslation(['documents', 'application', 'common']);
  const api = useApi();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const { session } = useSession();
  const needsApproval = session.staff?.role !== 'supervisor';
  const [login, setLogin] = useState('');
  const [secret, setSecret] = useState('');

  const record = async () => {
    setFailure(null);
    try {
      await api.call('attachments.waive', { applicationId, item, reason, ...(needsApproval ? { approval: { login, secret } } : {}) });
      onWaived();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('documentsUi.waiveTitle', { item: itemName })} closeButtonProps={{ 'aria-label': t('documentsUi.close') }}>
      <Stack>
        <Textarea label={t('documentsUi.waiveReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={500} data-autofocus />
        {needsApproval && (
          <Stack gap="xs">
            <Text size="sm">{t('application:paperwork.approvalHint')}</Text>
            <TextInput label={t('application:paperwork.approvalLogin')} value={login} onChange={(e) => setLogin(e.currentTarget.value)} autoComplete="off" required />
            <PasswordInput label={t('application:paperwork.approvalSecret')} value={secret} onChange={(e) => setSecret(e.currentTarget.value)} autoComplete="off" required />
          </Stack>
        )}
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:common.cancel')}
          </Button>
          <Button onClick={() => void record()} disabled={reason.trim() === '' || (needsApproval && (login.trim() === '' || secret === ''))}>
            {t('documentsUi.waiveConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
