import { Button, Group, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupState } from '../../../shared/domain/backup';
import { isErrorCode } from '../../../shared/contract/errors';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';

/** The schedule's last result and a button for a backup now, before a risky change or at closing. */
export function BackupPanel() {
  const { t } = useTranslation(['settings', 'errors', 'sync']);
  const api = useApi();
  const [state, setState] = useState<BackupState | null>(null);
  const { busy, message, run } = useDeskAction();
  const refresh = useCallback(() => {
    api.call('backups.state', {}).then(setState, () => undefined);
  }, [api]);
  useEffect(refresh, [refresh]);

  const backUp = () =>
    run(async () => {
      const snapshot = await api.call('backups.run', {});
      refresh();
      const size = t('sync:syncUi.megabytes', { size: ((snapshot.databaseBytes + snapshot.blobBytes) / 1024 / 1024).toFixed(1) });
      return { ok: true, text: t('backupUi.made', { count: snapshot.blobs, size }) };
    });

  if (!state) return null;
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="backup-last">
        {t('backupUi.lastAt', { at: state.lastAt ? dayjs(state.lastAt).format('DD.MM.YYYY HH:mm') : t('backupUi.never') })}
      </Text>
      {state.lastError && (
        <Text size="sm" c="red">
          {t('backupUi.lastError', { reason: isErrorCode(state.lastError) ? t(`errors:errors.${state.lastError}`) : state.lastError })}
        </Text>
      )}
      <Group>
        <Button variant="light" onClick={() => void backUp()} loading={busy || state.running} disabled={!state.folder}>
          {t('backupUi.runNow')}
        </Button>
        {!state.folder && (
          <Text size="sm" c="dimmed">
            {t('backupUi.noFolder')}
          </Text>
        )}
      </Group>
      <DeskMessageAlert message={message} />
    </Stack>
  );
}
