import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract/api';
import { useLanguage } from '../i18n/use-language';

type Listing = MethodOutput<'attachments.list'>;

/**
 * The service's documents as its state standard lists them: what each is, when it is needed, how
 * it is handed in, and whether it is attached. Documents the centre obtains itself are shown so
 * the operator does not ask for them, and block nothing.
 */
export function ChecklistEntries({ listing, editable, onWaive }: { listing: Listing; editable: boolean; onWaive(item: string): void }) {
  const { t } = useTranslation(['documents', 'application']);
  const { pick } = useLanguage();
  return (
    <Stack gap={6}>
      {listing.checklist.map((entry) => {
        const fromSystems = entry.provision === 'from-state-systems';
        const blocking = entry.requirement === 'required' && !fromSystems;
        return (
          <Stack key={entry.item} gap={0} data-checklist-item={entry.item}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={blocking ? 600 : 400} style={{ flex: 1 }}>
                {pick(entry.name)}
              </Text>
              {/* A conditional document not attached is not "missing": it may not apply to this citizen. */}
              {!fromSystems && (entry.covered || entry.waiver || blocking) && (
                <Badge color={entry.covered ? 'teal' : entry.waiver ? 'gray' : 'orange'} variant="light" style={{ flexShrink: 0 }}>
                  {entry.covered ? t('documentsUi.covered') : entry.waiver ? t('documentsUi.waived', { reason: entry.waiver.reason, by: entry.waiver.waivedBy }) : t('documentsUi.missing')}
                </Badge>
              )}
              {editable && blocking && !entry.covered && !entry.waiver && (
                <Button size="compact-xs" variant="subtle" onClick={() => onWaive(entry.item)}>
                  {t('documentsUi.waive')}
                </Button>
              )}
            </Group>
            <Text size="xs" c="dark.3">
              {entry.condition ? t('application:paperwork.requirement.conditional', { condition: pick(entry.condition) }) : t('application:paperwork.requirement.required')}
              {' · '}
              {t(`application:paperwork.provision.${entry.provision}`)}
            </Text>
          </Stack>
        );
      })}
      <Text size="xs" c="dark.3">
        {listing.standard
          ? t('application:paperwork.standardSource', { reference: listing.standard.reference, date: dayjs(listing.standard.versionDate).format('DD.MM.YYYY') })
          : t('application:paperwork.standardUnknown')}
      </Text>
    </Stack>
  );
}
