import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/domain/backup';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';

/**
 * Finds the finished backups in a folder and restores the one chosen. The core checks every file
 * against the backup's checksums before it replaces anything, and keeps the replaced database.
 */
export function RestoreFromBackup({ initialFolder, onRestored }: { initialFolder: string | null; onRestored(): void }) {
  const { t } = useTranslation('settings');
  const api = useApi();
  const [folder, setFolder] = useState(initialFolder ?? '');
  const [snapshots, setSnapshots] = useState<Snapshot[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [recoveryKey, setRecoveryKey] = useState('');
  const { busy, message, run } = useDeskAction();
  const time = (at: string) => dayjs(at).format('DD.MM.YYYY HH:mm');

  const find = () =>
    run(async () => {
      const found = (await api.call('backups.list', { folder })).snapshots;
      setSnapshots(found);
      setChosen(found[0]?.id ?? null);
      return found.length === 0 ? { ok: false, text: t('backupUi.noneFound') } : null;
    });
  const restore = () =>
    run(async () => {
      const snapshot = snapshots?.find((each) => each.id === chosen);
      if (!snapshot || !window.confirm(t('backupUi.restoreConfirm', { at: time(snapshot.takenAt) }))) return null;
      await api.call('backups.restore', { folder, snapshotId: snapshot.id, ...(recoveryKey.trim() ? { recoveryKey: recoveryKey.trim() } : {}) });
      onRestored();
      return { ok: true, text: t('backupUi.restored') };
    });

  return (
    <Stack gap="sm" maw={640}>
      <Group align="flex-end">
        <TextInput label={t('backupUi.folder')} value={folder} onChange={(event) => setFolder(event.currentTarget.value)} style={{ flex: 1 }} />
        <Button variant="light" onClick={() => void find()} loading={busy} disabled={!folder.trim()}>
          {t('backupUi.find')}
        </Button>
      </Group>
      {snapshots && snapshots.length > 0 && (
        <Radio.Group value={chosen} onChange={setChosen} label={t('backupUi.restoreTitle')}>
          <Stack gap={6} mt="xs">
            {snapshots.map((snapshot) => (
              <Radio
                key={snapshot.id}
                value={snapshot.id}
                label={t('backupUi.snapshot', { at: time(snapshot.takenAt), centre: snapshot.centreId ?? '—', desk: snapshot.deskId ?? '—', count: snapshot.blobs })}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {chosen && (
        <TextInput
          label={t('securityUi.restoreField')}
          description={t('securityUi.restoreHint')}
          value={recoveryKey}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setRecoveryKey(event.currentTarget.value)}
        />
      )}
      {chosen && (
        <Button color="orange" onClick={() => void restore()} loading={busy} w="fit-content">
          {t('backupUi.restore')}
        </Button>
      )}
      <DeskMessageAlert message={message} />
      <Text size="xs" c="dimmed">
        {t('wizard.restoreHint')}
      </Text>
    </Stack>
  );
}
