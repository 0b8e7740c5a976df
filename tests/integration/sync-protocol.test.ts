import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiFile } from '../central/central-server';

describe('the sync protocol description', () => {
  it('is a valid OpenAPI 3.1 document (checked by a third-party validator)', async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(readFileSync(openApiFile, 'utf8')) as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(validator.version).toBe('3.1');
  });

  it('names every operation the client calls, and each says which answers a retry can mend', () => {
    const document = JSON.parse(readFileSync(openApiFile, 'utf8')) as { paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>> };
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item).filter((op) => typeof op === 'object' && op && 'operationId' in op));
    expect(operations.map((op) => op.operationId).sort()).toEqual(['createUpload', 'enrol', 'getBatch', 'hasBlob', 'heldApplications', 'missingBlobs', 'pullChanges', 'pushBatch', 'renewCredential', 'uploadChunk', 'uploadOffset']);
    for (const op of operations) expect(Object.keys(op.responses ?? {}), op.operationId).toEqual(expect.arrayContaining(['500', '503']));
  });
});
