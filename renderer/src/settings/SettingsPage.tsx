import { Button, Loader, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { SyncStatus } from '../../../shared/domain/sync';
import { paperSizes, settingsChangeSchema, type SettingName, type SettingsChange, type DeskSettings } from '../../../shared/domain/desk-settings';
import { languages, type Language } from '../../../shared/i18n/languages';
import { useApi } from '../api/api-context';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';
import { EnrolForm } from '../common/EnrolForm';
import { AuditLogPanel } from './AuditLogPanel';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';
import { BackupPanel } from './BackupPanel';
import { useFieldError } from '../common/field-error';

type View = MethodOutput<'settings.get'>;
/** The form edits text for folders; an empty folder means none. */
type Values = Omit<DeskSettings, 'scannerFolder' | 'backupFolder' | 'centreId' | 'centreName' | 'deskId'> & {
  centreId: string;
  centreName: string;
  deskId: string;
  scannerFolder: string;
  backupFolder: string;
};

const toValues = (settings: DeskSettings): Values => ({
  ...settings,
  centreId: settings.centreId ?? '',
  centreName: settings.centreName ?? '',
  deskId: settings.deskId ?? '',
  scannerFolder: settings.scannerFolder ?? '',
  backupFolder: settings.backupFolder ?? '',
});

/** Only what the supervisor changed is sent: the core audits each change by name. */
function changes(before: DeskSettings, values: Values): SettingsChange {
  const after: DeskSettings = {
    ...values,
    scannerFolder: values.scannerFolder.trim() || null,
    backupFolder: values.backupFolder.trim() || null,
  };
  return Object.fromEntries(Object.entries(after).filter(([name, value]) => before[name as keyof DeskSettings] !== value)) as SettingsChange;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export function SettingsPage({ onLanguage }: { onLanguage(language: Language): Promise<void> }) {
  const { t, i18n } = useTranslation(['settings', 'audit', 'common']);
  const api = useApi();
  const [view, setView] = useState<View | null>(null);
  const [sync, setSync] = useState<SyncStatus | null>(null);
  // Each save adds audit rows: the log below is read again.
  const [revision, setRevision] = useState(0);
  const { busy, message, run } = useDeskAction();
  const diagnostics = useDeskAction();
  const form = useForm<Values>({
    initialValues: toValues({ language: 'kk', centreId: null, centreName: null, deskId: null, scannerFolder: null, printerName: null, paperSize: 'A4', ticketPrinterName: null, idleLockMinutes: 10, retentionDays: 30, backupFolder: null, backupEveryHours: 24 }),
    validate: (values) => (view ? schemaResolver(settingsChangeSchema, { sync: true })(changes(view.settings, values) as never) : {}),
  });
  const fieldError = useFieldError(form);
  const load = useCallback(() => {
    api.call('settings.get', {}).then((loaded) => {
      setView(loaded);
      form.setValues(toValues(loaded.settings));
      form.resetDirty(toValues(loaded.settings));
    }, () => undefined);
    api.call('sync.status', {}).then(setSync, () => undefined);
    // The form object is stable for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);
  useEffect(load, [load]);

  const save = (values: Values) =>
    run(async () => {
      if (!view) return null;
      const change = changes(view.settings, values);
      if (Object.keys(change).length === 0) return { ok: true, text: t('settingsUi.saved') };
      try {
        const saved = await api.call('settings.update', change);
        setView(saved);
        setRevision((n) => n + 1);
        // The message is given in the language just chosen.
        if (change.language) await onLanguage(change.language);
        return { ok: true, text: i18n.t('settings:settingsUi.saved') };
      } catch (error) {
        if (error instanceof ApiError) for (const issue of error.issues ?? []) form.setFieldError(String(issue.path[0]), issue.message);
        throw error;
      }
    });
  const collect = () =>
    diagnostics.run(async () => {
      const zip = await api.call('diagnostics.collect', {});
      return { ok: true, text: t('settingsUi.diagnosticsDone', { file: zip.fileName, folder: zip.folder }) };
    });

  if (!view) return <Loader aria-label={t('common:common.loading')} />;
  const f = (name: SettingName) => t(`settingsUi.fields.${name}`);
  const input = (name: keyof Values) => ({ ...form.getInputProps(name), error: fieldError(name) });
  const printerSelect = (name: 'printerName' | 'ticketPrinterName') => (
    <Select
      label={f(name)}
      placeholder={t('settingsUi.fields.systemPrinter')}
      data={view.printers}
      clearable
      disabled={view.printers.length === 0}
      description={view.printers.length === 0 ? t('settingsUi.fields.noPrinters') : undefined}
      {...input(name)}
    />
  );

  return (
    <Stack>
      <Title order={2}>{t('settingsUi.title')}</Title>
      <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Section title={t('settingsUi.sections.identity')}>
              <TextInput label={f('centreId')} description={t('settingsUi.fields.centreIdHint')} {...input('centreId')} />
              <TextInput label={f('centreName')} {...input('centreName')} />
              <TextInput label={f('deskId')} {...input('deskId')} />
              <Select label={f('language')} data={languages.map((value) => ({ value, label: t(`common:language.${value}`) }))} allowDeselect={false} {...input('language')} />
            </Section>
            <Section title={t('settingsUi.sections.devices')}>
              <TextInput label={f('scannerFolder')} {...input('scannerFolder')} />
              {printerSelect('printerName')}
              <Select label={f('paperSize')} data={[...paperSizes]} allowDeselect={false} {...input('paperSize')} />
              {printerSelect('ticketPrinterName')}
            </Section>
            <Section title={t('settingsUi.sections.security')}>
              <NumberInput label={f('idleLockMinutes')} min={1} max={240} allowDecimal={false} clampBehavior="none" {...input('idleLockMinutes')} />
              <NumberInput label={f('retentionDays')} min={1} max={3650} allowDecimal={false} clampBehavior="none" {...input('retentionDays')} />
            </Section>
            <Section title={t('settingsUi.sections.backup')}>
              <TextInput label={f('backupFolder')} {...input('backupFolder')} />
              <NumberInput label={f('backupEveryHours')} min={1} max={168} allowDecimal={false} clampBehavior="none" {...input('backupEveryHours')} />
              <BackupPanel key={view.settings.backupFolder ?? ''} />
            </Section>
          </SimpleGrid>
          <Button type="submit" loading={busy} w="fit-content">
            {t('settingsUi.save')}
          </Button>
          <DeskMessageAlert message={message} />
        </Stack>
      </form>
      {sync && (
        <EnrolForm
          status={sync}
          onEnrolled={(status) => {
            setSync(status);
            load();
          }}
        />
      )}
      <Paper withBorder p="md" component="section" aria-label={t('audit:auditUi.title')}>
        <AuditLogPanel key={revision} />
      </Paper>
      <Section title={t('securityUi.title')}>
        <RecoveryKeyPanel />
      </Section>
      <Section title={t('settingsUi.sections.diagnostics')}>
        <Text size="sm" c="dimmed">
          {t('settingsUi.diagnosticsHint')}
        </Text>
        <Button variant="light" onClick={() => void collect()} loading={diagnostics.busy} w="fit-content">
          {t('settingsUi.diagnostics')}
        </Button>
        <DeskMessageAlert message={diagnostics.message} />
      </Section>
    </Stack>
  );
}
