import { ActionIcon, Alert, Badge, Button, Group, Paper, Progress, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInItems, OTHER_DOCUMENT, SIGNED_STATEMENT } from '../../../shared/catalogue/documents';
import type { MethodOutput } from '../../../shared/contract/api';
import type { AttachmentRecord } from '../../../shared/domain/attachment';
import { scansStoredAtOnce } from '../../../shared/domain/scan-limits';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import { localeTags } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';
import { uploadFile } from './attachment-transfer';
import { ChecklistEntries } from './ChecklistEntries';
import { DocumentPage } from './DocumentPage';
import { DocumentViewer } from './DocumentViewer';
import { refusalText } from './refusal-text';
import { ScannerInbox } from './ScannerInbox';
import { WaiverModal } from './WaiverModal';

type Listing = MethodOutput<'attachments.list'>;
type Note = { text: string; failed: boolean };

/**
 * The service's required documents and what covers each; files come by drag and drop, the file
 * picker, or the scanner inbox; each can be viewed, turned, removed, or exported with a manifest.
 */
export function DocumentsPanel({ applicationId, editable }: { applicationId: string; editable: boolean }) {
  const { t } = useTranslation(['documents', 'application', 'common', 'validation']);
  const api = useApi();
  const { language, pick } = useLanguage();
  const [listing, setListing] = useState<Listing | null>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [target, setTarget] = useState<string | null>(null);
  const [sending, setSending] = useState<{ file: string; fraction: number } | null>(null);
  const [viewing, setViewing] = useState<AttachmentRecord | null>(null);
  const [waiving, setWaiving] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  // Removing asks once more: one stray click must not lose a scan the citizen has taken home.
  const [confirming, setConfirming] = useState<string | null>(null);
  const reload = () => setAttempt((n) => n + 1);

  useEffect(() => {
    let current = true;
    api.call('attachments.list', { applicationId }).then(
      (result) => current && setListing(result),
      (error: unknown) => current && setNotes([{ text: errorText(t, error), failed: true }]),
    );
    return () => {
      current = false;
    };
  }, [api, applicationId, attempt, t]);

  const nameOf = (item: string) => {
    const entry = listing?.checklist.find((candidate) => candidate.item === item);
    return entry ? pick(entry.name) : item === OTHER_DOCUMENT ? pick(builtInItems[OTHER_DOCUMENT]) : item;
  };
  const attachmentName = (attachment: AttachmentRecord) => (attachment.checklistItem === OTHER_DOCUMENT && attachment.label ? attachment.label : nameOf(attachment.checklistItem));
  // What a file can be filed as: the service's documents the citizen hands in, or "other". The
  // signed statement is filed only when its QR code is recognised, never chosen by hand.
  const items = listing
    ? [...listing.checklist.filter((entry) => entry.item !== SIGNED_STATEMENT && entry.provision !== 'from-state-systems').map((entry) => entry.item), OTHER_DOCUMENT]
    : [];
  // Files go to the item chosen, or else to the first of those still missing.
  const attachAs = (target && items.includes(target) ? target : null) ?? items.find((item) => !listing?.checklist.find((entry) => entry.item === item)?.covered) ?? OTHER_DOCUMENT;
  const needsLabel = attachAs === OTHER_DOCUMENT && label.trim() === '';

  const attach = async (files: File[]) => {
    if (needsLabel) {
      setNotes([{ text: t('validation:validation.document_label_required'), failed: true }]);
      return;
    }
    const refusals: (Note | null)[] = files.map(() => null);
    // The share sent of each file on its way; the first of them dropped is the one shown.
    const shares = new Map<number, number>();
    const showShares = () => {
      const first = Math.min(...shares.keys());
      setSending(shares.has(first) ? { file: files[first]!.name, fraction: shares.get(first)! } : null);
    };
    let next = 0;
    let turn: Promise<unknown> = Promise.resolve();
    const attachInTurn = async () => {
      for (let index = next++; index < files.length; index = next++) {
        const file = files[index]!;
        // Each upload begins once the one dropped before it has begun: the core names a document
        // as its upload begins, so the files are listed in the order dropped, whichever is stored first.
        const upload = uploadFile(
          api,
          file,
          (fraction) => {
            shares.set(index, fraction);
            showShares();
          },
          turn,
        );
        turn = upload.begun.catch(() => {});
        try {
          const uploadId = await upload.sent;
          shares.delete(index);
          showShares();
          await api.call('attachments.add', { applicationId, checklistItem: attachAs, uploadId, ...(attachAs === OTHER_DOCUMENT ? { label: label.trim() } : {}) });
        } catch (error) {
          shares.delete(index);
          refusals[index] = { text: refusalText(t, file.name, error), failed: true };
        }
      }
    };
    // A few files at a time: one is sent and checked while the desk seals the others and syncs them to disk.
    await Promise.all(Array.from({ length: scansStoredAtOnce }, attachInTurn));
    setSending(null);
    setNotes(refusals.filter((note): note is Note => note !== null));
    if (attachAs === OTHER_DOCUMENT) setLabel('');
    reload();
  };

  const remove = async (id: string) => {
    setConfirming(null);
    try {
      await api.call('attachments.remove', { id });
      reload();
    } catch (error) {
      setNotes([{ text: errorText(t, error), failed: true }]);
    }
  };

  const exportAll = async () => {
    try {
      const result = await api.call('attachments.export', { applicationId });
      setNotes([
        result.outcome === 'exported'
          ? { text: t('documentsUi.exported', { files: t('application:paperwork.files', { count: result.files }), folder: result.folder }), failed: false }
          : { text: t('documentsUi.exportCancelled'), failed: false },
      ]);
    } catch (error) {
      setNotes([{ text: errorText(t, error), failed: true }]);
    }
  };

  if (!listing) return null;
  const kilobytes = new Intl.NumberFormat(localeTags[language], { maximumFractionDigits: 0 });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="documents-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} id="documents-title">
            {t('documentsUi.title')}
          </Title>
          <Button size="xs" variant="default" onClick={() => void exportAll()} disabled={listing.attachments.length === 0}>
            {t('documentsUi.export')}
          </Button>
        </Group>
        <ChecklistEntries listing={listing} editable={editable} onWaive={setWaiving} />
        {editable && (
          <>
            <Select
              label={t('documentsUi.attachAs')}
              data={items.map((item) => ({ value: item, label: nameOf(item) }))}
              value={attachAs}
              onChange={setTarget}
              allowDeselect={false}
              maw={480}
            />
            {attachAs === OTHER_DOCUMENT && (
              <TextInput
                label={t('application:paperwork.otherLabel')}
                description={t('application:paperwork.otherLabelHint')}
                value={label}
                onChange={(event) => setLabel(event.currentTarget.value)}
                maxLength={200}
                withAsterisk
                maw={480}
              />
            )}
            {/* No type filter here: the core judges files by their bytes and says why it refuses one. */}
            <Dropzone onDrop={(files) => void attach(files)} loading={sending !== null} multiple aria-label={t('documentsUi.dropHint')}>
              <Text ta="center" size="sm" c="dimmed" py="md">
                {t('documentsUi.dropHint')}
              </Text>
            </Dropzone>
            {/* What happened to the files just dropped, beside where they were dropped. */}
            <DocumentNotes notes={notes} />
            {sending && (
              <Stack gap={4}>
                <Text size="xs">{t('documentsUi.uploading', { file: sending.file, percent: Math.round(sending.fraction * 100) })}</Text>
                <Progress value={sending.fraction * 100} aria-label={sending.file} />
              </Stack>
            )}
            <ScannerInbox applicationId={applicationId} attachAs={attachAs} attachAsName={attachAs === OTHER_DOCUMENT && label.trim() ? label.trim() : nameOf(attachAs)} label={attachAs === OTHER_DOCUMENT ? label : ''} onAssigned={reload} />
          </>
        )}
        {listing.attachments.length > 0 && (
          <Table aria-label={t('documentsUi.title')} verticalSpacing="xs">
            <Table.Tbody>
              {listing.attachments.map((attachment) => (
                <Table.Tr key={attachment.id}>
                  <Table.Td w={96}>
                    <UnstyledButton onClick={() => setViewing(attachment)} aria-label={t('documentsUi.view', { name: attachment.originalName })}>
                      <DocumentPage attachment={attachment} width={88} label={attachment.originalName} />
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{attachment.originalName}</Text>
                    {attachment.version > 1 && (
                      <Badge size="xs" variant="outline">
                        {t('documentsUi.version', { version: attachment.version })}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{attachmentName(attachment)}</Table.Td>
                  <Table.Td>{attachment.pageCount ? t('documentsUi.pages', { count: attachment.pageCount }) : null}</Table.Td>
                  <Table.Td>{t('documentsUi.size', { size: kilobytes.format(Math.max(1, attachment.size / 1024)) })}</Table.Td>
                  <Table.Td>
                    {editable && confirming !== attachment.id && (
                      <ActionIcon variant="subtle" color="red" aria-label={t('documentsUi.remove', { name: attachment.originalName })} onClick={() => setConfirming(attachment.id)}>
                        ×
                      </ActionIcon>
                    )}
                    {editable && confirming === attachment.id && (
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" color="red" onClick={() => void remove(attachment.id)} data-autofocus>
                          {t('documentsUi.removeConfirm', { name: attachmentName(attachment) })}
                        </Button>
                        <Button size="compact-xs" variant="default" onClick={() => setConfirming(null)}>
                          {t('common:common.cancel')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {!editable && <DocumentNotes notes={notes} />}
      </Stack>
      {viewing && (
        <DocumentViewer
          attachment={viewing}
          editable={editable}
          onClose={() => setViewing(null)}
          onRotated={(version) => {
            setViewing(version);
            reload();
          }}
        />
      )}
      {waiving && (
        <WaiverModal
          applicationId={applicationId}
          item={waiving}
          itemName={nameOf(waiving)}
          onClose={() => setWaiving(null)}
          onWaived={() => {
            setWaiving(null);
            reload();
          }}
        />
      )}
    </Paper>
  );
}

function DocumentNotes({ notes }: { notes: Note[] }) {
  return notes.map((note, index) => (
    <Alert key={index} color={note.failed ? 'red' : 'teal'} role={note.failed ? 'alert' : 'status'}>
      {note.text}
    </Alert>
  ));
}
