import { pathToFileURL } from 'node:url';

/**
 * The child side of `runBounded`: imports the module, calls the export with the arguments the
 * parent sends, and sends back its value (or the error) with the process's own peak memory.
 */
const [modulePath, exportName] = process.argv.slice(2);

process.once('message', async (args: unknown) => {
  const send = (message: unknown) => new Promise<void>((done) => process.send!(message, () => done()));
  try {
    const module = (await import(pathToFileURL(modulePath!).href)) as Record<string, (...values: unknown[]) => unknown>;
    const value = await module[exportName!]!(...(args as unknown[]));
    await send({ ok: true, value, peakRssMb: process.resourceUsage().maxRSS / 1024 });
  } catch (error) {
    await send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  process.exit(0);
});
