import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { browserSession, DESKTOP, PHONE, type BrowserTab, type TabOptions } from "../support/browser";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import sharp from "sharp";
import { picture, upload } from "../support/media";
import type { TestServer } from "../support/server";

const TIMEOUT = 120_000;
/** Where the screenshots of the main pages go (git-ignored; see the README's "Web app" section). */
const SCREENSHOTS = path.join(__dirname, "../screenshots");

const session = browserSession({ timeout: TIMEOUT });

let server: TestServer;
let alice: PersonFixture;

beforeAll(async () => {
  server = session.server;
  // A long name, as people choose: the header must fit anyway.
  alice = await createPerson(server, { displayName: "Alice Martin-Fontaine de Montferrand" });
}, TIMEOUT);

/** A tab of its own, logged in as `person` when given, in a language and at a size. */
const tab = (person: PersonFixture | null, options: TabOptions = {}): Promise<BrowserTab> =>
  session.tab({ as: person, language: "fr", ...options });

/** A drawn logo and banner, so that the screenshots look like a real page. */
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">
  <rect width="400" height="400" fill="#f3efe0"/><circle cx="200" cy="220" r="120" fill="#3d6b2a"/>
  <path d="M200 60 C260 120 260 180 200 230 C140 180 140 120 200 60Z" fill="#8fbf5a"/></svg>`;
const BANNER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="500">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
  <stop offset="0" stop-color="#9fd3e6"/><stop offset="1" stop-color="#e8f4d9"/></linearGradient></defs>
  <rect width="1600" height="500" fill="url(#sky)"/><circle cx="1300" cy="120" r="60" fill="#ffd76a"/>
  <path d="M0 380 Q400 300 800 370 T1600 350 V500 H0Z" fill="#5f9b45"/>
  <path d="M0 430 Q500 380 1000 440 T1600 420 V500 H0Z" fill="#3d6b2a"/></svg>`;
const drawn = (svg: string, format: "png" | "jpeg") => sharp(Buffer.from(svg)).toFormat(format).toBuffer();

/** A picture file as the file picker would give it. */
async function pictureFile(name: string, width: number, height: number) {
  return { name, mimeType: "image/png", buffer: await picture("png", width, height) };
}

type ImageElement = { complete: boolean; naturalWidth: number; src: string };

/**
 * Waits until the page's images have loaded and reports those of this server that failed. Test
 * files share one database but each server keeps its uploads in its own folder, so lists may show
 * other files' images, which this server cannot serve: only images stored here are judged, and
 * judged broken when the server does not serve them.
 */
async function brokenImages(page: Page): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  const broken = await page
    .locator("img")
    .evaluateAll((images) =>
      (images as unknown as ImageElement[])
        .filter((image) => !image.complete || image.naturalWidth === 0)
        .map((image) => image.src),
    );
  const storedHere = (src: string) => {
    const id = /\/media\/([0-9a-f-]{36})\//.exec(src)?.[1];
    return !id || existsSync(path.join(server.config.dataDir, "media", id));
  };
  // An image still decoding when the page went idle is not broken: ask the server for it again.
  const failing = await Promise.all(
    broken.filter(storedHere).map(async (src) => ((await page.request.get(src)).ok() ? null : src)),
  );
  return failing.filter((src): src is string => src !== null);
}

