import { Alert, Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RestoreFromBackup } from './RestoreFromBackup';

/** Shown instead of the app when the integrity check at start failed: the way back is a restore. */
export function DamagedDatabasePage({ backupFolder, onRestored }: { backupFolder: string | null; onRestored(): void }) {
  const { t } = useTranslation('settings');
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {t('backupUi.damagedTitle')}
        </Title>
        <Alert color="red" role="alert">
          {t('backupUi.damagedBody')}
        </Alert>
        <RestoreFromBackup initialFolder={backupFolder} onRestored={onRestored} />
      </Stack>
    </Container>
  );
}
