import type { Db } from '../../core/storage';

/** The answer given to each request id of each device, kept so that a retried request changes nothing twice. */
export function createRequestStore(db: Db) {
  const get = db.prepare<[string, string], { route: string; answer: string }>('SELECT route, answer FROM requests WHERE device_id = ? AND id = ?');
  const put = db.prepare<[string, string, string, string, string]>('INSERT INTO requests (device_id, id, route, answer, at) VALUES (?, ?, ?, ?, ?)');
  return {
    answered: (deviceId: string, requestId: string) => {
      const row = get.get(deviceId, requestId);
      return row === undefined ? null : { route: row.route, answer: JSON.parse(row.answer) as unknown };
    },
    record: (deviceId: string, requestId: string, route: string, answer: unknown, at: string) => void put.run(deviceId, requestId, route, JSON.stringify(answer), at),
  };
}
export type RequestStore = ReturnType<typeof createRequestStore>;
