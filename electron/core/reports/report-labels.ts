import { serviceByCode, type ServiceCatalogue } from '../../../shared/catalogue/catalogue';
import type { RegisterRow } from '../../../shared/domain/report';
import { catalogues } from '../../../shared/i18n/catalogues';
import type { Language } from '../../../shared/i18n/languages';

/** Texts for files the core writes in the operator's language (CSV headers, the register PDF). */
export function reportLabels(language: Language, catalogue: ServiceCatalogue) {
  const texts = catalogues[language];
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  return {
    texts: texts.reportUi,
    fill,
    status: (row: Pick<RegisterRow, 'status'>) => texts.visit.status[row.status],
    kind: (row: Pick<RegisterRow, 'kind'>) => texts.visit.kind[row.kind],
    service: (code: string | null) => (code === null ? texts.reportUi.noService : (serviceByCode(catalogue, code)?.name[language] ?? code)),
  };
}
export type ReportLabels = ReturnType<typeof reportLabels>;

/** A local clock time for a register cell; an absent step is a dash. */
export function clock(iso: string | null, none: string): string {
  if (!iso) return none;
  const at = new Date(iso);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}
