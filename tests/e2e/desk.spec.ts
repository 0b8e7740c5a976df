import { expect, test } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { seedCatalogue } from '../../shared/catalogue/catalogue';
import { builtInItems } from '../../shared/catalogue/documents';
import { kk } from '../../shared/i18n/kk';
import { harnessApi, newDataFolder, startHarness, type RunningHarness } from './support/harness';

let harness: RunningHarness | undefined;
test.afterEach(async () => harness?.stop());

test('the documents panel follows the service chosen on the form, live and in Kazakh', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  const api = harnessApi(harness.url);
  const visit = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Сейітова Гүлнар' });
  await api.call('applications.saveDraft', { id: uuidv7(), visitId: visit.id, fields: { surname: 'Сейітова', givenName: 'Гүлнар' } });
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.intakeUi.openVisit.replace('{{name}}', 'Сейітова Гүлнар') }).click();
  const documents = page.getByRole('region', { name: kk.documentsUi.title });
  await expect(documents.locator('[data-checklist-item]')).toHaveCount(2);

  // The operator picks the age pension: its standard's documents appear without reopening the visit.
  const pension = seedCatalogue.services.find((service) => service.code === 'age-pension')!;
  const service = page.getByRole('combobox', { name: kk.application.fields.serviceCode, exact: true });
  await service.fill(pension.name.kk.slice(0, 18));
  await service.press('Enter');
  await expect(documents.locator('[data-checklist-item]')).toHaveCount(pension.checklist.length + 1);
  for (const item of pension.checklist) await expect(documents.locator(`[data-checklist-item="${item.code}"]`)).toContainText(item.name.kk);
  await expect(documents.getByText(new RegExp(pension.standard!.reference.slice(0, 20)))).toBeVisible();

  // "Attach as" offers the service's documents in Kazakh, and "other"; never the signed statement.
  await documents.getByRole('combobox', { name: kk.documentsUi.attachAs }).click();
  const options = page.getByRole('option');
  await expect(options.filter({ hasText: builtInItems.other.kk })).toHaveCount(1);
  await expect(options.filter({ hasText: builtInItems['signed-statement'].kk })).toHaveCount(0);
  const handedIn = pension.checklist.filter((item) => item.provision !== 'from-state-systems');
  await expect(options).toHaveCount(handedIn.length + 1);
});
