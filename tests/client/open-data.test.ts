import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { seriousViolations } from "../support/accessibility";
import { browserSession, PHONE } from "../support/browser";
import { createOrganization } from "../support/elements";
import { createPerson } from "../support/factories";

/** The open data page (/data), the directories' export links and an element's own exports, in a browser. */
const session = browserSession();
const SCREENSHOTS = path.join(__dirname, "../screenshots");
const LYON_ADDRESS = { street: "1 place des Terreaux", postalCode: "69001", city: "Lyon" };

let tag: string;
let org: { id: string; slug: string; name: string };

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const alice = await createPerson(session.server);
  tag = `opendata${randomBytes(3).toString("hex")}`;
  org = await createOrganization(alice, { name: `Jardin ${tag}`, address: LYON_ADDRESS, tags: [tag] });
});

it("goes from Discover's filters to the open data page, and downloads the GeoJSON for them", async () => {
  const { page, problems } = await session.tab({ language: "en", acceptDownloads: true });
  await page.goto(`${session.server.url}/discover?tag=${tag}&area=everywhere`);
  const links = page.getByRole("navigation", { name: "Open data" });
  await expect(links.getByRole("link", { name: "GeoJSON" }).getAttribute("href")).resolves.toBe(
    `/open-data/elements.geojson?tags=${tag}`,
  );
  await links.getByRole("link", { name: "About the open data" }).click();
  await page.getByRole("heading", { level: 1, name: "Open data" }).waitFor();
  await page.getByText("The data is published under the ODbL-1.0 licence").waitFor();
  await page.getByText(`${session.server.url}/open-data/events.ics?tags=${tag}`, { exact: true }).waitFor();
  expect(await page.getByRole("link", { name: "Try queries in the API explorer" }).getAttribute("href")).toBe(
    "/graphql",
  );

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download GeoJSON" }).click(),
  ]);
  const collection = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(collection.type).toBe("FeatureCollection");
  expect(collection.features.map((feature: { id: string }) => feature.id)).toEqual([org.id]);

  expect(await seriousViolations(page)).toEqual([]);
  writeFileSync(path.join(SCREENSHOTS, "open-data-desktop-en.png"), await page.screenshot({ fullPage: true }));
  expect(problems).toEqual([]);
}, 60_000);

it("fits a phone in French, without sideways scrolling", async () => {
  const { page, problems } = await session.tab({ viewport: PHONE });
  await page.goto(`${session.server.url}/data?tags=${tag}`);
  await page.getByRole("heading", { level: 1, name: "Données ouvertes" }).waitFor();
  await page.getByText("Les données sont publiées sous la licence ODbL-1.0", { exact: false }).waitFor();
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
  expect(await seriousViolations(page)).toEqual([]);
  writeFileSync(path.join(SCREENSHOTS, "open-data-phone-fr.png"), await page.screenshot({ fullPage: true }));
  expect(problems).toEqual([]);
}, 60_000);

it("links an element's page to its own exports, with its JSON-LD in the HTML and the page's CSP intact", async () => {
  const { page, problems } = await session.tab();
  await page.goto(`${session.server.url}/organizations/${org.slug}`);
  const section = page.getByRole("region", { name: "Données ouvertes" });
  expect(await section.getByRole("link", { name: "JSON-LD" }).getAttribute("href")).toBe(
    `/open-data/organizations/${org.slug}.jsonld`,
  );
  expect(await section.getByRole("link", { name: "GeoJSON" }).getAttribute("href")).toBe(
    `/open-data/organizations/${org.slug}.geojson`,
  );
  const embedded = await page.locator('script[type="application/ld+json"]').textContent();
  expect(JSON.parse(embedded!)).toMatchObject({ "@type": "Organization", name: org.name });
  expect(problems).toEqual([]);
}, 60_000);
