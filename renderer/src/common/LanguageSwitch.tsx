import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../shared/i18n/languages';

export function LanguageSwitch({ value, onChange }: { value: Language; onChange(language: Language): void }) {
  const { t } = useTranslation('common');
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={value}
      onChange={(next) => onChange(next as Language)}
      data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
    />
  );
}
