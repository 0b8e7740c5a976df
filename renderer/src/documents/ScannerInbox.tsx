import { ActionIcon, Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract/api';
import { useApi } from '../api/api-context';
import { useCoreEvent } from '../api/use-core-event';
import { errorText } from '../i18n/error-text';

type Inbox = MethodOutput<'scanner.inbox'>;

/** Scans the scanner wrote into its folder, each attached to this application with one click. */
type Props = { applicationId: string; attachAs: string; attachAsName: string; label: string; onAssigned(): void };

export function ScannerInbox({ applicationId, attachAs, attachAsName, label, onAssigned }: Props) {
  const { t } = useTranslation('documents');
  const api = useApi();
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [folder, setFolder] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const refresh = () => setAttempt((n) => n + 1);

  useEffect(() => {
    let current = true;
    const load = () =>
      api.call('scanner.inbox', {}).then(
        (result) => current && setInbox(result),
        (error: unknown) => current && setFailure(errorText(t, error)),
      );
    void load();
    return () => {
      current = false;
    };
  }, [api, attempt, t]);
  // A scan that arrives, or one another desk's action settles, is read when the core says so.
  useCoreEvent(['scanner.changed'], refresh);

  const act = async (work: () => Promise<unknown>, then: () => void = () => {}) => {
    setFailure(null);
    try {
      await work();
      then();
      refresh();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  if (!inbox) return null;
  return (
    <Stack gap="xs" component="section" aria-label={t('documentsUi.inboxTitle')}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t('documentsUi.inboxTitle')}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={refresh}>
          {t('documentsUi.inboxRefresh')}
        </Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          size="xs"
          label={t('documentsUi.inboxFolder')}
          placeholder={inbox.folder ?? t('documentsUi.inboxNoFolder')}
          value={folder}
          onChange={(e) => setFolder(e.currentTarget.value)}
          w={360}
        />
        <Button size="xs" variant="default" disabled={folder.trim() === ''} onClick={() => void act(() => api.call('scanner.setFolder', { folder }), () => setFolder(''))}>
          {t('documentsUi.inboxWatch')}
        </Button>
      </Group>
      {inbox.folder && (
        <Text size="xs" c="dimmed">
          {inbox.folder}
        </Text>
      )}
      {inbox.folder && inbox.files.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('documentsUi.inboxEmpty')}
        </Text>
      )}
      {inbox.files.map((file) => (
        <Group key={file.id} gap="xs">
          {file.refusedRule ? (
            <Text size="xs" c="red">
              {t('documentsUi.inboxRefused', { file: file.originalName, reason: t(`validation.attachment_${file.refusedRule}` as 'validation.invalid_value', { ns: 'validation' }) })}
            </Text>
          ) : (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => void act(() => api.call('scanner.assign', { inboxId: file.id, applicationId, checklistItem: attachAs, ...(label.trim() ? { label } : {}) }), onAssigned)}
            >
              {t('documentsUi.inboxAssign', { name: file.originalName, item: attachAsName })}
            </Button>
          )}
          <ActionIcon size="sm" variant="subtle" aria-label={t('documentsUi.inboxDiscard', { name: file.originalName })} onClick={() => void act(() => api.call('scanner.discard', { inboxId: file.id }))}>
            ×
          </ActionIcon>
        </Group>
      ))}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