describe("the design of the web app", () => {
  it(
    "uploads a logo with a preview; it then shows on the page and in the directory card, and a refusal reads as a sentence",
    async () => {
      const { page, problems } = await tab(alice);
      const name = `Atelier ${uniqueName("")}`;
      await page.goto(`${server.url}/organizations/new`);
      await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
      await page.getByLabel("Type d’organisation").selectOption("NGO");
      await page.getByRole("textbox", { name: "Adresse", exact: true }).fill("3 rue des Lilas");
      await page.getByRole("combobox", { name: "Code postal" }).fill("93100");
      // The town typed, not picked in the list: the server places it at the town it knows.
      await page.getByRole("combobox", { name: "Commune" }).fill("Montreuil");

      // The server refuses a file that is not an image, whatever its name says.
      const logo = page.getByRole("group", { name: "Logo" }).getByLabel("Logo", { exact: true });
      await logo.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("not an image") });
      await page.getByRole("alert").getByText("Ce fichier n’est pas une image JPEG, PNG ou WebP lisible.").waitFor();

      await logo.setInputFiles(await pictureFile("logo.png", 400, 400));
      await page.getByRole("group", { name: "Logo" }).getByRole("status").getByText("Image envoyée").waitFor();
      const preview = page.getByRole("img", { name: "Aperçu : Logo" });
      expect(await preview.getAttribute("src")).toMatch(/\/media\/[0-9a-f-]+\/medium\.webp$/);
      const banner = page.getByRole("group", { name: "Bannière" });
      await banner.getByLabel("Bannière", { exact: true }).setInputFiles(await pictureFile("banner.png", 1600, 400));
      await banner.getByRole("status").getByText("Image envoyée").waitFor();
      await page.getByRole("button", { name: "Créer l’organisation" }).click();
      await page.waitForURL(/\/organizations\/(?!new$)[a-z0-9-]+$/);
      await page.getByRole("heading", { level: 1, name }).waitFor();

      // On the page: the logo in the medium size, the banner in the large one, the town in the facts.
      const hero = page.locator(".element-hero");
      expect(await hero.locator("img.logo").getAttribute("src")).toMatch(/\/medium\.webp$/);
      expect(await hero.locator(".element-banner img").getAttribute("src")).toMatch(/\/large\.webp$/);
      await page.getByRole("list", { name: "En bref" }).getByText("Montreuil", { exact: true }).waitFor();
      expect(await brokenImages(page)).toEqual([]);
      // Its administrator's first action is Edit; Follow and Leave wait in the menu.
      await hero.getByText("Vous êtes administrateur·rice", { exact: true }).waitFor();
      expect(await hero.getByRole("button", { name: "Suivre" }).isVisible()).toBe(false);
      await hero.getByRole("button", { name: "Plus d’actions" }).click();
      await hero.getByRole("button", { name: "Suivre" }).waitFor();
      await hero.getByRole("button", { name: "Quitter", exact: true }).waitFor();
      await page.keyboard.press("Escape");
      expect(await hero.getByRole("button", { name: "Quitter", exact: true }).isVisible()).toBe(false);

      // In the directory: the card shows the thumb.
      await page.goto(`${server.url}/organizations`);
      const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
      expect(await card.locator("img").getAttribute("src")).toMatch(/\/media\/[0-9a-f-]+\/thumb\.webp$/);
      await card.getByText("Montreuil", { exact: true }).waitFor();
      await card.getByText("1 membre", { exact: true }).waitFor();
      expect(await brokenImages(page)).toEqual([]);
      // The browser logs the refused upload, and nothing else went wrong.
      expect(problems).toEqual([
        "console: Failed to load resource: the server responded with a status of 415 (Unsupported Media Type)",
      ]);
    },
    TIMEOUT,
  );

  it(
    "folds the header into a Menu button on a phone",
    async () => {
      const { page, problems } = await tab(alice, { viewport: PHONE });
      await page.goto(`${server.url}/`);
      const header = page.getByRole("banner");
      const navigation = page.getByRole("navigation", { name: "Navigation principale" });
      const toggle = header.getByRole("button", { name: "Menu" });
      await toggle.waitFor();
      // Closed, the header is one row: today's was 245 px high at this width.
      expect((await header.boundingBox())!.height).toBeLessThan(70);
      expect(await navigation.isVisible()).toBe(false);
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");

      await toggle.click();
      expect(await toggle.getAttribute("aria-expanded")).toBe("true");
      await navigation.getByRole("link", { name: "Mes pages" }).waitFor();
      await header.getByLabel("Langue").waitFor();
      // Escape closes it, and following a link too.
      await page.keyboard.press("Escape");
      expect(await navigation.isVisible()).toBe(false);
      await toggle.click();
      await navigation.getByRole("link", { name: "Organisations" }).click();
      await page.waitForURL(/\/organizations$/);
      await page.getByRole("heading", { level: 1, name: "Organisations" }).waitFor();
      expect(await navigation.isVisible()).toBe(false);

      // No page is wider than the phone.
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "keeps the header on one row at 1280 px when logged in",
    async () => {
      const { page, problems } = await tab(alice);
      await page.goto(`${server.url}/`);
      const header = page.getByRole("banner");
      await header.getByRole("button", { name: "Alice Martin-Fontaine de Montferrand" }).waitFor();
      expect((await header.boundingBox())!.height).toBeLessThan(70);
      // Nor wider than the window: nothing to scroll sideways.
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(DESKTOP.width);
      expect(await header.getByRole("button", { name: "Menu" }).isVisible()).toBe(false);
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "writes screenshots of the main pages, on a laptop and a phone, in French and English",
    async () => {
      // Something to show: an organization with a logo and a banner, a project it carries, an event it organizes.
      const [logo, banner] = await Promise.all([
        upload(server.url, alice.agent, await drawn(LOGO_SVG, "png")),
        upload(server.url, alice.agent, await drawn(BANNER_SVG, "jpeg")),
      ]);
      const { createOrganization: organization } = await alice.agent.ok(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id slug } }`,
        {
          input: {
            name: "Les Jardins du Lavoir",
            type: "NGO",
            shortDescription: "Un potager partagé au cœur du quartier, ouvert à tous les mercredis.",
            description: "Nous cultivons **ensemble** des légumes de saison.",
            address: { street: "12 rue du Lavoir", postalCode: "93100", city: "Montreuil" },
            tags: ["jardin", "quartier"],
            imageId: logo.body.id,
            bannerId: banner.body.id,
          },
        },
      );
      const { createProject: project } = await alice.agent.ok(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { slug } }`,
        {
          input: {
            name: "Compost collectif",
            stage: "STARTED",
            shortDescription: "Des bacs à compost pour les immeubles de la rue.",
            carrierOrganizationId: organization.id,
          },
        },
      );
      const { createEvent: event } = await alice.agent.ok(
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { slug } }`,
        {
          input: {
            name: "Atelier semis",
            type: "WORKSHOP",
            startsAt: "2030-04-03T14:00:00Z",
            endsAt: "2030-04-03T17:00:00Z",
            timeZone: "Europe/Paris",
            shortDescription: "On sème les tomates et les courges de l’été.",
            organizerIds: [organization.id],
          },
        },
      );
      const pages: [string, string][] = [
        ["home", "/"],
        ["organizations", "/organizations"],
        ["organization", `/organizations/${organization.slug}`],
        ["organization-events", `/organizations/${organization.slug}/events`],
        ["projects", "/projects"],
        ["project", `/projects/${project.slug}`],
        ["events", "/events"],
        ["event", `/events/${event.slug}`],
        ["profile", `/people/${alice.username}`],
        ["new-organization", "/organizations/new"],
      ];
      mkdirSync(SCREENSHOTS, { recursive: true });
      const written: string[] = [];
      for (const language of ["fr", "en"] as const) {
        // A logged-in person's own language wins over the browser's choice.
        await alice.agent.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, {
          input: { language: language.toUpperCase() },
        });
        for (const [device, viewport] of [
          ["desktop", DESKTOP],
          ["phone", PHONE],
        ] as const) {
          const { page, problems } = await tab(alice, { viewport, language });
          for (const [name, address] of pages) {
            await page.goto(`${server.url}${address}`);
            await page.getByRole("heading", { level: 1 }).first().waitFor();
            await page.waitForLoadState("networkidle");
            expect({ name, broken: await brokenImages(page) }).toEqual({ name, broken: [] });
            const file = path.join(SCREENSHOTS, `${name}-${device}-${language}.png`);
            writeFileSync(file, await page.screenshot({ fullPage: true }));
            written.push(file);
          }
          expect(problems).toEqual([]);
        }
      }
      expect(written).toHaveLength(pages.length * 4);
    },
    TIMEOUT * 3,
  );
});
