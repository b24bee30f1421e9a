import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { Organization, OrganizationType } from "../../server/modules/organizations/organization.entity";
import { DESKTOP, launchBrowser, openTab, PHONE, pickTown, type BrowserTab } from "../support/browser";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

const TIMEOUT = 120_000;
const SCREENSHOTS = path.join(__dirname, "../screenshots");
/** Words and tags of this run only: the test database is shared with other files. */
const run = randomBytes(3).toString("hex");
const GARDEN = `Jardin partagé ${run}`;
const BIKES = `Atelier vélo ${run}`;
const CYCLING_DAY = `Fête du vélo ${run}`;
const MILLAU = { latitude: 44.098, longitude: 3.078 };

let server: TestServer;
let browser: Browser;
let alice: PersonFixture;
const tabs: BrowserTab[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  alice = await createPerson(server);
  const millau = { postalCode: "12100", city: "Millau" };
  const create = (mutation: string, input: Record<string, unknown>) =>
    alice.agent.ok(`mutation($input: Create${mutation}Input!) { create${mutation}(input: $input) { id } }`, { input });
  await create("Organization", {
    name: GARDEN,
    type: "NGO",
    tags: ["jardin", `quartier${run}`],
    address: { street: "2 rue des Fleurs", ...millau },
  });
  await create("Organization", {
    name: BIKES,
    type: "COOPERATIVE",
    tags: ["velo", `quartier${run}`],
    address: millau,
    location: { latitude: MILLAU.latitude + 0.01, longitude: MILLAU.longitude + 0.01 },
  });
  await create("Event", {
    name: CYCLING_DAY,
    type: "FESTIVAL",
    startsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
    timeZone: "Europe/Paris",
    tags: ["velo"],
    address: millau,
  });
}, TIMEOUT);

afterEach(async () => {
  for (const tab of tabs.splice(0)) await tab.context.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * A French tab that records every request leaving this server: with no tiles configured, the map
 * (like every page) must fetch nothing from elsewhere.
 */
async function tab(viewport = DESKTOP, language = "FR"): Promise<BrowserTab & { outside: string[] }> {
  const opened = await openTab(browser, { viewport });
  tabs.push(opened);
  await opened.context.addInitScript({ content: `localStorage.setItem("communect.language", "${language}");` });
  const outside: string[] = [];
  opened.page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith("data:") && !url.startsWith("blob:")) outside.push(url);
  });
  return { ...opened, outside };
}

/** What these tests read in the page (this file is compiled without the DOM types). */
interface PageGlobals {
  document: { querySelector(selector: string): unknown };
  getComputedStyle(element: unknown): { opacity: string };
  localStorage: { getItem(key: string): string | null };
}

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState("networkidle");
  writeFileSync(path.join(SCREENSHOTS, `${name}.png`), await page.screenshot({ fullPage: true }));
}

