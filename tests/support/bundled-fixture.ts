import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles a child-process fixture into one ES module (better-sqlite3 stays outside: it is native).
 * A crash test restarts its child hundreds of times, and one bundled file starts in a third of the
 * time tsx needs. The fixture must be given the resources folder: the bundle lives elsewhere.
 */
export async function bundledFixture(fixture: string): Promise<string> {
  // Checkouts of the same repository (git worktrees) may share one node_modules: each bundles into
  // a folder of its own, so a child never runs another checkout's code.
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 12);
  const outfile = join(root, 'node_modules/.tmp/fixtures', checkout, fixture.replace(/\.ts$/, '.mjs'));
  const { outputFiles } = await build({
    entryPoints: [join(root, 'tests/integration/fixtures', fixture)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external: ['better-sqlite3'],
    // Its own name for createRequire: a bundled module may import the same function.
    banner: { js: "import { createRequire as qabyldauRequire } from 'node:module'; const require = qabyldauRequire(import.meta.url);" },
    logLevel: 'error',
    write: false,
  });
  // Two test files may bundle the same fixture at once: each puts a whole file in place, so a
  // child never starts from half of one.
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(`${outfile}.${process.pid}`, outputFiles[0]!.contents);
  renameSync(`${outfile}.${process.pid}`, outfile);
  return outfile;
}
