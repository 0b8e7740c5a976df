import { ActionIcon, Alert, Badge, Button, FileButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentKinds, type DocumentKind } from '../../../shared/catalogue/documents';
import type { MethodOutput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import { localeTags } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';
import { fileAsBase64 } from './file-as-base64';

type Listing = MethodOutput<'attachments.list'>;

/** The service's required documents, what covers each, and the files attached. */
export function DocumentsPanel({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const { language, pick } = useLanguage();
  const [listing, setListing] = useState<Listing | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const reload = () => setAttempt((n) => n + 1);

  useEffect(() => {
    let current = true;
    api.call('attachments.list', { applicationId }).then(
      (result) => current && setListing(result),
      (error: unknown) => current && setFailure(errorText(t, error)),
    );
    return () => {
      current = false;
    };
  }, [api, applicationId, attempt, t]);

  const nameOf = (item: string) => (item in documentKinds ? pick(documentKinds[item as DocumentKind]) : item);

  const add = async (checklistItem: string, file: File | null) => {
    if (!file) return;
    setFailure(null);
    try {
      await api.call('attachments.add', { applicationId, checklistItem, fileName: file.name, contentBase64: await fileAsBase64(file) });
      reload();
    } catch (error) {
      const issue = error instanceof ApiError ? error.issues?.[0] : undefined;
      setFailure(issue ? t('documentsUi.refused', { file: file.name, reason: t(issue.message as 'validation.invalid_value') }) : errorText(t, error));
    }
  };

  const remove = async (id: string) => {
    try {
      await api.call('attachments.remove', { id });
      reload();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  if (!listing) return null;
  const kilobytes = new Intl.NumberFormat(localeTags[language], { maximumFractionDigits: 0 });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="documents-title">
      <Stack gap="sm">
        <Title order={3} id="documents-title">
          {t('documentsUi.title')}
        </Title>
        {listing.checklist.map(({ item, covered }) => (
          <Group key={item} justify="space-between">
            <Group gap="xs">
              <Text size="sm">{nameOf(item)}</Text>
              <Badge color={covered ? 'teal' : 'orange'} variant="light">
                {covered ? t('documentsUi.covered') : t('documentsUi.missing')}
              </Badge>
            </Group>
            <FileButton onChange={(file) => void add(item, file)} accept="application/pdf,image/jpeg,image/png,image/tiff">
              {(props) => (
                <Button size="xs" variant="light" {...props}>
                  {t('documentsUi.add')}
                </Button>
              )}
            </FileButton>
          </Group>
        ))}
        {!listing.standardListKnown && (
          <Text size="xs" c="dimmed">
            {t('application.documentsUnknown')}
          </Text>
        )}
        {listing.attachments.length > 0 && (
          <Table aria-label={t('documentsUi.title')}>
            <Table.Tbody>
              {listing.attachments.map((attachment) => (
                <Table.Tr key={attachment.id}>
                  <Table.Td>{attachment.originalName}</Table.Td>
                  <Table.Td>{nameOf(attachment.checklistItem)}</Table.Td>
                  <Table.Td>{attachment.pageCount ? t('documentsUi.pages', { count: attachment.pageCount }) : null}</Table.Td>
                  <Table.Td>{t('documentsUi.size', { size: kilobytes.format(Math.max(1, attachment.size / 1024)) })}</Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('documentsUi.remove', { name: attachment.originalName })} onClick={() => void remove(attachment.id)}>
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
