import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../../shared/catalogue/catalogue';
import { createCatalogueRepository } from '../../electron/core/storage/catalogue-repository';
import { DATABASE_FILE, openDatabase } from '../../electron/core/storage/database';
import { openCoreClient } from '../support/core-client';
import { tempDir } from '../support/temp-dir';
import { storeKeyOf } from '../support/workstation-files';

describe('catalogue updates', () => {
  it('serves the newest valid stored catalogue instead of the seed, skipping a damaged one', async () => {
    const dataDir = tempDir('catalogue');
    const db = openDatabase(join(dataDir, DATABASE_FILE));
    const repository = createCatalogueRepository(db);
    const burial = seedCatalogue.services.findIndex((s) => s.code === 'burial-payment');
    const services = seedCatalogue.services.map((s, i) => (i === burial ? { ...s, active: true, number: 25 } : s));
    repository.store({ ...seedCatalogue, version: seedCatalogue.version + 1, services }, '2026-11-25T06:00:00.000Z');
    db.close();

    const { core, api } = openCoreClient({ dataDir });
    const current = await api.call('catalogue.current', {});
    expect(current.version).toBe(3);
    expect(current.services.filter((s) => s.active)).toHaveLength(25);
    await core.close();

    // The core encrypted the database this test wrote in clear, as it does a previous release's.
    expect(() => openDatabase(join(dataDir, DATABASE_FILE)).close()).toThrow(/not a database/);
    // A damaged newest row is not trusted: the newest valid one stays in force.
    const raw = openDatabase(join(dataDir, DATABASE_FILE), undefined, storeKeyOf(dataDir));
    raw.prepare(`INSERT INTO catalogues (version, body, stored_at) VALUES (4, '{"version":4}', 'x')`).run();
    raw.close();
    const reopened = openCoreClient({ dataDir });
    expect((await reopened.api.call('catalogue.current', {})).version).toBe(3);
    await reopened.core.close();
  });

  it('skips a stored catalogue of the previous release’s shape: the newer seed with the standards is in force', async () => {
    const dataDir = tempDir('catalogue-v1');
    const db = openDatabase(join(dataDir, DATABASE_FILE));
    const previousShape = { version: 1, services: seedCatalogue.services.map(({ checklist: _c, standard: _s, payment: _p, ...rest }) => ({ ...rest, requiredDocuments: ['identity-document'], standardListKnown: false })) };
    db.prepare('INSERT INTO catalogues (version, body, stored_at) VALUES (1, ?, ?)').run(JSON.stringify(previousShape), '2026-11-20T06:00:00.000Z');
    db.close();
    const { core, api } = openCoreClient({ dataDir });
    const current = await api.call('catalogue.current', {});
    expect(current.version).toBe(seedCatalogue.version);
    expect(current.services.find((s) => s.code === 'age-pension')?.standard?.reference).toMatch(/№ 232/u);
    await core.close();
  });
});
