import { Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain/visit';

export function VisitTable({ visits }: { visits: Visit[] }) {
  const { t } = useTranslation();
  if (visits.length === 0) return <Text c="dimmed">{t('today.empty')}</Text>;
  return (
    <Table striped highlightOnHover aria-label={t('today.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('today.columns.time')}</Table.Th>
          <Table.Th>{t('today.columns.name')}</Table.Th>
          <Table.Th>{t('today.columns.iin')}</Table.Th>
          <Table.Th>{t('today.columns.kind')}</Table.Th>
          <Table.Th>{t('today.columns.status')}</Table.Th>
          <Table.Th>{t('today.columns.desk')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {visits.map((visit) => (
          <Table.Tr key={visit.id}>
            <Table.Td>{dayjs(visit.createdAt).format('HH:mm')}</Table.Td>
            <Table.Td>{visit.citizenName}</Table.Td>
            <Table.Td>{visit.iin ?? <Text span c="dimmed">{t('today.noIin')}</Text>}</Table.Td>
            <Table.Td>{t(`visit.kind.${visit.kind}`)}</Table.Td>
            <Table.Td>{t(`visit.status.${visit.status}`)}</Table.Td>
            <Table.Td>{visit.desk}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
