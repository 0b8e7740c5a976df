import { v7 as uuidv7 } from 'uuid';
import type { MethodInput, MethodName } from '../../shared/contract/api';

/** One valid input per method; typed so a new method without a sample fails type-check. */
export function validInput<M extends MethodName>(method: M): MethodInput<M> {
  const samples: { [K in MethodName]: MethodInput<K> } = {
    'visits.listForDay': { day: '2026-11-25' },
    'visits.logWalkIn': { id: uuidv7(), citizenName: 'Әлия Сәрсенбайқызы', iin: '900101300017' },
    'visits.get': { id: uuidv7() },
    'visits.findForCheckIn': { day: '2026-11-25', query: 'Әлия' },
    'visits.checkIn': { id: uuidv7() },
    'visits.transition': { id: uuidv7(), to: 'in_service', reason: 'started' },
    'visits.closeDay': { day: '2026-11-25' },
    'applications.saveDraft': { id: uuidv7(), visitId: uuidv7(), fields: { surname: 'Сәрсенбай' } },
    'applications.finish': { id: uuidv7(), fields: { surname: 'Сәрсенбай' } },
    'applications.correct': { id: uuidv7(), reason: 'typo in the street name', fields: { street: 'Абай даңғылы' } },
    'bookings.import': { format: 'csv', content: 'date,time,iin,name,service,code' },
    'catalogue.current': {},
    'statements.export': { visitId: uuidv7(), purpose: 'export' },
    'statements.matchSignedScan': { mediaType: 'image/png', contentBase64: 'iVBORw0KGgo=' },
    'statements.print': { visitId: uuidv7(), silent: false },
    'attachments.list': { applicationId: uuidv7() },
    'uploads.begin': { fileName: 'id.pdf', size: 1024 },
    'uploads.chunk': { uploadId: uuidv7(), offset: 0, contentBase64: 'JVBERi0=' },
    'attachments.add': { applicationId: uuidv7(), checklistItem: 'identity-document', uploadId: uuidv7() },
    'attachments.read': { id: uuidv7(), offset: 0, length: 4096 },
    'attachments.rotate': { id: uuidv7(), page: 1 },
    'attachments.remove': { id: uuidv7() },
    'attachments.waive': { applicationId: uuidv7(), item: 'identity-document', reason: 'card reissued, citizen brings it next week' },
    'attachments.export': { applicationId: uuidv7() },
    'applications.complete': { id: uuidv7() },
    'scanner.inbox': {},
    'scanner.setFolder': { folder: null },
    'scanner.assign': { inboxId: uuidv7(), applicationId: uuidv7(), checklistItem: 'identity-document' },
    'scanner.discard': { inboxId: uuidv7() },
    'search.visits': { text: 'әлия', from: '2026-11-01', to: '2026-11-30', serviceCode: 'age-pension', status: 'arrived' },
    'preferences.get': {},
    'preferences.setLanguage': { language: 'ru' },
    'sync.status': {},
    'sync.enrol': { server: 'http://127.0.0.1:9', centreId: 'AST-01', deskId: '3', enrolmentCode: '123456' },
    'sync.now': {},
    'sync.pause': { paused: false },
    'reports.register': { from: '2026-11-25', to: '2026-11-25' },
    'reports.summary': { from: '2026-11-01', to: '2026-11-30' },
    'reports.file': { range: { from: '2026-11-25', to: '2026-11-25' }, file: 'register.csv', language: 'kk' },
    'reports.print': { range: { from: '2026-11-25', to: '2026-11-25' }, language: 'ru', silent: false },
    'settings.get': {},
    'settings.update': { idleLockMinutes: 15 },
    'settings.finishSetup': { language: 'kk', centreId: 'AST-01', centreName: 'Астана қ. №1 ХҚКО', deskId: '3' },
    'health.get': {},
    'backups.state': {},
    'backups.run': {},
    'backups.list': { folder: '/tmp/qabyldau-backups' },
    'backups.restore': { folder: '/tmp/qabyldau-backups', snapshotId: 'AST-01-3/snapshots/20261125T110000000Z' },
    'audit.list': { limit: 50 },
    'audit.verify': {},
    'diagnostics.collect': {},
    'session.get': {},
    'session.signIn': { login: 'a.nurlanova', secret: '482913' },
    'session.signOut': {},
    'session.lock': {},
    'session.touch': {},
    'staff.createFirstSupervisor': { login: 'b.serikov', name: 'Бауыржан Серіков', secret: '739104' },
    'staff.list': {},
    'staff.create': { login: 'a.nurlanova', name: 'Айгерім Нұрланова', role: 'operator', secret: '482913' },
    'staff.update': { id: uuidv7(), role: 'supervisor' },
    'staff.resetSecret': { id: uuidv7(), secret: 'a longer password' },
    'staff.unlock': { id: uuidv7() },
    'security.recoveryKey': {},
    'retention.run': {},
    'hub.status': {},
    'hub.pair': { url: 'https://127.0.0.1:9', code: '1234-5678', windowId: null },
    'hub.setWindow': { windowId: null },
    'hub.checkIn': { kind: 'walk_in', groupId: 'general' },
    'hub.printTicket': { ticketId: '0b5f0a36-8d1e-4a4f-9c7e-2f1f3c9a1b2d' },
    'hub.callNext': {},
    'hub.callAgain': { ticketId: '0b5f0a36-8d1e-4a4f-9c7e-2f1f3c9a1b2d' },
    'hub.notHere': { ticketId: '0b5f0a36-8d1e-4a4f-9c7e-2f1f3c9a1b2d' },
    'hub.transfer': { ticketId: '0b5f0a36-8d1e-4a4f-9c7e-2f1f3c9a1b2d', toWindow: 'w2' },
    'hub.finish': { ticketId: '0b5f0a36-8d1e-4a4f-9c7e-2f1f3c9a1b2d' },
    'hub.closeDay': { day: '2026-03-02' },
    'hub.figures': {},
    'hub.pullCentral': {},
    'hub.displayLink': {},
    'hub.showDisplay': {},
  };
  return samples[method];
}

export type BadInput = { label: string; input: unknown };

/** Hostile and mistaken inputs for a method: wrong shapes, wrong field types, extra fields, huge strings. */
export function badInputs(method: MethodName): BadInput[] {
  const valid = validInput(method) as Record<string, unknown>;
  const cases: BadInput[] = [
    { label: 'null', input: null },
    { label: 'a number', input: 42 },
    { label: 'a string', input: 'visits' },
    { label: 'an array', input: [valid] },
    { label: 'an unknown field', input: { ...valid, unexpected: true } },
    { label: 'a __proto__ key', input: JSON.parse(`{"__proto__": {"admin": true}}`) as unknown },
  ];
  for (const [field, value] of Object.entries(valid)) {
    if (typeof value === 'number') {
      cases.push({ label: `${field} as a string`, input: { ...valid, [field]: String(value) } });
      cases.push({ label: `${field} negative and fractional`, input: { ...valid, [field]: -0.5 } });
    } else {
      cases.push({ label: `${field} as a number`, input: { ...valid, [field]: 12345 } });
    }
    cases.push({ label: `${field} as an object`, input: { ...valid, [field]: { nested: 'x' } } });
    if (value !== null) cases.push({ label: `${field} as null`, input: { ...valid, [field]: null } });
    if (typeof value === 'string') {
      // Longer than any string the contract accepts (the largest, a scan, is 2,000,000 characters).
      cases.push({ label: `${field} oversized`, input: { ...valid, [field]: 'x'.repeat(2_100_000) } });
    }
  }
  return cases;
}
