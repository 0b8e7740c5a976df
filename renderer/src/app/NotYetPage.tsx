import { Alert, Title, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Area } from './areas';

export function NotYetPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t(`nav.${area}`)}</Title>
      <Alert color="gray" title={t('notYet.title')}>
        {t('notYet.body')}
      </Alert>
    </Stack>
  );
}
