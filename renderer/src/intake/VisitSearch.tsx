import { Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OpenVisitButton } from '../common/OpenVisitButton';
import { DayInput } from '../common/DayInput';
import { serviceByCode } from '../../../shared/catalogue/catalogue';
import type { Visit } from '../../../shared/domain/visit';
import { visitStatuses, type VisitStatus } from '../../../shared/domain/visit-workflow';
import { useApi } from '../api/api-context';
import { useCatalogue } from '../catalogue/catalogue-context';
import { useLanguage } from '../i18n/use-language';
import { StatusBadge } from '../common/StatusBadge';

type Criteria = { text: string; from: string; to: string; serviceCode: string | null; status: VisitStatus | null };

export function VisitSearch({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation(['intake', 'common', 'today']);
  const api = useApi();
  const catalogue = useCatalogue();
  const { pick } = useLanguage();
  const [criteria, setCriteria] = useState<Criteria>({ text: '', from: '', to: '', serviceCode: null, status: null });
  const [debounced] = useDebouncedValue(criteria, 250);
  const [results, setResults] = useState<Visit[] | null>(null);
  const set = (change: Partial<Criteria>) => setCriteria((current) => ({ ...current, ...change }));

  useEffect(() => {
    let current = true;
    const { text, from, to, serviceCode, status } = debounced;
    const query = {
      ...(text.trim() ? { text: text.trim() } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(from) ? { from } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(to) ? { to } : {}),
      ...(serviceCode ? { serviceCode } : {}),
      ...(status ? { status } : {}),
    };
    api.call('search.visits', query).then(
      ({ visits }) => current && setResults(visits),
      () => current && setResults([]),
    );
    return () => {
      current = false;
    };
  }, [api, debounced]);

  return (
    <Stack>
      <Title order={2}>{t('intakeUi.searchTitle')}</Title>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 5 }}>
          <TextInput label={t('intakeUi.searchLabel')} autoFocus value={criteria.text} onChange={(e) => set({ text: e.currentTarget.value })} />
          <DayInput label={t('intakeUi.from')} value={criteria.from} onChange={(from) => set({ from })} />
          <DayInput label={t('intakeUi.to')} value={criteria.to} onChange={(to) => set({ to })} />
          <Select
            label={t('intakeUi.service')}
            placeholder={t('intakeUi.any')}
            clearable
            searchable
            value={criteria.serviceCode}
            onChange={(serviceCode) => set({ serviceCode })}
            data={catalogue.services.map((service) => ({ value: service.code, label: pick(service.name) }))}
          />
          <Select
            label={t('intakeUi.status')}
            placeholder={t('intakeUi.any')}
            clearable
            value={criteria.status}
            onChange={(status) => set({ status: status as VisitStatus | null })}
            data={visitStatuses.map((status) => ({ value: status, label: t(`common:visit.status.${status}`) }))}
          />
        </SimpleGrid>
      </Paper>
      {results && results.length === 0 && <Text c="dimmed">{t('intakeUi.noResults')}</Text>}
      {results && results.length > 0 && (
        <Table striped highlightOnHover aria-label={t('intakeUi.searchTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('today:today.columns.day')}</Table.Th>
              <Table.Th>{t('today:today.columns.name')}</Table.Th>
              <Table.Th>{t('today:today.columns.iin')}</Table.Th>
              <Table.Th>{t('intakeUi.service')}</Table.Th>
              <Table.Th>{t('today:today.columns.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('intakeUi.open')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.map((visit) => {
              const service = visit.serviceCode ? serviceByCode(catalogue, visit.serviceCode) : undefined;
              return (
                <Table.Tr key={visit.id}>
                  <Table.Td>{dayjs(visit.day).format('DD.MM.YYYY')}</Table.Td>
                  <Table.Td>{visit.citizenName}</Table.Td>
                  <Table.Td>{visit.iin}</Table.Td>
                  <Table.Td>{service ? pick(service.name) : null}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={visit.status} />
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <OpenVisitButton visit={visit} onOpen={onOpen} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
