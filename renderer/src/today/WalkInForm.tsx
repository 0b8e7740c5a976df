import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../../shared/contract/errors';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/error-text';
import type { WalkInPrefill } from './CheckIn';
import { walkInFormSchema, type WalkInFormValues } from './walk-in-form-schema';

type Props = {
  onLogged(visit: Visit): void;
  onOpenVisit(id: string): void;
  /** What the check-in box held when it found nobody: carried over, not typed again. */
  prefill: (WalkInPrefill & { at: number }) | null;
};

export function WalkInForm({ onLogged, onOpenVisit, prefill }: Props) {
  const { t } = useTranslation(['today', 'common', 'intake']);
  const api = useApi();
  const nameInput = useRef<HTMLInputElement>(null);
  // Kept across retries so a save whose answer was lost is not stored twice.
  const pendingId = useRef<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Visit | null>(null);
  const iinInput = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<WalkInFormValues>({
    initialValues: { citizenName: '', iin: '' },
    validate: schemaResolver(walkInFormSchema, { sync: true }),
    validateInputOnBlur: true,
    onValuesChange: () => setSaved(null),
  });

  useHotkeys(
    [
      ['alt+N', () => nameInput.current?.focus()],
      ['alt+O', () => saved && onOpenVisit(saved.id)],
    ],
    [],
    true,
  );

  useEffect(() => {
    if (!prefill) return;
    form.setValues({ citizenName: prefill.citizenName, iin: prefill.iin });
    // The cursor goes to what is still missing: the name when an IIN was carried, else the IIN.
    (prefill.citizenName ? iinInput : nameInput).current?.focus();
  }, [prefill]); // eslint-disable-line react-hooks/exhaustive-deps

  const translated = (key: unknown) => (typeof key === 'string' ? t(key as 'validation.required', { ns: 'validation' }) : undefined);

  const save = async (values: WalkInFormValues) => {
    setBusy(true);
    setFailure(null);
    pendingId.current ??= uuidv7();
    try {
      const iin = values.iin.trim();
      const visit = await api.call('visits.logWalkIn', {
        id: pendingId.current,
        citizenName: values.citizenName.trim(),
        ...(iin ? { iin } : {}),
      });
      pendingId.current = null;
      form.reset();
      setSaved(visit);
      onLogged(visit);
      nameInput.current?.focus();
    } catch (error) {
      if (error instanceof ApiError) {
        if (error.code === 'visit.duplicate_id') pendingId.current = null;
        for (const issue of error.issues ?? []) form.setFieldError(String(issue.path[0]), issue.message);
      }
      setFailure(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="walk-in-title">
      <form onSubmit={(event) => form.onSubmit(save)(event)} noValidate>
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4" id="walk-in-title">
              {t('walkIn.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('walkIn.hint')}
            </Text>
          </div>
          <Group align="flex-start" grow>
            <TextInput
              ref={nameInput}
              label={t('walkIn.name')}
              withAsterisk
              autoComplete="off"
              {...form.getInputProps('citizenName')}
              error={translated(form.errors.citizenName)}
            />
            <TextInput
              ref={iinInput}
              label={t('walkIn.iin')}
              description={t('walkIn.iinHint')}
              inputMode="numeric"
              maxLength={12}
              autoComplete="off"
              {...form.getInputProps('iin')}
              error={translated(form.errors.iin)}
            />
          </Group>
          <Group>
            <Button type="submit" loading={busy}>
              {t('walkIn.submit')}
            </Button>
          </Group>
          {saved && (
            <Alert color="teal" role="status">
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t('walkIn.saved')}</Text>
                <Button size="xs" variant="light" onClick={() => onOpenVisit(saved.id)} title="Alt+O">
                  {t('intake:intakeUi.openNow')}
                </Button>
              </Group>
            </Alert>
          )}
          {failure && (
            <Alert color="red" role="alert" title={t('common:common.errorTitle')}>
              {failure}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