describe("places and discovery in the web app", () => {
  it(
    "choose a place on the home page, search by words and tag, switch to the map, open a marker's popup and go to the element",
    async () => {
      const { page, problems, outside } = await tab();
      await page.goto(server.url);
      const prompt = page.getByRole("region", { name: "Où êtes-vous ?" });
      await prompt.waitFor();
      await pickTown(page, "Commune ou code postal", "millau", /^Millau \(12\)/);
      // The choice is remembered in this browser, and the home page shows what is around it.
      await page.getByRole("heading", { name: "Autour de Millau, dans un rayon de 10 km" }).waitFor();
      const nearby = page.getByRole("region", { name: "Organisations proches" });
      await nearby.getByRole("link", { name: GARDEN }).waitFor();
      await nearby.getByRole("link", { name: BIKES }).waitFor();
      await page
        .getByRole("region", { name: "Prochains événements proches" })
        .getByRole("link", { name: CYCLING_DAY })
        .waitFor();
      expect(
        await page.evaluate(() =>
          JSON.parse((globalThis as unknown as PageGlobals).localStorage.getItem("communect.place") ?? "null"),
        ),
      ).toMatchObject({
        name: "Millau",
        radiusKm: 10,
      });
      await screenshot(page, "home-around-desktop-fr");

      await page.getByRole("navigation").getByRole("link", { name: "Découvrir" }).click();
      await page.getByRole("heading", { level: 1, name: "Découvrir" }).waitFor();
      await page.getByRole("searchbox", { name: "Mots" }).fill(run);
      // The words go into the address once typing pauses.
      await page.waitForURL((url) => url.searchParams.get("q") === run);
      await page.getByRole("status").getByText("3 sur 3 affichés").waitFor();
      // Words found anywhere: names, tags; sorted by relevance once there are words.
      await expect(page.getByLabel("Trier par").inputValue()).resolves.toBe("RELEVANCE");
      // The box follows the address, which the router changes just after the click: click, then wait.
      const tags = page.getByRole("group", { name: "Étiquettes" });
      await tags.getByRole("checkbox", { name: "jardin" }).click();
      await tags.getByRole("checkbox", { name: "jardin", checked: true }).waitFor();
      await page.getByRole("status").getByText("1 sur 1 affichés").waitFor();
      await page.getByRole("main").getByRole("link", { name: GARDEN }).waitFor();
      expect(new URL(page.url()).searchParams.getAll("tag")).toEqual(["jardin"]);
      await screenshot(page, "discover-desktop-fr");

      await page.getByRole("link", { name: "Voir sur la carte" }).click();
      await page.waitForURL(/\/map\?/);
      const list = page.getByRole("list", { name: "Ce que montre la carte, en liste" });
      await list.getByRole("link", { name: GARDEN }).waitFor();
      expect(await list.getByRole("listitem").count()).toBe(1);
      const marker = page.locator(`.leaflet-marker-icon[title="${GARDEN}"]`);
      await marker.click();
      const popup = page.locator(".leaflet-popup");
      await popup.getByRole("link", { name: GARDEN }).waitFor();
      // Leaflet fades the popup in.
      await page.waitForFunction(() => {
        const window = globalThis as unknown as PageGlobals;
        return window.getComputedStyle(window.document.querySelector(".leaflet-popup")).opacity === "1";
      });
      await screenshot(page, "map-desktop-fr");
      await popup.getByRole("link", { name: GARDEN }).click();
      await page.waitForURL(/\/organizations\/[a-z0-9-]+$/);
      await page.getByRole("heading", { level: 1, name: GARDEN }).waitFor();

      expect(problems).toEqual([]);
      expect(outside).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "show the server's clusters as count bubbles when too many are in view, with their total in the list",
    async () => {
      // More than the 200 markers the API sends one by one: written straight to the database.
      const crowd = `foule${run}`;
      const repository = server.database.dataSource.getRepository(Organization);
      await repository.save(
        Array.from({ length: 205 }, (_, index) =>
          repository.create({
            name: `Membre ${index}`,
            slug: `membre-${index}-${run}`,
            type: OrganizationType.NGO,
            tags: [crowd],
            latitude: MILLAU.latitude + ((index % 15) - 7) * 0.02,
            longitude: MILLAU.longitude + (Math.floor(index / 15) - 7) * 0.02,
          }),
        ),
      );
      const { page, problems, outside } = await tab();
      await page.goto(`${server.url}/map?tag=${crowd}`);
      await page.getByRole("heading", { name: "Dans la vue : 205" }).waitFor();
      const clusters = page.locator(".leaflet-marker-icon .map-cluster");
      await clusters.first().waitFor();
      const counts = (await clusters.allTextContents()).map(Number);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(205);
      expect(await page.locator(".leaflet-marker-icon .map-marker").count()).toBe(0);
      // The list shows the first page of them, the map's text alternative.
      const list = page.getByRole("list", { name: "Ce que montre la carte, en liste" });
      expect(await list.getByRole("listitem").count()).toBe(20);
      await page.getByText("Aucun fond de carte n’est configuré").waitFor();
      expect(problems).toEqual([]);
      expect(outside).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "fill the town, postal code and point of an address from the postal code's suggestions",
    async () => {
      const opened = await tab();
      const cookie = alice.agent.cookie!;
      const separator = cookie.indexOf("=");
      await opened.context.addCookies([
        { name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url: server.url },
      ]);
      const { page, problems } = opened;
      await page.goto(`${server.url}/organizations/new`);
      // Not named with `run`: the other tests count what its words find.
      const name = `Bibliothèque ${randomBytes(3).toString("hex")}`;
      await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
      await page.getByLabel("Type d’organisation").selectOption("PUBLIC_BODY");
      await pickTown(page, "Code postal", "1210", /^Millau \(12\)/);
      await expect(page.getByRole("combobox", { name: "Code postal" }).getAttribute("aria-expanded")).resolves.toBe(
        "false",
      );
      await expect(page.getByRole("combobox", { name: "Commune" }).inputValue()).resolves.toBe("Millau");
      await expect(page.getByRole("combobox", { name: "Code postal" }).inputValue()).resolves.toBe("12100");
      await page.getByText(/^Placée sur la carte en 44\.\d+, 3\.\d+\.$/).waitFor();
      // Escape closes the list without changing what was typed.
      const town = page.getByRole("combobox", { name: "Commune" });
      await town.fill("millau");
      await page.getByRole("listbox", { name: "Communes" }).getByRole("option").first().waitFor();
      await town.press("Escape");
      await expect(town.getAttribute("aria-expanded")).resolves.toBe("false");
      await expect(town.inputValue()).resolves.toBe("millau");
      // The down arrow opens it again, then moves in it; Enter picks.
      await town.press("ArrowDown");
      const millau = page.getByRole("option", { name: /^Millau \(12\)/ });
      await millau.waitFor();
      await expect(town.getAttribute("aria-activedescendant")).resolves.toBeNull();
      await town.press("ArrowDown");
      await expect(town.getAttribute("aria-activedescendant")).resolves.toBe(await millau.getAttribute("id"));
      await town.press("Enter");
      await expect(town.inputValue()).resolves.toBe("Millau");
      // The point can be moved: dragged with the mouse, or with the arrow keys once the marker has focus.
      const shown = async () => {
        const text = (await page.getByText(/^Placée sur la carte en /).textContent()) ?? "";
        const [, latitude, longitude] = /en (-?[\d.]+), (-?[\d.]+)\.$/.exec(text)!;
        return { latitude: Number(latitude), longitude: Number(longitude) };
      };
      const atTown = await shown();
      const pin = page.getByRole("group", { name: "Point sur la carte" }).locator(".leaflet-marker-icon");
      await pin.scrollIntoViewIfNeeded();
      const box = (await pin.boundingBox())!;

      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await page
        .getByText(/^Placée sur la carte en /)
        .filter({ hasNotText: `en ${atTown.latitude.toFixed(4)}, ${atTown.longitude.toFixed(4)}.` })
        .waitFor();
      const dragged = await shown();
      expect(dragged.longitude).toBeGreaterThan(atTown.longitude);
      await pin.focus();
      await pin.press("ArrowUp");
      await pin.press("ArrowUp");
      await page.getByText(`en ${(dragged.latitude + 0.001).toFixed(4)}, `).waitFor();
      writeFileSync(
        path.join(SCREENSHOTS, "address-point-desktop-fr.png"),
        await page.getByRole("group", { name: "Coordonnées" }).screenshot(),
      );
      await page.getByRole("button", { name: "Créer l’organisation" }).click();
      await page.getByRole("heading", { level: 1, name }).waitFor();

      const slug = new URL(page.url()).pathname.split("/").pop();
      const { element } = await alice.agent.ok(
        `query($slug: String!) { element(slug: $slug) { ... on Organization { address { postalCode city inseeCode } location { latitude longitude } } } }`,
        { slug },
      );
      expect(element.address).toEqual({ postalCode: "12100", city: "Millau", inseeCode: "12145" });
      expect(element.location.latitude).toBeCloseTo(MILLAU.latitude, 1);
      // Where the person put it, not the town's point.
      expect(element.location.latitude).toBeCloseTo(dragged.latitude + 0.001, 3);
      expect(element.location.longitude).toBeCloseTo(dragged.longitude, 3);
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "work on a phone: the discovery page and the map, with screenshots",
    async () => {
      const { page, problems, outside } = await tab(PHONE);
      await page.addInitScript({
        content: `localStorage.setItem("communect.place", ${JSON.stringify(
          JSON.stringify({ name: "Millau", postalCode: "12100", inseeCode: "12145", ...MILLAU, radiusKm: 25 }),
        )});`,
      });
      await page.goto(`${server.url}/discover?q=${run}`);
      await page.getByRole("status").getByText("3 sur 3 affichés").waitFor();
      await screenshot(page, "discover-phone-fr");
      await page.goto(`${server.url}/map?q=${run}`);
      await page
        .getByRole("list", { name: "Ce que montre la carte, en liste" })
        .getByRole("link", { name: GARDEN })
        .waitFor();
      await page.locator(`.leaflet-marker-icon[title="${BIKES}"]`).waitFor();
      await screenshot(page, "map-phone-fr");
      expect(problems).toEqual([]);
      expect(outside).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "speak English too: the discovery page and the map, with screenshots",
    async () => {
      const { page, problems, outside } = await tab(DESKTOP, "EN");
      await page.goto(`${server.url}/discover?q=${run}&kind=ORGANIZATION&area=everywhere`);
      await page.getByRole("status").getByText("2 of 2 shown").waitFor();
      await expect(page.getByLabel("Sort by").inputValue()).resolves.toBe("RELEVANCE");
      await screenshot(page, "discover-desktop-en");
      await page.getByRole("link", { name: "Show on the map" }).click();
      const list = page.getByRole("list", { name: "What the map shows, as a list" });
      await list.getByRole("link", { name: BIKES }).waitFor();
      await page.getByText("No background map is configured").waitFor();
      await screenshot(page, "map-desktop-en");
      expect(problems).toEqual([]);
      expect(outside).toEqual([]);
    },
    TIMEOUT,
  );
});
