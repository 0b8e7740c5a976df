import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedCallback } from '@mantine/hooks';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import { serviceByCode } from '../../../shared/catalogue/catalogue';
import { receiverFor, receivers } from '../../../shared/catalogue/receivers';
import { regions } from '../../../shared/catalogue/regions';
import { ApiError } from '../../../shared/contract/errors';
import type { ApplicationField } from '../../../shared/domain/application';
import type { Application } from '../../../shared/domain/application-record';
import { checkIin } from '../../../shared/domain/iin';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { useCatalogue } from '../catalogue/catalogue-context';
import { errorText } from '../i18n/error-text';
import { useLanguage } from '../i18n/use-language';
import { initialValues, type ApplicationValues } from './application-values';

type Props = { visit: Visit; application: Application | null; onChanged(): void };

export function ApplicationForm({ visit, application, onChanged }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const catalogue = useCatalogue();
  const { pick } = useLanguage();
  const [id] = useState(() => application?.id ?? uuidv7());
  const [stored, setStored] = useState(application);
  const [receiverChosen, setReceiverChosen] = useState(() => Boolean(application?.receiverOverridden));
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [reason, setReason] = useState('');
  // Saves run one after another, so an older draft never lands after a newer one or after finishing.
  const queue = useRef(Promise.resolve());
  const finished = useRef(application?.state === 'finished');
  const form = useForm<ApplicationValues>({ mode: 'controlled', initialValues: initialValues(visit, application) });

  const locked = stored?.state === 'finished' && !correcting;
  const values = form.values;
  const service = serviceByCode(catalogue, values.serviceCode);
  const suggested = service ? (receiverFor(service, values.regionKato)?.id ?? '') : '';
  const fields: ApplicationValues = { ...values, receiverId: receiverChosen ? values.receiverId : suggested };
  const overridden = fields.receiverId !== '' && fields.receiverId !== suggested;
  const iin = checkIin(values.iin.trim());

  // After finishing, the form shows what was stored: the phone as +7 7XX XXX XX XX, trimmed text.
  const showStored = (saved: Application) => {
    const normalised = initialValues(visit, saved);
    form.setValues(normalised);
    form.resetDirty(normalised);
  };

  const enqueue = (work: () => Promise<void>) => (queue.current = queue.current.then(work));

  const showFailure = (error: unknown) => {
    if (error instanceof ApiError) {
      for (const issue of error.issues ?? []) {
        const field = issue.path[0] === 'fields' ? issue.path[1] : issue.path[0];
        if (typeof field === 'string') form.setFieldError(field, issue.message);
      }
    }
    setFailure(errorText(t, error));
  };

  const saveDraft = (draft: ApplicationValues) =>
    enqueue(async () => {
      if (finished.current) return;
      try {
        const result = await api.call('applications.saveDraft', { id, visitId: visit.id, fields: draft });
        const first = !stored;
        setStored(result.application);
        setDuplicates(result.duplicates.length);
        setSavedAt(dayjs().format('HH:mm:ss'));
        setFailure(null);
        // The first save starts the service: the visit's status changed.
        if (first) onChanged();
      } catch (error) {
        showFailure(error);
      }
    });
  const saveSoon = useDebouncedCallback(saveDraft, 700);

  const snapshot = JSON.stringify(fields);
  useEffect(() => {
    // Opening a visit saves nothing; only what the operator types starts a draft. Keyed on the
    // values alone: the form object and callbacks are new each render and must not trigger saves.
    if (stored?.state !== 'finished' && form.isDirty()) saveSoon(JSON.parse(snapshot) as ApplicationValues);
  }, [snapshot]); // eslint-disable-line react-hooks/exhaustive-deps

  const finish = () =>
    enqueue(async () => {
      form.clearErrors();
      try {
        if (!stored) await api.call('applications.saveDraft', { id, visitId: visit.id, fields });
        const result = await api.call('applications.finish', { id, fields });
        finished.current = true;
        setStored(result.application);
        showStored(result.application);
        setFailure(null);
        onChanged();
      } catch (error) {
        showFailure(error);
      }
    });

  const correct = () =>
    enqueue(async () => {
      form.clearErrors();
      try {
        const result = await api.call('applications.correct', { id, reason, fields });
        setStored(result.application);
        showStored(result.application);
        setCorrecting(false);
        setReason('');
        setFailure(null);
        onChanged();
      } catch (error) {
        showFailure(error);
      }
    });

  const input = (field: ApplicationField, extra: Record<string, unknown> = {}) => {
    const props = form.getInputProps(field);
    return {
      ...props,
      label: t(`application.fields.${field}`),
      error: typeof props.error === 'string' ? t(props.error as 'validation.required') : undefined,
      disabled: locked,
      autoComplete: 'off',
      ...extra,
    };
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="application-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void (correcting ? correct() : finish());
        }}
      >
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={3} id="application-title">
              {t('application.title')}
            </Title>
            <Text size="sm" c="dimmed" role="status">
              {stored?.state === 'finished'
                ? t('application.finished', { version: stored.version })
                : savedAt
                  ? t('application.draftSaved', { time: savedAt })
                  : ''}
            </Text>
          </Group>
          {duplicates > 0 && (
            <Alert color="orange" role="alert">
              {t('application.duplicates', { count: duplicates })}
            </Alert>
          )}
          <Text fw={600}>{t('application.applicant')}</Text>
          <SimpleGrid cols={{ base: 1, md: 4 }}>
            <TextInput {...input('iin', { inputMode: 'numeric', maxLength: 12 })} description={iin.ok ? t('application.born', { date: dayjs(iin.facts.birthDate).format('DD.MM.YYYY'), sex: t(`application.sex.${iin.facts.sex}`) }) : undefined} />
            <TextInput {...input('surname')} />
            <TextInput {...input('givenName')} />
            <TextInput {...input('patronymic')} />
          </SimpleGrid>
          <Text fw={600}>{t('application.address')}</Text>
          <SimpleGrid cols={{ base: 1, md: 4 }}>
            <Select
              {...input('regionKato')}
              searchable
              selectFirstOptionOnChange
              data={regions.map((region) => ({ value: region.kato, label: pick(region.name) }))}
            />
            <TextInput {...input('district')} />
            <TextInput {...input('settlement')} />
            <TextInput {...input('street')} />
            <TextInput {...input('house')} />
            <TextInput {...input('flat')} />
            <TextInput {...input('postalCode', { inputMode: 'numeric', maxLength: 6 })} />
            <TextInput {...input('phone', { inputMode: 'tel' })} />
            <TextInput {...input('email', { type: 'email' })} />
          </SimpleGrid>
          <Text fw={600}>{t('application.serviceSection')}</Text>
          <Select
            {...input('serviceCode')}
            searchable
            selectFirstOptionOnChange
            data={catalogue.services
              .filter((s) => s.active || s.code === values.serviceCode)
              .map((s) => ({ value: s.code, label: `${s.number ?? ''}. ${pick(s.name)}` }))}
          />
          <Select
            {...input('receiverId')}
            value={fields.receiverId || null}
            onChange={(receiverId) => {
              setReceiverChosen(receiverId !== null && receiverId !== suggested);
              form.setFieldValue('receiverId', receiverId ?? '');
            }}
            searchable
            selectFirstOptionOnChange
            description={fields.receiverId && !overridden ? t('application.receiverByRule') : undefined}
            data={receivers.map((receiver) => ({ value: receiver.id, label: pick(receiver.name) }))}
          />
          {overridden && <TextInput {...input('receiverOverrideReason')} description={t('application.receiverOverridden')} />}
          <Textarea {...input('notes')} autosize minRows={2} />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {correcting && (
            <TextInput label={t('application.correctionReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} withAsterisk />
          )}
          <Group>
            {stored?.state !== 'finished' && <Button type="submit">{t('application.finish')}</Button>}
            {stored?.state === 'finished' && !correcting && (
              <Button variant="default" onClick={() => setCorrecting(true)}>
                {t('application.correct')}
              </Button>
            )}
            {correcting && (
              <>
                <Button type="submit">{t('application.saveCorrection')}</Button>
                <Button variant="default" onClick={() => setCorrecting(false)}>
                  {t('application.cancelCorrection')}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
