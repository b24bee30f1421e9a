import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/accessibility";
import { browserSession, PHONE } from "../support/browser";
import { createPerson, type PersonFixture } from "../support/factories";
import { FOLLOW } from "../support/links";

/**
 * The help space in the browser: the first steps tick themselves on the home page as a
 * newcomer does each thing, and the help finds its answers in French and in English.
 */
const TIMEOUT = 120_000;
const SCREENSHOTS = path.join(__dirname, "../screenshots");
const session = browserSession({ timeout: TIMEOUT });

let newcomer: PersonFixture;
let neighbour: PersonFixture;

beforeAll(async () => {
  [newcomer, neighbour] = await Promise.all([createPerson(session.server), createPerson(session.server)]);
}, TIMEOUT);

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(path.join(SCREENSHOTS, `${name}.png`), await page.screenshot({ fullPage: true }));
}

/** Fails when the page is wider than the window (sideways scrolling). */
async function expectNoSidewaysScrolling(page: Page) {
  // Strings, because they run in the page (this file is compiled without the DOM types).
  const content = await page.evaluate("document.documentElement.scrollWidth");
  expect(content).toBeLessThanOrEqual(await page.evaluate("document.documentElement.clientWidth"));
}

describe("the first steps", () => {
  it(
    "tick themselves on the home page as the newcomer does each step, and can be put away",
    async () => {
      const { page, problems } = await session.tab({ as: newcomer });
      await page.goto(session.server.url);
      const checklist = page.getByRole("region", { name: "Vos premiers pas" });
      await checklist.getByText("0 sur 7 étapes faites").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "first-steps-desktop");

      // The step's link leads where it is done; doing it there ticks it.
      await checklist.getByRole("link", { name: "Complétez votre profil" }).click();
      await page.waitForURL(/\/settings\/profile$/);
      await page.getByLabel("Description courte").fill("Jardinière du quartier, nouvelle ici");
      await page.getByRole("button", { name: "Enregistrer le profil" }).click();
      await page.getByRole("status").getByText(/./).first().waitFor();
      await page.getByRole("link", { name: "Accueil" }).first().click();
      await checklist.getByText("1 sur 7 étapes faites").waitFor();
      const profileStep = checklist.getByRole("listitem").filter({ hasText: "Complétez votre profil" });
      expect(await profileStep.getAttribute("class")).toContain("done");
      expect(await profileStep.textContent()).toContain("(fait)");

      // Steps done anywhere else (here through the API) are read from the data at the next visit.
      await newcomer.agent.ok(FOLLOW, { input: { personId: neighbour.id } });
      await newcomer.agent.ok(`mutation { setHomeArea(input: { placeId: "fr:69123" }) { id } }`);
      await page.reload();
      await checklist.getByText("3 sur 7 étapes faites").waitFor();

      // Hidden for good: still hidden after a reload.
      await checklist.getByRole("button", { name: "Masquer cette liste" }).click();
      await checklist.waitFor({ state: "detached" });
      await page.reload();
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      expect(await page.getByRole("region", { name: "Vos premiers pas" }).count()).toBe(0);
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "fit a phone, in English",
    async () => {
      const { page, problems } = await session.tab({ as: neighbour, viewport: PHONE, language: "en" });
      await page.goto(session.server.url);
      const checklist = page.getByRole("region", { name: "Your first steps" });
      await checklist.getByText("0 of 7 steps done").waitFor();
      await expectNoSidewaysScrolling(page);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "first-steps-phone-en");
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});

describe("the help", () => {
  it(
    "finds the pseudonymity answer for « pseudonyme » and opens it, with the help community beside",
    async () => {
      const { page, problems } = await session.tab();
      await page.goto(`${session.server.url}/help`);
      await page.getByRole("heading", { level: 1, name: "Communect pour les débutants" }).waitFor();
      await page.getByRole("navigation", { name: "Sections de l’aide" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "help-desktop");

      await page.getByRole("searchbox", { name: "Chercher dans l’aide" }).fill("pseudonyme");
      await page.getByRole("button", { name: "Chercher" }).click();
      const first = page.getByRole("heading", { level: 2 }).first();
      await page.getByText(/articles? pour « pseudonyme »/).waitFor();
      expect(await first.textContent()).toBe("Le pseudonymat est-il autorisé ?");
      await first.getByRole("link").click();
      await page.getByRole("heading", { level: 1, name: "Le pseudonymat est-il autorisé ?" }).waitFor();
      await page.getByRole("link", { name: "Aller à la communauté d’entraide" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "help-article-desktop");

      // A link to the app's own pages stays in the app (no reload: the page's state survives);
      // the profile settings then ask this anonymous visitor to log in.
      await page.evaluate("window.stayedInTheApp = true");
      await page.getByRole("main").getByRole("link", { name: "Mon profil" }).click();
      await page.waitForURL(/\/login\?next=%2Fsettings%2Fprofile/);
      expect(await page.evaluate("window.stayedInTheApp")).toBe(true);
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "finds « pseudonym » in English on a phone",
    async () => {
      const { page, problems } = await session.tab({ viewport: PHONE, language: "en" });
      await page.goto(`${session.server.url}/help?q=pseudonym`);
      await page.getByRole("heading", { level: 1, name: "Communect for beginners" }).waitFor();
      await page.getByText(/articles? for “pseudonym”/).waitFor();
      expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Is pseudonymity allowed?");
      await expectNoSidewaysScrolling(page);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "help-phone-en");

      await page.goto(`${session.server.url}/help/privacy-settings`);
      await page.getByRole("heading", { level: 1, name: "Who sees my e-mail, phone and birth date?" }).waitFor();
      await expectNoSidewaysScrolling(page);
      await screenshot(page, "help-article-phone-en");
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "is linked from the pages it explains",
    async () => {
      const { page, problems } = await session.tab({ as: newcomer });
      await page.goto(`${session.server.url}/settings/privacy`);
      await page.getByRole("link", { name: "Aide sur cette page" }).click();
      await page.getByRole("heading", { level: 1, name: /Qui voit mon e-mail/ }).waitFor();
      await page.goto(`${session.server.url}/live`);
      await page.getByRole("link", { name: "Aide sur cette page" }).first().click();
      await page.getByRole("heading", { level: 1, name: /Le Live/ }).waitFor();
      // The footer leads to the help from every page.
      await page.getByRole("contentinfo").getByRole("link", { name: "Communect pour les débutants" }).click();
      await page.waitForURL(/\/help$/);
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});
