import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { seriousViolations } from "../support/accessibility";
import { browserSession, type BrowserTab, DESKTOP, PHONE } from "../support/browser";
import { createPerson, type PersonFixture } from "../support/factories";
import { freePort } from "../support/server";

// A partner site on another origin of the same site (localhost on its own port, as Communect is on
// localhost) embeds the widgets with the snippet. Being same-site, the browser would send Communect's
// session cookie where a request allowed it: the widgets' requests never do, and the WebSocket
// handshake, which always carries it, is made anonymous by the server.
const TIMEOUT = 120_000;
const SCREENSHOTS = path.join(__dirname, "../screenshots");
/** Tags and names of this run only: the test database is shared with other files. */
const run = randomBytes(3).toString("hex");
const TAG = `partenaire${run}`;
const MILLAU = { postalCode: "12100", city: "Millau" };
const LYON = { postalCode: "69001", city: "Lyon" };
const NAMES = {
  garden: `Jardin ${run}`,
  workshop: `Atelier ${run}`,
  festival: `Fête ${run}`,
  market: `Marché ${run}`,
  untagged: `Sans étiquette ${run}`,
};
/** A host page's CSS at its worst: everything it can reach, !important. */
const AGGRESSIVE_CSS = `* { color: magenta !important; background: yellow !important; font-size: 40px !important;
  padding: 30px !important; border: 4px dashed red !important; display: inline !important; letter-spacing: 6px !important; }
  a { display: none !important; } li { list-style: square !important; } h2 { font-size: 80px !important; }`;

const session = browserSession({ timeout: TIMEOUT });
let alice: PersonFixture;
let garden: { id: string; slug: string };
let workshop: { id: string; slug: string };
let partner: Server;
let partnerUrl: string;
/** What the partner page is, per path: set by each test. */
const partnerPages = new Map<string, string>();
/** Every request (and WebSocket upgrade) Communect received from the partner's pages. */
const fromPartner: { kind: "request" | "upgrade"; url: string; cookie?: string; origin?: string }[] = [];

beforeAll(async () => {
  const { server } = session;
  alice = await createPerson(server);
  const create = async (mutation: string, input: Record<string, unknown>) =>
    Object.values(
      await alice.agent.ok(
        `mutation($input: Create${mutation}Input!) { create${mutation}(input: $input) { id slug } }`,
        {
          input,
        },
      ),
    )[0] as { id: string; slug: string };
  garden = await create("Organization", {
    name: NAMES.garden,
    type: "NGO",
    tags: [TAG],
    address: MILLAU,
    location: { latitude: 44.098, longitude: 3.078 },
  });
  workshop = await create("Organization", {
    name: NAMES.workshop,
    type: "COOPERATIVE",
    tags: [TAG],
    address: LYON,
    location: { latitude: 45.767, longitude: 4.834 },
  });
  const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000).toISOString();
  const event = (name: string, days: number, address: object, extra: object = {}) =>
    create("Event", { name, type: "FESTIVAL", startsAt: inDays(days), timeZone: "Europe/Paris", address, ...extra });
  await event(NAMES.festival, 7, MILLAU, { tags: [TAG], organizerIds: [garden.id] });
  await event(NAMES.market, 8, LYON, { tags: [TAG] });
  await event(NAMES.untagged, 9, MILLAU);

  for (const kind of ["request", "upgrade"] as const) {
    server.app.httpServer.on(kind, (req: IncomingMessage) => {
      if (req.headers.origin === partnerUrl || req.headers.referer?.startsWith(partnerUrl)) {
        fromPartner.push({ kind, url: req.url ?? "", cookie: req.headers.cookie, origin: req.headers.origin });
      }
    });
  }
  const port = await freePort();
  partnerUrl = `http://localhost:${port}`;
  partner = createServer((req, res) => {
    const page = partnerPages.get(req.url ?? "");
    res.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(page ?? "not found");
  });
  await new Promise<void>((resolve) => partner.listen(port, "127.0.0.1", resolve));
}, TIMEOUT);

afterAll(async () => {
  await new Promise((resolve) => partner?.close(resolve));
});

/** A partner page: the snippet (script and elements) in the partner's own HTML, with its own CSS. */
function partnerPage(name: string, body: string, css = ""): string {
  partnerPages.set(
    `/${name}`,
    `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Mairie partenaire</title>
<link rel="icon" href="data:,">
<style>body { font-family: Georgia, serif; max-width: 900px; margin: 0 auto; } ${css}</style>
<script type="module" src="${session.server.url}/embed.js"></script></head>
<body><header><p>Site de la mairie</p></header><main><h1>Vie locale</h1>${body}</main></body></html>`,
  );
  return `${partnerUrl}/${name}`;
}

