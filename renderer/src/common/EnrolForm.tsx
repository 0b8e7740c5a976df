import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { SyncStatus } from '../../../shared/domain/sync';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from './desk-action';

type EnrolValues = { server: string; centreId: string; deskId: string; enrolmentCode: string };

/** Done once per workstation by a supervisor; the core keeps the credential, the page never sees it. */
export function EnrolForm({ status, onEnrolled }: { status: SyncStatus; onEnrolled(status: SyncStatus): void }) {
  const { t } = useTranslation('sync');
  const api = useApi();
  const { busy, message, run } = useDeskAction();
  const form = useForm<EnrolValues>({
    initialValues: { server: status.server ?? 'https://', centreId: status.centreId ?? '', deskId: status.deskId ?? '', enrolmentCode: '' },
    // The contract's own schema: the form refuses exactly what the core would.
    // Checked when submitted, not as fields are left: an empty re-enrol form beside "Sync now" must
    // not greet every click elsewhere with "required".
    validate: schemaResolver(contract['sync.enrol'].input, { sync: true }),
  });
  // A workstation set up by the wizard already knows its centre and window: offer them.
  useEffect(() => {
    if (status.centreId && status.deskId) return;
    let current = true;
    api.call('settings.get', {}).then(
      ({ settings }) => {
        if (!current) return;
        if (!form.getValues().centreId && settings.centreId) form.setFieldValue('centreId', settings.centreId);
        if (!form.getValues().deskId && settings.deskId) form.setFieldValue('deskId', settings.deskId);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]); // eslint-disable-line react-hooks/exhaustive-deps
  const translated = (key: unknown) => (typeof key === 'string' ? t(key as 'validation.required', { ns: 'validation' }) : undefined);

  const enrol = (values: EnrolValues) =>
    run(async () => {
      try {
        onEnrolled(await api.call('sync.enrol', values));
        form.setFieldValue('enrolmentCode', '');
        return null;
      } catch (error) {
        if (error instanceof ApiError) for (const issue of error.issues ?? []) form.setFieldError(String(issue.path[0]), issue.message);
        throw error;
      }
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="enrol-title">
      <form onSubmit={form.onSubmit((values) => void enrol(values))} noValidate>
        <Stack gap="sm" maw={520}>
          <Title order={3} id="enrol-title">
            {status.server ? t('syncUi.enrol.again') : t('syncUi.enrol.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('syncUi.enrol.hint')}
          </Text>
          {(['server', 'centreId', 'deskId', 'enrolmentCode'] as const).map((field) => (
            <TextInput
              key={field}
              label={t(`syncUi.enrol.${field === 'centreId' ? 'centre' : field === 'deskId' ? 'desk' : field === 'enrolmentCode' ? 'code' : 'server'}`)}
              type={field === 'enrolmentCode' ? 'password' : 'text'}
              autoComplete="off"
              {...form.getInputProps(field)}
              error={translated(form.errors[field])}
            />
          ))}
          <Button type="submit" loading={busy} w="fit-content">
            {t('syncUi.enrol.submit')}
          </Button>
          <DeskMessageAlert message={message} />
        </Stack>
      </form>
    </Paper>
  );
}
