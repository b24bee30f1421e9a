import path from "node:path";
import { seriousViolations } from "../support/accessibility";
import { browserSession, PHONE } from "../support/browser";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";

/** The instance administration page: reached from the account menu by an instance administrator. */
const adminName = uniqueName("admin");
// Its own database: the reports tab lists the open reports of every wall, other files' included.
const session = browserSession({ server: { env: { INSTANCE_ADMINS: adminName }, ownDatabase: true } });
const SCREENSHOTS = path.join(__dirname, "../screenshots");

let admin: PersonFixture;
beforeAll(async () => {
  admin = await createPerson(session.server, { username: adminName });
});

it("lets an instance administrator change the licence, which the footer then shows, and the area", async () => {
  const { page, problems } = await session.tab({ as: admin, language: "en" });
  await page.goto(`${session.server.url}/`);
  await page.locator(".account-menu .menu-button").click();
  await page.getByRole("link", { name: "Instance administration" }).click();
  await page.getByRole("heading", { level: 1, name: "Instance administration" }).waitFor();
  await page.getByLabel("Name").fill("Communect Rhône");
  await page.getByLabel("Contact e-mail").fill("contact@example.org");
  await page.getByLabel("Licence of the public data").selectOption({ label: "Licence Ouverte / Open Licence 2.0" });
  // A town typed but not chosen from the gazetteer's list is refused before anything is sent.
  const town = page.getByRole("combobox", { name: "Town at the centre of the area" });
  await town.fill("Lyo");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Choose the town from the list.").waitFor();
  await town.fill("Lyon");
  await page.getByRole("option", { name: /^Lyon \(69\)/ }).click();
  await expect(town.inputValue()).resolves.toBe("Lyon");
  await page.getByLabel("Kilometres around it").fill("40");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").getByText("Settings saved.").waitFor();
  const [stored] = await session.server.database.dataSource.query(
    "SELECT area_place_id, area_radius_km FROM instance_settings",
  );
  expect(stored).toEqual({ area_place_id: "fr:69123", area_radius_km: 40 });
  await page.getByRole("contentinfo").getByRole("link", { name: "Licence Ouverte / Open Licence 2.0" }).waitFor();
  await page.reload();
  await expect(town.inputValue()).resolves.toBe("Lyon");
  await expect(page.getByLabel("Kilometres around it").inputValue()).resolves.toBe("40");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, "instance-admin-desktop.png"), fullPage: true });
  await page.setViewportSize(PHONE);
  expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: path.join(SCREENSHOTS, "instance-admin-phone.png"), fullPage: true });
  expect(problems).toEqual([]);
  // Other test files read the configured defaults.
  await session.server.database.dataSource.query("DELETE FROM instance_settings");
}, 60_000);

const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`;
const REPORT = `mutation($input: ReportNewsInput!) { reportNews(input: $input) { id } }`;

it("lists the reports of every wall to an instance administrator, a page at a time, who hides what they point at", async () => {
  const [author, reporter] = await Promise.all([
    createPerson(session.server, { displayName: "Alice Martin" }),
    createPerson(session.server, { displayName: "Rémi Petit" }),
  ]);
  const { page, problems } = await session.tab({ as: admin, language: "en" });
  await page.goto(`${session.server.url}/instance`);
  await page
    .getByRole("navigation", { name: "Instance administration" })
    .getByRole("link", { name: "Reports" })
    .click();
  await page.getByText("No report waits. Reports made on any wall will show here.").waitFor();

  const post = async (text: string) =>
    (await author.agent.ok(POST, { input: { wallId: author.id, text, audience: "PUBLIC", placeIds: ["fr:69123"] } }))
      .postNews.id as string;
  const ordinary = await post("Repair café on Saturday at the community centre, bring your broken toasters.");
  for (let n = 1; n <= 20; n += 1) {
    await reporter.agent.ok(REPORT, { input: { newsId: ordinary, reason: `Not sure about this one (${n})` } });
  }
  const spam = await post(`Buy cheap watches now! ${"Best prices, free delivery. ".repeat(10)}`);
  await reporter.agent.ok(REPORT, { input: { newsId: spam, reason: "Advertising" } });

  await page.reload();
  const list = page.getByRole("region", { name: "21 reports to handle" });
  await list.waitFor();
  const items = list.getByRole("listitem");
  await expect(items.count()).resolves.toBe(20);
  const newest = items.first();
  await newest.getByText(/^Buy cheap watches now! Best prices/).waitFor();
  // A long text is cut to an excerpt.
  expect((await newest.locator("q").first().textContent())?.endsWith("…")).toBe(true);
  await newest.getByRole("link", { name: "Alice Martin" }).waitFor();
  await newest.getByText("Advertising").waitFor();
  await newest.getByRole("link", { name: "Rémi Petit" }).waitFor();
  await list.getByRole("button", { name: "More reports" }).click();
  await items.nth(20).getByText("Not sure about this one (1)").waitFor();
  await expect(list.getByRole("button", { name: "More reports" }).count()).resolves.toBe(0);

  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, "instance-reports-desktop.png"), fullPage: true });
  await page.setViewportSize(PHONE);
  expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: path.join(SCREENSHOTS, "instance-reports-phone.png"), fullPage: true });

  await newest.getByRole("button", { name: "Hide what was reported" }).click();
  await page.getByRole("region", { name: "20 reports to handle" }).waitFor();
  const [hidden] = await session.server.database.dataSource.query("SELECT hidden_at FROM news WHERE id = $1", [spam]);
  expect(hidden.hidden_at).not.toBeNull();
  expect(problems).toEqual([]);
}, 90_000);

it("tells others the pages are for the instance's administrators", async () => {
  const someone = await createPerson(session.server);
  const { page } = await session.tab({ as: someone, language: "en" });
  for (const address of ["/instance", "/instance/reports"]) {
    await page.goto(`${session.server.url}${address}`);
    await page.getByText("Only the instance’s administrators may see this page.").waitFor();
    expect(await page.getByLabel("Name").count()).toBe(0);
    expect(await page.getByRole("navigation", { name: "Instance administration" }).count()).toBe(0);
  }
}, 60_000);
