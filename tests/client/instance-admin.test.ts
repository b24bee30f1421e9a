import path from "node:path";
import { seriousViolations } from "../support/accessibility";
import { browserSession, PHONE } from "../support/browser";
import { createPerson, uniqueName } from "../support/factories";

/** The instance administration page: reached from the account menu by an instance administrator. */
const adminName = uniqueName("admin");
const session = browserSession({ server: { env: { INSTANCE_ADMINS: adminName } } });
const SCREENSHOTS = path.join(__dirname, "../screenshots");

it("lets an instance administrator change the licence, which the footer then shows", async () => {
  const admin = await createPerson(session.server, { username: adminName });
  const { page, problems } = await session.tab({ as: admin, language: "en" });
  await page.goto(`${session.server.url}/`);
  await page.locator(".account-menu .menu-button").click();
  await page.getByRole("link", { name: "Instance administration" }).click();
  await page.getByRole("heading", { level: 1, name: "Instance administration" }).waitFor();
  await page.getByLabel("Name").fill("Communect Rhône");
  await page.getByLabel("Contact e-mail").fill("contact@example.org");
  await page.getByLabel("Licence of the public data").selectOption({ label: "Licence Ouverte / Open Licence 2.0" });
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").getByText("Settings saved.").waitFor();
  await page.getByRole("contentinfo").getByRole("link", { name: "Licence Ouverte / Open Licence 2.0" }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, "instance-admin-desktop.png"), fullPage: true });
  await page.setViewportSize(PHONE);
  expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: path.join(SCREENSHOTS, "instance-admin-phone.png"), fullPage: true });
  expect(problems).toEqual([]);
  // Other test files read the configured defaults.
  await session.server.database.dataSource.query("DELETE FROM instance_settings");
}, 60_000);

it("tells others the page is for the instance's administrators", async () => {
  const someone = await createPerson(session.server);
  const { page } = await session.tab({ as: someone, language: "en" });
  await page.goto(`${session.server.url}/instance`);
  await page.getByText("Only the instance’s administrators may change its settings.").waitFor();
  expect(await page.getByLabel("Name").count()).toBe(0);
}, 60_000);
