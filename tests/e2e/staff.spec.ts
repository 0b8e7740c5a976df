import { expect, test, type Page } from '@playwright/test';
import { kk } from '../../shared/i18n/kk';
import { e2eStaff, newDataFolder, startHarness, type RunningHarness } from './support/harness';

let harness: RunningHarness | undefined;
test.afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function signIn(page: Page, login: string, secret: string) {
  await page.getByRole('textbox', { name: kk.sessionUi.login }).fill(login);
  await page.getByLabel(kk.sessionUi.secret).fill(secret);
  await page.getByRole('button', { name: kk.sessionUi.submit }).click();
}

test('an operator is refused the supervisor’s pages by the core; the supervisor signs in, reads the audit log and verifies it', async ({ page }) => {
  harness = await startHarness(newDataFolder());
  await page.goto(harness.url);
  await page.getByRole('button', { name: kk.sessionUi.signOut }).click();
  await expect(page.getByRole('heading', { name: kk.sessionUi.signInTitle })).toBeVisible();

  // A wrong PIN is refused, and the field is emptied for the next try.
  await signIn(page, e2eStaff.operator.login, '000000');
  await expect(page.getByRole('alert')).toHaveText(kk.errors.session.wrong_credentials);
  await expect(page.getByLabel(kk.sessionUi.secret)).toHaveValue('');
  await signIn(page, e2eStaff.operator.login, e2eStaff.operator.secret);
  await expect(page.getByTestId('signed-in-as')).toHaveText(`${e2eStaff.operator.name}, ${kk.sessionUi.roles.operator}`);

  // The Staff page asks the core, which refuses an operator.
  await page.getByRole('button', { name: kk.nav.staff }).click();
  await expect(page.getByRole('alert')).toContainText(kk.errors.access.supervisor_only);
  await expect(page.getByRole('table', { name: kk.staffUi.title })).toHaveCount(0);
  await page.getByRole('button', { name: kk.nav.settings }).click();
  await expect(page.getByRole('alert')).toContainText(kk.errors.access.supervisor_only);

  // Stepping away: the desk locks, and the operator's own PIN opens it again where they were.
  await page.getByRole('button', { name: kk.sessionUi.lock }).click();
  await expect(page.getByRole('heading', { name: kk.sessionUi.lockedTitle })).toBeVisible();
  await expect(page.getByRole('navigation')).toBeHidden();
  await page.getByLabel(kk.sessionUi.secret).fill(e2eStaff.operator.secret);
  await page.getByRole('button', { name: kk.sessionUi.submit }).click();
  await expect(page.getByRole('button', { name: kk.nav.settings })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: kk.sessionUi.signOut }).click();
  await signIn(page, e2eStaff.supervisor.login, e2eStaff.supervisor.secret);
  await expect(page.getByTestId('signed-in-as')).toHaveText(`${e2eStaff.supervisor.name}, ${kk.sessionUi.roles.supervisor}`);
  await page.getByRole('button', { name: kk.nav.staff }).click();
  const staff = page.getByRole('table', { name: kk.staffUi.title });
  await expect(staff.getByRole('row', { name: new RegExp(e2eStaff.operator.login) })).toBeVisible();

  await page.getByRole('button', { name: kk.nav.settings }).click();
  const audit = page.getByRole('table', { name: kk.auditUi.title });
  // The refusals and sign-ins are there, by account, newest first.
  await expect(audit.getByRole('row').nth(1)).toContainText(kk.auditUi.actions['signin.succeeded']);
  await expect(audit.getByText(kk.auditUi.actions['access.refused'], { exact: true })).toHaveCount(1);
  await expect(audit.getByText(kk.auditUi.actions['signin.failed'], { exact: true })).toHaveCount(1);
  await page.getByRole('button', { name: kk.auditUi.verify }).click();
  await expect(page.getByTestId('audit-verdict')).toContainText(kk.auditUi.intact.split('{{')[0]!.trim());
  // The recovery key, for the supervisor to write down.
  await page.getByRole('button', { name: kk.securityUi.show }).click();
  await expect(page.getByTestId('recovery-key')).toHaveText(/^[0-9A-F]{4}(-[0-9A-F]{4}){15}$/);
});
