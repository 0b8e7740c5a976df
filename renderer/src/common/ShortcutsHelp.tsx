import { Kbd, Modal, Table } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const shortcuts = [
  { keys: ['Alt', 'N'], what: 'walkIn' },
  { keys: ['Enter'], what: 'checkIn' },
  { keys: ['↑', '↓'], what: 'choose' },
  { keys: ['Alt', 'O'], what: 'open' },
  { keys: ['Tab'], what: 'next' },
  { keys: ['Enter'], what: 'finish' },
  { keys: ['F1'], what: 'help' },
] as const;

/** F1 (or ?) anywhere: the desk's keyboard shortcuts, so nobody needs the mouse while people wait. */
export function ShortcutsHelp() {
  const { t } = useTranslation(['common', 'documents']);
  const [opened, setOpened] = useState(false);
  // F1 works while typing too; "?" only outside text fields, where it is not a character to type.
  useHotkeys([['F1', () => setOpened(true)]], [], true);
  useHotkeys([['shift+slash', () => setOpened(true)]]);
  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title={t('shortcuts.title')} closeButtonProps={{ 'aria-label': t('documents:documentsUi.close') }}>
      <Table>
        <Table.Tbody>
          {shortcuts.map((shortcut) => (
            <Table.Tr key={shortcut.what}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' + '}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{t(`shortcuts.${shortcut.what}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
