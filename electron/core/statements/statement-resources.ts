import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { statementTemplateSchema, type StatementTemplate } from '../../../shared/statement/statement-template';
import type { StatementFonts } from './statement-pdf';

export type StatementResources = { template: StatementTemplate; fonts: StatementFonts };

/** Reads the template and fonts from resources/ once, on the first statement, not at start-up. */
export function statementResources(resourcesDir: string): () => Promise<StatementResources> {
  let loading: Promise<StatementResources> | undefined;
  return () =>
    (loading ??= (async () => {
      const [template, regular, bold] = await Promise.all([
        readFile(join(resourcesDir, 'templates', 'statement.json'), 'utf8'),
        readFile(join(resourcesDir, 'fonts', 'NotoSans-Regular.ttf')),
        readFile(join(resourcesDir, 'fonts', 'NotoSans-Bold.ttf')),
      ]);
      return { template: statementTemplateSchema.parse(JSON.parse(template)), fonts: { regular, bold } };
    })().catch((error: unknown) => {
      // A failed read is not remembered: the next statement tries again.
      loading = undefined;
      throw error;
    }));
}