const WIDGETS = `
<communect-agenda id="agenda" town="12145" tags="${TAG}"></communect-agenda>
<communect-directory id="directory" tags="${TAG}" types="cooperative" lang="en"></communect-directory>
<communect-map id="map" tags="${TAG}"></communect-map>
<communect-live id="live" town="69123" limit="5"></communect-live>`;

/** A tab logged in to Communect (its session cookie is in the browser), opening a partner page. */
async function partnerTab(url: string, options: Parameters<typeof session.tab>[0] = {}): Promise<BrowserTab> {
  const tab = await session.tab({ as: alice, ...options });
  await tab.page.goto(url);
  return tab;
}

async function screenshot(widget: Locator, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(path.join(SCREENSHOTS, `${name}.png`), await widget.screenshot());
}

const links = (widget: Locator) => widget.locator("li a.name");

async function names(widget: Locator): Promise<string[]> {
  await widget.locator("footer").waitFor();
  return (await links(widget).allTextContents()).map((text) => text.replace(/ \(.*\)$/, ""));
}

/** Styles of a widget's first link, of its frame and of the element itself, as the browser computed them. */
function linkStyle(page: Page, selector: string): Promise<Record<string, string>> {
  return page.evaluate(`(() => {
    const host = document.querySelector(${JSON.stringify(selector)});
    const link = host.shadowRoot.querySelector("li a.name");
    const style = getComputedStyle(link);
    const section = getComputedStyle(host.shadowRoot.querySelector("section"));
    return {
      display: style.display,
      color: style.color,
      fontSize: style.fontSize,
      letterSpacing: style.letterSpacing,
      sectionPadding: section.padding,
      sectionBackground: section.backgroundColor,
      hostDisplay: getComputedStyle(host).display,
      hostPadding: getComputedStyle(host).padding,
    };
  })()`);
}

