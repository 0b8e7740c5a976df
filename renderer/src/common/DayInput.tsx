import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useTranslation } from 'react-i18next';

dayjs.extend(customParseFormat);

/** A typed date, read strictly as dd.mm.yyyy (or with / or -): 31.02.2020 is no date. */
export const parseTypedDate = (input: string) => {
  const date = dayjs(input.trim().replace(/[/-]/g, '.'), 'DD.MM.YYYY', true);
  return date.isValid() ? date.format('YYYY-MM-DD') : null;
};

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & { value: string; onChange(value: string): void };

/**
 * A day, kept as YYYY-MM-DD and shown and typed as dd.mm.yyyy in every language (a native date
 * input follows the browser's locale and shows mm/dd/yyyy in kk and ru). The calendar speaks the
 * interface language through the DatesProvider.
 */
export function DayInput({ value, onChange, ...props }: Props) {
  const { t } = useTranslation('application');
  return (
    <DateInput
      {...props}
      value={value === '' ? null : value}
      onChange={(date) => onChange(date ? dayjs(date).format('YYYY-MM-DD') : '')}
      valueFormat="DD.MM.YYYY"
      dateParser={parseTypedDate}
      placeholder={t('paperwork.datePlaceholder')}
    />
  );
}
