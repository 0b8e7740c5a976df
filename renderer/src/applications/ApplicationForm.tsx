import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedCallback } from '@mantine/hooks';
import dayjs from 'dayjs';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import { serviceByCode } from '../../../shared/catalogue/catalogue';
import { receiverFor, receiversOf } from '../../../shared/catalogue/receivers';
import { regionByKato, regions, settlementOf } from '../../../shared/catalogue/regions';
import { ApiError } from '../../../shared/contract/errors';
import { applicationFields, fieldsToFill, representativeFields, usualIssuer, type ApplicationField } from '../../../shared/domain/application';
import { enterMovesOn, nextFieldToFill } from './enter-moves-on';
import { fieldProblem } from './field-problem';
import type { Application } from '../../../shared/domain/application-record';
import type { Visit } from '../../../shared/domain/visit';
import { useApi } from '../api/api-context';
import { useCatalogue } from '../catalogue/catalogue-context';
import { errorText } from '../i18n/error-text';
import { useLanguage } from '../i18n/use-language';
import { initialValues, type ApplicationValues } from './application-values';
import { AddressSection, ApplicantSection, BankSection, RepresentativeSection, type FieldProps } from './ApplicationSections';

type Props = {
  visit: Visit;
  application: Application | null;
  onChanged(): void;
  /** Each save, with the service as saved: the documents panel follows it while the operator types. */
  onSaved?(application: Application): void;
};

export function ApplicationForm({ visit, application, onChanged, onSaved }: Props) {
  const { t } = useTranslation('application');
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
  const formRef = useRef<HTMLFormElement>(null);
  // Each field is checked when the operator leaves it, by the rule finishing applies to it alone;
  // rules between fields (district of the region, the receiver) are the core's, on Finish.
  const form = useForm<ApplicationValues>({
    mode: 'controlled',
    initialValues: initialValues(visit, application),
    validate: (all) => Object.fromEntries(applicationFields.map((field) => [field, fieldProblem(field, all[field])])),
    validateInputOnBlur: true,
  });

  const locked = stored?.state === 'finished' && !correcting;
  const values = form.values;
  const service = serviceByCode(catalogue, values.serviceCode);
  const suggested = service ? (receiverFor(catalogue, service, values.regionKato, values.districtKato)?.id ?? '') : '';
  const [representative, setRepresentative] = useState(() => representativeFields.some((field) => (application?.fields[field] ?? '') !== ''));
  // Fields the form no longer shows are not sent: a payment's account when the service pays
  // nothing, a representative the operator unticked.
  const hidden = [...(service?.payment ? [] : (['iban', 'bankName'] as const)), ...(representative ? [] : representativeFields)];
  const fields: ApplicationValues = { ...values, ...Object.fromEntries(hidden.map((field) => [field, ''])), receiverId: receiverChosen ? values.receiverId : suggested };
  const overridden = fields.receiverId !== '' && fields.receiverId !== suggested;
  const toFillNow = fieldsToFill(service, { representative, receiverOverridden: overridden });
  // Read by Enter's handler after the render its key caused: always the latest.
  const toFill = useRef(toFillNow);
  useLayoutEffect(() => {
    toFill.current = toFillNow;
  });

  // After finishing, the form shows what was stored: the phone as +7 7XX XXX XX XX, trimmed text.
  const showStored = (saved: Application) => {
    const normalised = initialValues(visit, saved);
    form.setValues(normalised);
    form.resetDirty(normalised);
  };

  const enqueue = (work: () => Promise<void>) => (queue.current = queue.current.then(work));

  const showFailure = (error: unknown) => {
    const wrong = new Set<string>();
    if (error instanceof ApiError) {
      for (const issue of error.issues ?? []) {
        const field = issue.path[0] === 'fields' ? issue.path[1] : issue.path[0];
        if (typeof field === 'string') {
          form.setFieldError(field, issue.message);
          wrong.add(field);
        }
      }
    }
    // The fields by name, in the order the form shows them; the first one gets the cursor, even
    // when it is above the screen.
    const inOrder = [...(formRef.current?.querySelectorAll<HTMLElement>('[data-path]') ?? [])].filter((element) => wrong.has(element.dataset.path ?? ''));
    const names = [...new Set(inOrder.map((element) => element.dataset.path!))].map((field) => t(`application.fields.${field as ApplicationField}`));
    setFailure(names.length > 0 ? t('paperwork.fixFields', { fields: names.join('; ') }) : errorText(t, error));
    const first = inOrder[0];
    if (first) {
      first.scrollIntoView({ block: 'center' });
      first.focus();
    }
  };

  const saveDraft = (draft: ApplicationValues) =>
    enqueue(async () => {
      if (finished.current) return;
      try {
        const result = await api.call('applications.saveDraft', { id, visitId: visit.id, fields: draft });
        const first = !stored;
        setStored(result.application);
        onSaved?.(result.application);
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

  // Opening an unfinished application puts the cursor on its first field still to fill.
  useEffect(() => {
    if (application?.state === 'finished' || !formRef.current) return;
    nextFieldToFill(formRef.current, toFill.current, null)?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

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

  const input: FieldProps = (field: ApplicationField, extra: Record<string, unknown> = {}) => {
    const props = form.getInputProps(field);
    return {
      ...props,
      label: t(`application.fields.${field}`),
      error: typeof props.error === 'string' ? t(props.error as 'validation.required', { ns: 'validation' }) : undefined,
      disabled: locked,
      autoComplete: 'off',
      ...extra,
    };
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="application-title">
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void (correcting ? correct() : finish());
        }}
        onKeyDown={(event) => {
          if (!locked && !correcting) enterMovesOn(event, { toFill: () => toFill.current, finish: () => void finish() });
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
          <ApplicantSection
            input={input}
            values={values}
            onIdKind={(kind) => {
              form.setFieldValue('idDocumentKind', kind ?? '');
              // The usual issuer follows the kind unless the operator wrote another one.
              const usual = new Set(Object.values(usualIssuer));
              if (values.idDocumentIssuer === '' || usual.has(values.idDocumentIssuer)) form.setFieldValue('idDocumentIssuer', (kind && usualIssuer[kind]) ?? '');
            }}
          />
          <AddressSection
            input={input}
            values={values}
            catalogue={catalogue}
            onRegion={(kato) => {
              form.setFieldValue('regionKato', kato);
              // A city is its own settlement; a name the previous city put there goes with it.
              const cities = regions.map(settlementOf);
              if (values.settlement === '' || cities.includes(values.settlement)) form.setFieldValue('settlement', settlementOf(regionByKato(kato)) ?? '');
              // A district belongs to one region: another region's choice starts empty.
              if (values.districtKato.slice(0, 2) !== kato.slice(0, 2)) form.setFieldValue('districtKato', '');
            }}
          />
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
            data={receiversOf(catalogue, regions).map((receiver) => ({ value: receiver.id, label: pick(receiver.name) }))}
          />
          {overridden && <TextInput {...input('receiverOverrideReason')} description={t('application.receiverOverridden')} />}
          <BankSection input={input} service={service} />
          <RepresentativeSection input={input} shown={representative} onShown={setRepresentative} locked={locked} />
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
            {stored?.state !== 'finished' && (
              <Button type="submit" title="Enter">
                {t('application.finish')}
              </Button>
            )}
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
