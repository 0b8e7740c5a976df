import { Badge, Group, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OpenVisitButton } from '../common/OpenVisitButton';
import { serviceByCode } from '../../../shared/catalogue/catalogue';
import { isLate } from '../../../shared/domain/booking';
import { repeatedIins, type Visit } from '../../../shared/domain/visit';
import { useCatalogue } from '../catalogue/catalogue-context';
import { useLanguage } from '../i18n/use-language';
import { StatusBadge } from '../common/StatusBadge';

export function VisitTable({ visits, now, onOpen }: { visits: Visit[]; now: { day: string; time: string }; onOpen(id: string): void }) {
  const { t } = useTranslation(['today', 'common', 'intake']);
  const catalogue = useCatalogue();
  const { pick } = useLanguage();
  if (visits.length === 0) return <Text c="dimmed">{t('today.empty')}</Text>;
  const repeated = repeatedIins(visits);
  return (
    <Table striped highlightOnHover aria-label={t('today.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('today.columns.time')}</Table.Th>
          <Table.Th>{t('today.columns.name')}</Table.Th>
          <Table.Th>{t('today.columns.iin')}</Table.Th>
          <Table.Th>{t('intake:intakeUi.service')}</Table.Th>
          <Table.Th>{t('today.columns.kind')}</Table.Th>
          <Table.Th>{t('today.columns.status')}</Table.Th>
          <Table.Th>{t('today.columns.desk')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {visits.map((visit) => {
          const service = visit.serviceCode ? serviceByCode(catalogue, visit.serviceCode) : undefined;
          return (
            <Table.Tr key={visit.id}>
              <Table.Td>{visit.slot ?? dayjs(visit.createdAt).format('HH:mm')}</Table.Td>
              <Table.Td>{visit.citizenName}</Table.Td>
              <Table.Td>
                {visit.iin ?? (
                  <Text span c="dimmed">
                    {t('today.noIin')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{service ? pick(service.name) : null}</Table.Td>
              <Table.Td>{t(`common:visit.kind.${visit.kind}`)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <StatusBadge status={visit.status} />
                  {/* White on Mantine's filled orange is 4.3:1, under WCAG's 4.5; dark on a lighter orange is not. */}
                  {isLate(visit, now) && <Badge color="orange.4" c="dark.9">{t('intake:intakeUi.late')}</Badge>}
                  {visit.iin && repeated.has(visit.iin) && <Badge color="red">{t('intake:intakeUi.repeatedIin')}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{visit.desk}</Table.Td>
              <Table.Td>
                <OpenVisitButton visit={visit} onOpen={onOpen} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
