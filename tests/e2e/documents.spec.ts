import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import type { ExportManifest } from '../../electron/core/attachments/attachment-export';
import { kk } from '../../shared/i18n/kk';
import { completeFields } from '../support/finished-application';
import { jpegBytes, pdfBytes } from '../support/sample-files';
import { newDataFolder, startHarness, type RunningHarness } from './support/harness';

let harness: RunningHarness | undefined;
test.afterEach(async () => harness?.stop());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Calls the harness's contract the way the renderer does, to set the scene quickly. */
async function call(url: string, method: string, input: unknown): Promise<unknown> {
  const token = new URL(url).hash.replace('#token=', '');
  const response = await fetch(new URL(`/api/${method}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qabyldau-token': token },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown };
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope)}`);
  return envelope.value;
}

/** Drops files on an element as a person dragging them from Explorer would. */
async function dropFiles(page: Page, selector: string, files: { name: string; type: string; bytes: Buffer }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
    return transfer;
  }, files.map((file) => ({ name: file.name, type: file.type, base64: file.bytes.toString('base64') })));
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/** Whether a canvas has been drawn on: any pixel that is not blank. */
const drawn = (page: Page, label: string) =>
  page.getByRole('img', { name: label, exact: true }).first().evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    return data.some((value, index) => index % 4 !== 3 && value < 250);
  });

test('drop a PDF and a JPEG, see thumbnails and the checklist, view and turn a page, export with a manifest that matches', async ({ page }) => {
  const dataDir = newDataFolder();
  harness = await startHarness(dataDir);
  const visit = (await call(harness.url, 'visits.logWalkIn', { id: uuidv7(), citizenName: 'Айгүл Нұрғалиева' })) as { id: string };
  const applicationId = uuidv7();
  await call(harness.url, 'applications.saveDraft', { id: applicationId, visitId: visit.id, fields: completeFields });
  await call(harness.url, 'applications.finish', { id: applicationId, fields: completeFields });

  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', 'Айгүл Нұрғалиева') }).click();
  const documents = page.getByRole('region', { name: kk.documentsUi.title });
  const identity = documents.locator('[data-checklist-item="identity-document"]');
  await expect(identity).toContainText(kk.documentsUi.missing);

  const files = [
    { name: 'жеке-куәлік.pdf', type: 'application/pdf', bytes: await pdfBytes(2) },
    { name: 'фото.jpg', type: 'image/jpeg', bytes: jpegBytes(240, 160, 7) },
  ];
  await dropFiles(page, `[aria-label="${kk.documentsUi.dropHint}"]`, files);

  // Thumbnails drawn for both, the checklist item covered.
  const table = documents.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(identity).toContainText(kk.documentsUi.covered);
  await expect.poll(() => drawn(page, 'жеке-куәлік.pdf')).toBe(true);
  await expect.poll(() => drawn(page, 'фото.jpg')).toBe(true);

  // The viewer shows the PDF's pages; a page turned is a new version.
  await documents.getByRole('button', { name: kk.documentsUi.view.replace('{{name}}', 'жеке-куәлік.pdf') }).click();
  const viewer = page.getByRole('dialog', { name: 'жеке-куәлік.pdf' });
  const pageLabel = (n: number) => kk.documentsUi.viewerPage.replace('{{page}}', String(n)).replace('{{count}}', '2');
  await expect(viewer.getByText(pageLabel(1))).toBeVisible();
  await viewer.getByRole('button', { name: kk.documentsUi.next }).click();
  await expect(viewer.getByText(pageLabel(2))).toBeVisible();
  await expect.poll(() => drawn(page, pageLabel(2))).toBe(true);
  await viewer.getByRole('button', { name: kk.documentsUi.rotate }).click();
  await expect(viewer.getByRole('status')).toContainText(kk.documentsUi.rotated.replace('{{version}}', '2').slice(0, 20));
  await viewer.getByRole('button', { name: kk.documentsUi.close }).click();
  await expect(table).toContainText(kk.documentsUi.version.replace('{{version}}', '2'));

  // Export: the manifest lists both files, and their hashes match what is in the folder.
  await documents.getByRole('button', { name: kk.documentsUi.export }).click();
  const status = documents.getByRole('status');
  await expect(status).toContainText(join(dataDir, 'exports'));
  const folder = /(\/\S+qabyldau-[0-9a-f]{8}-\S+Z)/.exec((await status.textContent()) ?? '')![1]!;
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as ExportManifest;
  expect(manifest.files.map((file) => file.originalName)).toEqual(['жеке-куәлік.pdf', 'фото.jpg']);
  for (const file of manifest.files) expect(sha256(readFileSync(join(folder, file.file)))).toBe(file.sha256);
  // The photo went out as dropped; the PDF as its turned version.
  expect(manifest.files[1]!.sha256).toBe(sha256(files[1]!.bytes));
  expect(manifest.files[0]!.sha256).not.toBe(sha256(files[0]!.bytes));
  await page.screenshot({ path: 'tests/e2e/__screenshots__/documents-kk.png', fullPage: true });
});