describe("widgets on a partner's site", () => {
  it(
    "show the right items for their filters, with the attribution, accessibly, at 1280 and 320 px",
    async () => {
      const { page, problems } = await partnerTab(partnerPage("widgets", WIDGETS));
      const agenda = page.locator("#agenda");
      expect(await names(agenda)).toEqual([NAMES.festival]);
      await expect(agenda.getByRole("heading", { name: "Agenda" }).isVisible()).resolves.toBe(true);
      // Links open the element's page on Communect in a new tab, and say so.
      const festival = links(agenda).first();
      expect(await festival.getAttribute("href")).toMatch(new RegExp(`^${session.server.url}/events/`));
      expect(await festival.getAttribute("target")).toBe("_blank");
      expect(await festival.textContent()).toContain("(nouvel onglet)");
      await agenda.getByText("licence ODbL-1.0").waitFor();

      const directory = page.locator("#directory");
      expect(await names(directory)).toEqual([NAMES.workshop]);
      await directory.getByRole("heading", { name: "Directory" }).waitFor();

      const map = page.locator("#map");
      expect((await names(map)).sort()).toEqual([NAMES.workshop, NAMES.garden].sort());
      // Both markers drawn (circles in SVG), though no tiles are configured.
      await map.locator("path.leaflet-interactive").nth(1).waitFor();
      expect(await map.locator("path.leaflet-interactive").count()).toBe(2);

      const live = page.locator("#live");
      await live.locator("footer").waitFor();

      expect(await seriousViolations(page)).toEqual([]);
      for (const name of ["agenda", "directory", "map", "live"]) {
        await screenshot(page.locator(`#${name}`), `widget-${name}-desktop`);
      }
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(320);
      for (const name of ["agenda", "directory", "map", "live"]) {
        await screenshot(page.locator(`#${name}`), `widget-${name}-phone`);
      }
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "keep their look under the host page's aggressive CSS, and follow the dark theme",
    async () => {
      const plain = await partnerTab(partnerPage("plain", WIDGETS));
      await names(plain.page.locator("#agenda"));
      const expected = await linkStyle(plain.page, "#agenda");
      const hostile = await partnerTab(partnerPage("hostile", WIDGETS, AGGRESSIVE_CSS));
      await names(hostile.page.locator("#agenda"));
      expect(await linkStyle(hostile.page, "#agenda")).toEqual(expected);
      expect(expected.fontSize).toBe("16px");
      expect(expected.display).not.toBe("none");
      await screenshot(hostile.page.locator("#agenda"), "widget-agenda-hostile-css");

      const dark = await partnerTab(
        partnerPage(
          "dark",
          `<communect-directory id="dark" tags="${TAG}" theme="dark" accent="#ffb000"></communect-directory>`,
        ),
      );
      await names(dark.page.locator("#dark"));
      const darkStyle = await linkStyle(dark.page, "#dark");
      expect(darkStyle.color).toBe("rgb(255, 176, 0)");
      expect(await seriousViolations(dark.page)).toEqual([]);
      await screenshot(dark.page.locator("#dark"), "widget-directory-dark");
    },
    TIMEOUT,
  );

  it(
    "the Live shows a post made meanwhile without reload, and no request carries Communect's cookie",
    async () => {
      fromPartner.length = 0;
      const tab = await session.tab({ as: alice });
      const subscribed = new Promise<void>((resolve) => {
        tab.page.on("websocket", (socket) =>
          socket.on("framesent", ({ payload }) => String(payload).includes('"subscribe"') && resolve()),
        );
      });
      await tab.page.goto(partnerPage("live", `<communect-live id="live" town="69123" limit="5"></communect-live>`));
      const live = tab.page.locator("#live");
      await live.locator("footer").waitFor();
      await subscribed;
      const text = `Grande braderie ce samedi ${run}`;
      await alice.agent.ok(`mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`, {
        input: { wallId: workshop.id, text, audience: "PUBLIC" },
      });
      await live.getByText(text).waitFor({ timeout: 10_000 });
      await screenshot(live, "widget-live-new-post");

      // The browser holds Communect's session cookie, yet none of the widgets' requests sends it;
      // the socket's handshake does (a browser always sends it there), and the socket is anonymous
      // (the next test shows it).
      const cookies = await tab.context.cookies(session.server.url);
      expect(cookies.map((cookie) => cookie.name)).toContain("communect_session");
      const requests = fromPartner.filter((request) => request.kind === "request");
      expect(requests.some((request) => request.url.startsWith("/graphql"))).toBe(true);
      expect(requests.filter((request) => request.cookie)).toEqual([]);
      const upgrades = fromPartner.filter((request) => request.kind === "upgrade");
      expect(upgrades.map((upgrade) => upgrade.cookie?.includes("communect_session"))).toEqual([true]);
    },
    TIMEOUT,
  );

  it(
    "a partner page reads the API itself, cannot run a mutation, and gets anonymous answers",
    async () => {
      const { page } = await partnerTab(partnerPage("api", "<p>API</p>"));
      const call = (query: string, credentials: "omit" | "include"): Promise<any> =>
        page.evaluate(
          async ({ url, query, credentials }) => {
            const response = await fetch(`${url}/graphql`, {
              method: "POST",
              credentials,
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query }),
            });
            return response.json();
          },
          { url: session.server.url, query, credentials },
        );
      const read = await call(`{ me { id } instance { dataLicence } }`, "omit");
      expect(read).toEqual({ data: { me: null, instance: { dataLicence: "ODbL-1.0" } } });
      const mutation = await call(`mutation { updateProfile(input: { displayName: "Pris" }) { id } }`, "omit");
      expect(mutation.errors[0].extensions.code).toBe("FORBIDDEN");
      // With the cookie, the browser itself refuses the answer (no credentials are ever allowed).
      await expect(call(`{ me { id } }`, "include")).rejects.toThrow(/Failed to fetch/);
      const me = await alice.agent.ok<{ me: { displayName: string } }>("{ me { displayName } }");
      expect(me.me.displayName).not.toBe("Pris");

      // Its WebSocket's handshake carries the session cookie (same site), yet the socket is
      // anonymous: a subscription that needs a signed-in person is refused.
      const answer = await page.evaluate(async (url) => {
        const socket = new WebSocket(`${url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
        const next = () =>
          new Promise<any>((resolve, reject) => {
            socket.onmessage = (message) => resolve(JSON.parse(String(message.data)));
            socket.onclose = (event) => reject(new Error(`closed with ${event.code}`));
          });
        await new Promise((resolve) => (socket.onopen = resolve));
        socket.send(JSON.stringify({ type: "connection_init" }));
        await next();
        const query = "subscription { unreadNotificationCountChanged }";
        socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query } }));
        const answer = await next();
        socket.close();
        return answer;
      }, session.server.url);
      const errors = answer.type === "error" ? answer.payload : answer.payload?.errors;
      expect(errors?.map((error: any) => error.extensions.code)).toEqual(["UNAUTHENTICATED"]);

      // An export, fetched as a reuser's page would.
      const exported: any = await page.evaluate(
        async (url) => (await fetch(url)).json(),
        `${session.server.url}/open-data/elements.geojson?tags=${TAG}`,
      );
      expect(exported.type).toBe("FeatureCollection");
      expect(exported.features.map((feature: any) => feature.properties.name)).toContain(NAMES.workshop);
    },
    TIMEOUT,
  );

  it(
    "bad attributes show a readable message in the widget, and the host page goes on",
    async () => {
      const { page, problems } = await partnerTab(
        partnerPage(
          "bad",
          `<communect-agenda id="bad" limit="beaucoup" accent="pas une couleur"></communect-agenda>
           <communect-live id="placeless" lang="en"></communect-live>
           <communect-agenda id="unknown" organization="nobody-${run}"></communect-agenda>
           <p id="after">La suite de la page</p>`,
        ),
      );
      const bad = page.locator("#bad").getByRole("alert");
      await bad.getByText("Ce widget Communect est mal configuré :").waitFor();
      await bad.getByText("l’attribut « limit » vaut « beaucoup » : un nombre entier de 1 à 50 est attendu.").waitFor();
      await bad.getByText(/l’attribut « accent » vaut « pas une couleur »/).waitFor();
      await page.locator("#placeless").getByText("the Live needs a place").waitFor();
      await page.locator("#unknown").getByText("Cette organisation n’existe pas ou n’est pas publique.").waitFor();
      await expect(page.locator("#after").isVisible()).resolves.toBe(true);
      await screenshot(page.locator("#bad"), "widget-bad-attributes");
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "the agenda of one organization, and the iframe alternative that any site may frame",
    async () => {
      const query = new URLSearchParams({ organization: garden.slug, lang: "en" }).toString();
      const { page } = await partnerTab(
        partnerPage(
          "frame",
          `<iframe id="frame" title="Agenda" src="${session.server.url}/embed/agenda?${query}" width="100%" height="400"></iframe>`,
        ),
      );
      const frame = page.frameLocator("#frame").locator("communect-agenda");
      await frame.getByRole("link", { name: new RegExp(NAMES.festival) }).waitFor();
      expect(await names(frame)).toEqual([NAMES.festival]);
      await screenshot(page.locator("#frame"), "widget-iframe-agenda");

      const embedPage = await fetch(`${session.server.url}/embed/agenda?${query}`);
      expect(embedPage.headers.get("content-security-policy")).toContain("frame-ancestors *");
      expect(embedPage.headers.get("x-frame-options")).toBeNull();
      const appPage = await fetch(`${session.server.url}/discover`);
      expect(appPage.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect((await fetch(`${session.server.url}/embed/nothing`)).status).toBe(404);
    },
    TIMEOUT,
  );

  it(
    "a partner picks a widget and its options in the web app, sees the preview and copies the snippet",
    async () => {
      for (const [size, viewport] of [
        ["desktop", DESKTOP],
        ["phone", PHONE],
      ] as const) {
        const { page, problems, context } = await session.tab({ viewport });
        await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: session.server.url });
        await page.goto(`${session.server.url}/graphql`);
        await page.getByRole("link", { name: "Intégrer des widgets à votre site" }).click();
        await page.getByRole("heading", { level: 1, name: "Widgets pour votre site" }).waitFor();
        await page.getByRole("radio", { name: "Annuaire des acteurs" }).check();
        await page.getByLabel("Étiquettes, séparées par des virgules").fill(TAG);
        await page.getByLabel("Type").selectOption("COOPERATIVE");
        const preview = page.frameLocator('iframe[title="Aperçu"]').locator("communect-directory");
        await preview.getByRole("link", { name: new RegExp(NAMES.workshop) }).waitFor();
        expect(await names(preview)).toEqual([NAMES.workshop]);
        const code = page.getByLabel("Avec un script (recommandé)");
        expect(await code.inputValue()).toBe(
          `<script type="module" src="${session.server.url}/embed.js"></script>\n` +
            `<communect-directory types="cooperative" tags="${TAG}" lang="fr"></communect-directory>`,
        );
        expect(await page.getByLabel("Sans script (iframe)").inputValue()).toContain(
          `${session.server.url}/embed/directory?types=cooperative&amp;tags=${TAG}&amp;lang=fr`,
        );
        await page.getByRole("button", { name: "Copier" }).first().click();
        await page.getByText("Copié.").waitFor();
        expect(await page.evaluate("navigator.clipboard.readText()")).toBe(await code.inputValue());
        expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(viewport.width);
        expect(await seriousViolations(page)).toEqual([]);
        mkdirSync(SCREENSHOTS, { recursive: true });
        writeFileSync(path.join(SCREENSHOTS, `widget-builder-${size}.png`), await page.screenshot({ fullPage: true }));
        expect(problems).toEqual([]);
      }
    },
    TIMEOUT,
  );
});
