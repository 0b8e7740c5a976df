import { Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { serviceByCode } from '../../../shared/catalogue/catalogue';
import type { RegisterRow } from '../../../shared/domain/report';
import { useCatalogue } from '../catalogue/catalogue-context';
import { useLanguage } from '../i18n/use-language';
import { StatusBadge } from '../common/StatusBadge';

/** The day register on screen: one line a visit, in the order of the day. */
export function RegisterTable({ rows, showDay }: { rows: RegisterRow[]; showDay: boolean }) {
  const { t } = useTranslation('reports');
  const { pick } = useLanguage();
  const catalogue = useCatalogue();
  const none = t('reportUi.none');
  const clock = (at: string | null) => (at ? dayjs(at).format('HH:mm') : none);
  const c = (key: 'date' | 'time' | 'citizen' | 'service' | 'status' | 'arrived' | 'served' | 'wait' | 'operator') => t(`reportUi.columns.${key}`);
  if (rows.length === 0) return <Text c="dimmed">{t('reportUi.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover aria-label={t('reportUi.register')}>
        <Table.Thead>
          <Table.Tr>
            {showDay && <Table.Th>{c('date')}</Table.Th>}
            <Table.Th>{c('time')}</Table.Th>
            <Table.Th>{c('citizen')}</Table.Th>
            <Table.Th>{c('service')}</Table.Th>
            <Table.Th>{c('status')}</Table.Th>
            <Table.Th>{c('arrived')}</Table.Th>
            <Table.Th>{c('served')}</Table.Th>
            <Table.Th>{c('wait')}</Table.Th>
            <Table.Th>{c('operator')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const service = row.serviceCode ? serviceByCode(catalogue, row.serviceCode) : undefined;
            return (
              <Table.Tr key={row.visitId}>
                {showDay && <Table.Td>{row.day}</Table.Td>}
                <Table.Td>{row.time}</Table.Td>
                <Table.Td>{row.citizenName}</Table.Td>
                <Table.Td>{service ? pick(service.name) : (row.serviceCode ?? t('reportUi.noService'))}</Table.Td>
                <Table.Td>
                  <StatusBadge status={row.status} />
                </Table.Td>
                <Table.Td>{clock(row.arrivedAt)}</Table.Td>
                <Table.Td>{clock(row.servedAt)}</Table.Td>
                <Table.Td>{row.waitMinutes ?? none}</Table.Td>
                <Table.Td>{row.operator ?? none}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
