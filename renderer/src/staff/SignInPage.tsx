import { Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract/api';
import type { SessionView } from '../../../shared/domain/staff';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';
import { useFieldError } from '../common/field-error';

/**
 * The sign-in screen, and the locked desk's: the one who was signed in, or anyone else, signs in.
 * The PIN field is cleared after every try, so it never stays on screen for the next person.
 */
export function SignInPage({ locked, onSignedIn }: { locked: SessionView['staff']; onSignedIn(session: SessionView): void }) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const { busy, message, run } = useDeskAction();
  const form = useForm({
    initialValues: { login: locked?.login ?? '', secret: '' },
    validate: schemaResolver(contract['session.signIn'].input, { sync: true }),
  });
  const fieldError = useFieldError(form);
  const signIn = (values: { login: string; secret: string }) =>
    run(async () => {
      try {
        onSignedIn(await api.call('session.signIn', values));
        return null;
      } finally {
        form.setFieldValue('secret', '');
      }
    });

  return (
    <Container size="xs" py="xl">
      <Paper withBorder p="lg">
        <form onSubmit={form.onSubmit((values) => void signIn(values))} noValidate>
          <Stack gap="sm">
            <Title order={1} size="h2">
              {locked ? t('sessionUi.lockedTitle') : t('sessionUi.signInTitle')}
            </Title>
            <Text c="dimmed">{locked ? t('sessionUi.lockedIntro', { name: locked.name }) : t('sessionUi.signInIntro')}</Text>
            <TextInput label={t('sessionUi.login')} autoComplete="username" autoFocus={!locked} {...form.getInputProps('login')} error={fieldError('login')} />
            <PasswordInput label={t('sessionUi.secret')} autoComplete="current-password" autoFocus={Boolean(locked)} {...form.getInputProps('secret')} error={fieldError('secret')} />
            <Button type="submit" loading={busy}>
              {t('sessionUi.submit')}
            </Button>
            <DeskMessageAlert message={message} />
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
