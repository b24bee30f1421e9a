import path from "node:path";
import { seriousViolations } from "../support/accessibility";
import { browserSession, PHONE } from "../support/browser";

/** /graphql opened in a browser: the explorer runs the example queries and shows the schema, with nothing from elsewhere. */
const session = browserSession();
const SCREENSHOTS = path.join(__dirname, "../screenshots");

it("runs the example queries, shows the schema and the data licence in the footer", async () => {
  const { page, problems } = await session.tab({ language: "en" });
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(session.server.url)) outside.push(request.url());
  });
  await page.goto(`${session.server.url}/graphql`);
  await page.getByRole("heading", { level: 1, name: "API explorer" }).waitFor();
  await page.getByRole("button", { name: "Run the query" }).click();
  await page.getByRole("status").getByText('"totalCount"', { exact: false }).waitFor();
  await page.getByRole("status").getByText("Open Database License (ODbL) 1.0", { exact: false }).waitFor();

  await page.getByLabel("Example").selectOption({ label: "Events of the coming month, with their places" });
  await page.getByRole("button", { name: "Run the query" }).click();
  await page.getByRole("status").getByText('"events"', { exact: false }).waitFor();

  await page.getByLabel("Variables (JSON)").fill("{ first: 1 }");
  await page.getByRole("button", { name: "Run the query" }).click();
  await page.getByRole("status").getByText("The variables are not valid JSON.").waitFor();

  await page.getByText("The whole schema").click();
  await page.getByText("type Query {", { exact: false }).waitFor();

  // The footer: the data licence, linked to its text, with the attribution.
  const licence = page.getByRole("contentinfo").getByRole("link", { name: "Open Database License (ODbL) 1.0" });
  await licence.waitFor();
  expect(await licence.getAttribute("href")).toBe("https://opendatacommons.org/licenses/odbl/1-0/");
  await page.getByRole("contentinfo").getByText("Contains information from", { exact: false }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, "api-explorer-desktop.png"), fullPage: false });

  expect(outside).toEqual([]);
  expect(problems).toEqual([]);
}, 60_000);

it("fits a phone, footer included, in French", async () => {
  const { page, problems } = await session.tab({ viewport: PHONE });
  await page.goto(`${session.server.url}/`);
  const licence = page.getByRole("contentinfo").getByRole("link", { name: "Open Database License (ODbL) 1.0" });
  await licence.waitFor();
  await page.getByRole("contentinfo").getByText("Les données publiques sont publiées sous", { exact: false }).waitFor();
  // The credit reusers give, in the reader's language too.
  await page.getByRole("contentinfo").getByText("Contient des informations de", { exact: false }).waitFor();
  expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, "footer-phone.png"), fullPage: true });
  expect(problems).toEqual([]);
}, 60_000);
