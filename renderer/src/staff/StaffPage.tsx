import { Alert, Badge, Button, Group, Paper, PasswordInput, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract/api';
import type { NewStaffMember, StaffMember } from '../../../shared/domain/staff';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import { withRepeatedSecret } from './repeated-secret';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';
import { useFieldError } from '../common/field-error';

/** A supervisor's page: the desk's accounts. The core refuses its calls to an operator, and it says so. */
export function StaffPage() {
  const { t } = useTranslation('staff');
  const api = useApi();
  const [staff, setStaff] = useState<StaffMember[] | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const load = useCallback(() => {
    api.call('staff.list', {}).then(
      (list) => {
        setStaff(list.staff);
        setRefusal(null);
      },
      (error: unknown) => setRefusal(errorText(t, error)),
    );
  }, [api, t]);
  useEffect(load, [load]);

  if (refusal) {
    return (
      <Alert color="orange" role="alert" title={t('staffUi.title')}>
        {refusal}
      </Alert>
    );
  }
  return (
    <Stack>
      <Title order={2}>{t('staffUi.title')}</Title>
      {staff && <StaffTable staff={staff} onChanged={load} />}
      <NewStaffForm onAdded={load} />
    </Stack>
  );
}

function StaffTable({ staff, onChanged }: { staff: StaffMember[]; onChanged(): void }) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const { busy, message, run } = useDeskAction();
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const act = (work: () => Promise<unknown>) =>
    run(async () => {
      await work();
      onChanged();
      return { ok: true, text: t('staffUi.saved') };
    });
  const now = new Date().toISOString();

  return (
    <Stack gap="xs">
      <Table striped aria-label={t('staffUi.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staffUi.login')}</Table.Th>
            <Table.Th>{t('staffUi.name')}</Table.Th>
            <Table.Th>{t('staffUi.role')}</Table.Th>
            <Table.Th>{t('staffUi.state')}</Table.Th>
            <Table.Th>{t('staffUi.newSecret')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((member) => {
            const locked = member.lockedUntil !== null && member.lockedUntil > now;
            return (
              <Table.Tr key={member.id}>
                <Table.Td>{member.login}</Table.Td>
                <Table.Td>{member.name}</Table.Td>
                <Table.Td>{t(`sessionUi.roles.${member.role}`)}</Table.Td>
                <Table.Td>
                  {!member.active ? (
                    <Badge color="gray">{t('staffUi.disabled')}</Badge>
                  ) : locked ? (
                    <Badge color="orange.4" c="dark.9">{t('staffUi.lockedUntil', { time: dayjs(member.lockedUntil).format('HH:mm') })}</Badge>
                  ) : (
                    <Badge color="teal">{t('staffUi.active')}</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <PasswordInput
                      size="xs"
                      miw={170}
                      aria-label={`${t('staffUi.newSecret')}: ${member.login}`}
                      value={secrets[member.id] ?? ''}
                      onChange={(event) => setSecrets({ ...secrets, [member.id]: event.currentTarget.value })}
                    />
                    <Button
                      size="xs"
                      variant="light"
                      disabled={busy || !secrets[member.id]}
                      onClick={() => void act(() => api.call('staff.resetSecret', { id: member.id, secret: secrets[member.id] ?? '' }).finally(() => setSecrets({ ...secrets, [member.id]: '' })))}
                    >
                      {t('staffUi.setSecret')}
                    </Button>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {locked && (
                      <Button size="xs" variant="light" disabled={busy} onClick={() => void act(() => api.call('staff.unlock', { id: member.id }))}>
                        {t('staffUi.unlock')}
                      </Button>
                    )}
                    <Button size="xs" variant="default" disabled={busy} onClick={() => void act(() => api.call('staff.update', { id: member.id, role: member.role === 'operator' ? 'supervisor' : 'operator' }))}>
                      {member.role === 'operator' ? t('staffUi.makeSupervisor') : t('staffUi.makeOperator')}
                    </Button>
                    <Button size="xs" variant="default" disabled={busy} onClick={() => void act(() => api.call('staff.update', { id: member.id, active: !member.active }))}>
                      {member.active ? t('staffUi.disable') : t('staffUi.enable')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <DeskMessageAlert message={message} />
    </Stack>
  );
}

function NewStaffForm({ onAdded }: { onAdded(): void }) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const { busy, message, run } = useDeskAction();
  const form = useForm<NewStaffMember & { secretAgain: string }>({
    initialValues: { login: '', name: '', role: 'operator', secret: '', secretAgain: '' },
    validate: schemaResolver(withRepeatedSecret(contract['staff.create'].input), { sync: true }),
    validateInputOnBlur: true,
  });
  const fieldError = useFieldError(form);
  const add = ({ secretAgain: _repeat, ...values }: NewStaffMember & { secretAgain: string }) =>
    run(async () => {
      await api.call('staff.create', values);
      form.reset();
      onAdded();
      return { ok: true, text: t('staffUi.added') };
    });

  return (
    <Paper withBorder p="md">
      <form onSubmit={form.onSubmit((values) => void add(values))} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('staffUi.add')}
          </Title>
          <Group grow align="flex-start">
            <TextInput label={t('staffUi.login')} autoComplete="off" {...form.getInputProps('login')} error={fieldError('login')} />
            <TextInput label={t('staffUi.name')} autoComplete="off" {...form.getInputProps('name')} error={fieldError('name')} />
            <Select
              label={t('staffUi.role')}
              allowDeselect={false}
              data={[
                { value: 'operator', label: t('sessionUi.roles.operator') },
                { value: 'supervisor', label: t('sessionUi.roles.supervisor') },
              ]}
              {...form.getInputProps('role')}
            />
          </Group>
          <Group grow align="flex-start">
            <PasswordInput label={t('staffUi.secret')} autoComplete="new-password" {...form.getInputProps('secret')} error={fieldError('secret')} />
            <PasswordInput label={t('staffUi.secretAgain')} autoComplete="new-password" {...form.getInputProps('secretAgain')} error={fieldError('secretAgain')} />
          </Group>
          <Button type="submit" w="fit-content" loading={busy}>
            {t('staffUi.addSubmit')}
          </Button>
          <DeskMessageAlert message={message} />
        </Stack>
      </form>
    </Paper>
  );
}
