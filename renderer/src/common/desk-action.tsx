import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/error-text';

export type DeskMessage = { ok: boolean; text: string };

/**
 * One operator action at a time: busy while it runs, then the message it ends with, or the
 * translated error it failed with.
 */
export function useDeskAction() {
  const { t } = useTranslation('errors');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<DeskMessage | null>(null);
  const run = async (work: () => Promise<DeskMessage | null>) => {
    setBusy(true);
    // A new action's outcome replaces the last one's: an old refusal never outlives a success.
    setMessage(null);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ ok: false, text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, run };
}

export function DeskMessageAlert({ message }: { message: DeskMessage | null }) {
  if (!message) return null;
  return (
    <Alert color={message.ok ? 'teal' : 'orange'} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </Alert>
  );
}
