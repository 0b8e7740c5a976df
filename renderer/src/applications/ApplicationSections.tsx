import { Checkbox, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ServiceCatalogue, Service } from '../../../shared/catalogue/catalogue';
import { districtsOf } from '../../../shared/catalogue/receivers';
import { regions } from '../../../shared/catalogue/regions';
import { identityDocumentKinds, type ApplicationField, type IdentityDocumentKind } from '../../../shared/domain/application';
import { checkIin } from '../../../shared/domain/iin';
import { DayInput } from '../common/DayInput';
import { useLanguage } from '../i18n/use-language';
import type { ApplicationValues } from './application-values';

/** The props a field of the form takes: value, change, its label and its translated error. */
export type FieldProps = (field: ApplicationField, extra?: Record<string, unknown>) => Record<string, unknown> & { label: string };

type SectionProps = { input: FieldProps; values: ApplicationValues };

/** A date field of the form, kept as YYYY-MM-DD. */
function DateField({ input, field }: { input: FieldProps; field: ApplicationField }) {
  const { value, onChange, ...props } = input(field);
  return <DayInput {...props} value={typeof value === 'string' ? value : ''} onChange={onChange as (value: string) => void} />;
}

export function ApplicantSection({ input, values, onIdKind }: SectionProps & { onIdKind(kind: IdentityDocumentKind | null): void }) {
  const { t } = useTranslation('application');
  const iin = checkIin(values.iin.trim());
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('application.applicant')}</Text>
      <SimpleGrid cols={{ base: 1, md: 4 }}>
        {/* The IIN's date part need not be the birth date: it is shown as what it is. */}
        <TextInput {...input('iin', { inputMode: 'numeric', maxLength: 12 })} description={iin.ok ? t('paperwork.iinDate', { date: dayjs(iin.facts.birthDate).format('DD.MM.YYYY') }) : undefined} />
        <TextInput {...input('surname')} />
        <TextInput {...input('givenName')} />
        <TextInput {...input('patronymic')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 4 }}>
        <Select
          {...input('idDocumentKind')}
          onChange={(kind: string | null) => onIdKind(kind as IdentityDocumentKind | null)}
          searchable
          selectFirstOptionOnChange
          allowDeselect={false}
          data={identityDocumentKinds.map((kind) => ({ value: kind, label: t(`paperwork.idKinds.${kind}`) }))}
        />
        <TextInput {...input('idDocumentNumber', { maxLength: 20 })} />
        <DateField input={input} field="idDocumentIssuedOn" />
        <TextInput {...input('idDocumentIssuer')} />
      </SimpleGrid>
    </Stack>
  );
}

export function AddressSection({ input, values, catalogue, onRegion }: SectionProps & { catalogue: ServiceCatalogue; onRegion(kato: string): void }) {
  const { t } = useTranslation('application');
  const { pick } = useLanguage();
  const region = input('regionKato');
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('application.address')}</Text>
      <SimpleGrid cols={{ base: 1, md: 4 }}>
        <Select
          {...region}
          onChange={(kato: string | null) => onRegion(kato ?? '')}
          searchable
          selectFirstOptionOnChange
          data={regions.map((r) => ({ value: r.kato, label: pick(r.name) }))}
        />
        <Select
          {...input('districtKato')}
          searchable
          selectFirstOptionOnChange
          data={districtsOf(catalogue, values.regionKato).map((d) => ({ value: d.kato, label: pick(d.name) }))}
        />
        <TextInput {...input('settlement')} />
        <TextInput {...input('street')} />
        <TextInput {...input('house')} />
        <TextInput {...input('flat')} />
        <TextInput {...input('postalCode', { maxLength: 7 })} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 4 }}>
        <TextInput {...input('phone', { inputMode: 'tel' })} />
        <TextInput {...input('phoneOther', { inputMode: 'tel' })} />
        <TextInput {...input('email', { type: 'email' })} />
      </SimpleGrid>
    </Stack>
  );
}

export function BankSection({ input, service }: { input: FieldProps; service: Service | undefined }) {
  const { t } = useTranslation('application');
  if (!service?.payment) return null;
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('paperwork.bankSection')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput {...input('iban', { maxLength: 40, description: t('paperwork.bankHint') })} />
        <TextInput {...input('bankName')} />
      </SimpleGrid>
    </Stack>
  );
}

export function RepresentativeSection({ input, shown, onShown, locked }: { input: FieldProps; shown: boolean; onShown(shown: boolean): void; locked: boolean }) {
  const { t } = useTranslation('application');
  return (
    <Stack gap="xs">
      <Checkbox label={t('paperwork.representativeToggle')} checked={shown} onChange={(event) => onShown(event.currentTarget.checked)} disabled={locked} />
      {shown && (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput {...input('representativeName')} />
          <TextInput {...input('representativeIin', { inputMode: 'numeric', maxLength: 12 })} />
          <TextInput {...input('representativeDocument')} />
          <TextInput {...input('representativeDocumentNumber')} />
          <DateField input={input} field="representativeDocumentDate" />
        </SimpleGrid>
      )}
    </Stack>
  );
}
