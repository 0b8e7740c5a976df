import { Button, Container, Group, Paper, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract/api';
import type { Language } from '../../../shared/i18n/languages';
import type { Setup } from '../../../shared/domain/desk-settings';
import { useApi } from '../api/api-context';
import { LanguageSwitch } from '../common/LanguageSwitch';
import { DeskMessageAlert, useDeskAction } from '../common/desk-action';
import { RestoreFromBackup } from './RestoreFromBackup';
import { useFieldError } from '../common/field-error';
import { FirstSupervisorForm } from '../staff/FirstSupervisorForm';

/**
 * Asked once, before the first visit: the language, the first supervisor's account (on a
 * workstation with none yet), and who this desk is. A replacement workstation can restore its
 * predecessor's backup instead, accounts included.
 */
export function FirstRunWizard({
  language,
  needsSupervisor,
  onLanguage,
  onDone,
}: {
  language: Language;
  needsSupervisor: boolean;
  onLanguage(language: Language): void;
  onDone(): void;
}) {
  const { t } = useTranslation(['settings', 'staff']);
  const api = useApi();
  const [step, setStep] = useState(0);
  // Restoring a replacement workstation is another way in, not a step after the others: the
  // stepper is set aside, so nothing shows as done that was not.
  const [restoring, setRestoring] = useState(false);
  // Once created, the account step is behind the operator: going back does not offer it again.
  const [supervisorMade, setSupervisorMade] = useState(!needsSupervisor);
  const identityStep = needsSupervisor ? 2 : 1;
  const { busy, message, run } = useDeskAction();
  const form = useForm<Setup>({
    initialValues: { language, centreId: '', centreName: '', deskId: '1' },
    validate: schemaResolver(contract['settings.finishSetup'].input, { sync: true }),
    validateInputOnBlur: true,
  });
  const fieldError = useFieldError(form);

  const finish = (values: Setup) =>
    run(async () => {
      await api.call('settings.finishSetup', { ...values, language });
      onDone();
      return null;
    });

  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="lg">
        <Stack>
          <Title order={1} size="h2">
            {t('wizard.title')}
          </Title>
          <Text c="dimmed">{t('wizard.intro')}</Text>
          {restoring && (
            <Stack mt="md" align="flex-start" data-testid="wizard-restore">
              <Button variant="default" onClick={() => setRestoring(false)}>
                {t('wizard.back')}
              </Button>
              <RestoreFromBackup initialFolder={null} onRestored={onDone} />
            </Stack>
          )}
          <Stepper active={step} onStepClick={setStep} size="sm" display={restoring ? 'none' : undefined}>
            <Stepper.Step label={t('wizard.languageStep')}>
              <Stack mt="md" align="flex-start">
                <LanguageSwitch value={language} onChange={onLanguage} />
                <Button onClick={() => setStep(1)}>{t('wizard.next')}</Button>
              </Stack>
            </Stepper.Step>
            {needsSupervisor && (
              <Stepper.Step label={t('staff:staffUi.firstSupervisor')} allowStepSelect={!supervisorMade}>
                {supervisorMade ? null : (
                  <FirstSupervisorForm
                    onBack={() => setStep(0)}
                    onCreated={() => {
                      setSupervisorMade(true);
                      setStep(identityStep);
                    }}
                  />
                )}
              </Stepper.Step>
            )}
            <Stepper.Step label={t('wizard.identityStep')} allowStepSelect={supervisorMade}>
              <form onSubmit={form.onSubmit((values) => void finish(values))} noValidate>
                <Stack mt="md" gap="sm">
                  <TextInput label={t('settingsUi.fields.centreId')} autoFocus description={t('settingsUi.fields.centreIdHint')} {...form.getInputProps('centreId')} error={fieldError('centreId')} />
                  <TextInput label={t('settingsUi.fields.centreName')} {...form.getInputProps('centreName')} error={fieldError('centreName')} />
                  <TextInput label={t('settingsUi.fields.deskId')} {...form.getInputProps('deskId')} error={fieldError('deskId')} />
                  <Group>
                    <Button variant="default" onClick={() => setStep(supervisorMade && needsSupervisor ? 0 : identityStep - 1)}>
                      {t('wizard.back')}
                    </Button>
                    <Button type="submit" loading={busy}>
                      {t('wizard.finish')}
                    </Button>
                  </Group>
                  <DeskMessageAlert message={message} />
                </Stack>
              </form>
            </Stepper.Step>
          </Stepper>
          {!restoring && (
            <Button variant="subtle" onClick={() => setRestoring(true)} style={{ alignSelf: 'flex-start' }}>
              {t('wizard.restoreStep')}
            </Button>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
