import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract, type MethodInput } from '../../../shared/contract/api';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';
import { useFieldError } from '../common/field-error';
import { withRepeatedSecret } from './repeated-secret';

type FirstSupervisor = MethodInput<'staff.createFirstSupervisor'> & { secretAgain: string };

/** The first-run wizard's account step: the supervisor it creates is signed in at once. */
export function FirstSupervisorForm({ onBack, onCreated }: { onBack(): void; onCreated(): void }) {
  const { t } = useTranslation(['staff', 'settings']);
  const api = useApi();
  const { busy, message, run } = useDeskAction();
  const form = useForm<FirstSupervisor>({
    initialValues: { login: '', name: '', secret: '', secretAgain: '' },
    validate: schemaResolver(withRepeatedSecret(contract['staff.createFirstSupervisor'].input), { sync: true }),
    validateInputOnBlur: true,
  });
  const fieldError = useFieldError(form);
  const create = ({ secretAgain: _repeat, ...values }: FirstSupervisor) =>
    run(async () => {
      await api.call('staff.createFirstSupervisor', values);
      onCreated();
      return null;
    });

  return (
    <form onSubmit={form.onSubmit((values) => void create(values))} noValidate>
      <Stack mt="md" gap="sm">
        <Text size="sm" c="dimmed">
          {t('staffUi.firstSupervisorHint')}
        </Text>
        <TextInput label={t('staffUi.login')} autoFocus autoComplete="username" {...form.getInputProps('login')} error={fieldError('login')} />
        <TextInput label={t('staffUi.name')} {...form.getInputProps('name')} error={fieldError('name')} />
        <PasswordInput label={t('staffUi.secret')} autoComplete="new-password" {...form.getInputProps('secret')} error={fieldError('secret')} />
        <PasswordInput label={t('staffUi.secretAgain')} autoComplete="new-password" {...form.getInputProps('secretAgain')} error={fieldError('secretAgain')} />
        <Group>
          <Button variant="default" onClick={onBack}>
            {t('settings:wizard.back')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('settings:wizard.next')}
          </Button>
        </Group>
        <DeskMessageAlert message={message} />
      </Stack>
    </form>
  );
}
