import { Loader, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRecord } from '../../../shared/domain/attachment';
import { useApi } from '../api/api-context';
import { errorText, refusedRule } from '../i18n/error-text';
import { attachmentBytes } from './attachment-transfer';
import { openDocument, type OpenedDocument } from './page-render';

/** One page of a stored document drawn at a width: a thumbnail, or the viewer's page. */
export function DocumentPage({
  attachment,
  page = 1,
  width,
  label,
  onOpened,
}: {
  attachment: AttachmentRecord;
  page?: number;
  width: number;
  label: string;
  onOpened?: (document: OpenedDocument) => void;
}) {
  const { t } = useTranslation(['documents', 'common']);
  const api = useApi();
  const canvas = useRef<HTMLCanvasElement>(null);
  // What was last drawn, and for which page: anything else is still loading.
  const drawing = `${attachment.id}:${page}:${width}`;
  const [outcome, setOutcome] = useState<{ drawing: string; state: 'shown' | 'failed'; error?: unknown } | null>(null);
  const state = outcome?.drawing === drawing ? outcome.state : 'loading';

  useEffect(() => {
    let current = true;
    attachmentBytes(api, attachment.id)
      .then((bytes) => openDocument(bytes, attachment.mediaType))
      .then(async (opened) => {
        if (!current || !canvas.current) return;
        onOpened?.(opened);
        await opened.draw(canvas.current, Math.min(page, opened.pageCount), width);
        if (current) setOutcome({ drawing, state: 'shown' });
      })
      .catch((error: unknown) => current && setOutcome({ drawing, state: 'failed', error }));
    return () => {
      current = false;
    };
    // onOpened is a callback for the parent, not an input of the drawing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, attachment.id, attachment.mediaType, page, width, drawing]);

  return (
    <div style={{ width, minHeight: state === 'shown' ? undefined : width * 0.6, position: 'relative' }}>
      <canvas ref={canvas} role="img" aria-label={label} style={{ width: '100%', display: state === 'failed' ? 'none' : 'block', border: '1px solid var(--mantine-color-gray-3)' }} />
      {state === 'loading' && <Loader size="sm" style={{ position: 'absolute', top: 8, left: 8 }} aria-label={t('common:common.loading')} />}
      {state === 'failed' && (
        <Text size="xs" c="red">
          {/* A page refused before decoding says which rule it broke; any other failure, that it cannot be shown. */}
          {refusedRule(outcome?.error) ? errorText(t, outcome?.error) : t('documentsUi.previewFailed')}
        </Text>
      )}
    </div>
  );
}
