import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRecord } from '../../../shared/domain/attachment';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import { DocumentPage } from './DocumentPage';

/** A document's pages, one at a time, with a quarter turn that is saved as a new version. */
export function DocumentViewer({
  attachment,
  editable,
  onClose,
  onRotated,
}: {
  attachment: AttachmentRecord;
  editable: boolean;
  onClose(): void;
  onRotated(version: AttachmentRecord): void;
}) {
  const { t } = useTranslation('documents');
  const api = useApi();
  const [page, setPage] = useState(1);
  const [pageCount, setPageCount] = useState(attachment.pageCount ?? 1);
  const [note, setNote] = useState<{ text: string; failed: boolean } | null>(null);

  const rotate = async () => {
    setNote(null);
    try {
      const version = await api.call('attachments.rotate', { id: attachment.id, page });
      setNote({ text: t('documentsUi.rotated', { version: version.version }), failed: false });
      onRotated(version);
    } catch (error) {
      setNote({ text: errorText(t, error), failed: true });
    }
  };

  return (
    <Modal opened onClose={onClose} size="xl" title={attachment.originalName} closeButtonProps={{ 'aria-label': t('documentsUi.close') }}>
      <Stack>
        <Group justify="space-between">
          <Group gap="xs">
            <Button size="xs" variant="default" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('documentsUi.previous')}
            </Button>
            <Text size="sm">{t('documentsUi.viewerPage', { page, count: pageCount })}</Text>
            <Button size="xs" variant="default" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
              {t('documentsUi.next')}
            </Button>
          </Group>
          {editable && (
            <Button size="xs" variant="light" onClick={() => void rotate()}>
              {t('documentsUi.rotate')}
            </Button>
          )}
        </Group>
        {note && (
          <Alert color={note.failed ? 'red' : 'teal'} role={note.failed ? 'alert' : 'status'}>
            {note.text}
          </Alert>
        )}
        <DocumentPage
          attachment={attachment}
          page={page}
          width={760}
          label={t('documentsUi.viewerPage', { page, count: pageCount })}
          onOpened={(opened) => setPageCount(opened.pageCount)}
        />
      </Stack>
    </Modal>
  );
}
