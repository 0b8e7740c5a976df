import { useTranslation } from 'react-i18next';

/** A form field's error, which holds a catalogue key (`validation.*`), in the operator's language. */
export function useFieldError(form: { errors: Record<string, unknown> }) {
  const { t } = useTranslation('validation');
  return (field: string) => {
    const key = form.errors[field];
    return typeof key === 'string' ? t(key as 'validation.required', { ns: 'validation' }) : undefined;
  };
}
