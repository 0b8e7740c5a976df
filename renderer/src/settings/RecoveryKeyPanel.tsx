import { Button, Code, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';

/** Shows the store key for a supervisor to write down; each showing is an audit row. */
export function RecoveryKeyPanel() {
  const { t } = useTranslation('settings');
  const api = useApi();
  const [key, setKey] = useState<string | null>(null);
  const { busy, message, run } = useDeskAction();
  const show = () =>
    run(async () => {
      setKey((await api.call('security.recoveryKey', {})).recoveryKey);
      return null;
    });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('securityUi.hint')}
      </Text>
      {key ? (
        <Code block data-testid="recovery-key">
          {key}
        </Code>
      ) : (
        <Button variant="light" w="fit-content" loading={busy} onClick={() => void show()}>
          {t('securityUi.show')}
        </Button>
      )}
      <DeskMessageAlert message={message} />
    </Stack>
  );
}
