import { VisitPanel } from './VisitPanel';
import { VisitSearch } from './VisitSearch';

export function IntakePage({ visitId, onOpenVisit, onBack }: { visitId: string | null; onOpenVisit(id: string): void; onBack(): void }) {
  return visitId ? <VisitPanel key={visitId} visitId={visitId} onBack={onBack} /> : <VisitSearch onOpen={onOpenVisit} />;
}
