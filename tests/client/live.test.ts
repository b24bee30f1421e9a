import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { DESKTOP, launchBrowser, openTab, PHONE, type BrowserTab } from "../support/browser";
import { createOrganization } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { FOLLOW, makeMember } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

const TIMEOUT = 120_000;
const SCREENSHOTS = path.join(__dirname, "../screenshots");
const LYON = { name: "Lyon", latitude: 45.764, longitude: 4.8357, radiusKm: 10 };

let server: TestServer;
let browser: Browser;
let alice: PersonFixture;
let bruno: PersonFixture;
let carla: PersonFixture;
const tabs: BrowserTab[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  [alice, bruno, carla] = await Promise.all([createPerson(server), createPerson(server), createPerson(server)]);
}, TIMEOUT);

afterEach(async () => {
  for (const tab of tabs.splice(0)) await tab.context.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A tab of its own for this person, at a size, with Lyon as the chosen place. */
async function tabFor(person: PersonFixture, viewport = DESKTOP): Promise<BrowserTab> {
  const tab = await openTab(browser, { viewport });
  tabs.push(tab);
  const cookie = person.agent.cookie!;
  const separator = cookie.indexOf("=");
  await tab.context.addCookies([
    { name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url: server.url },
  ]);
  await tab.context.addInitScript({
    content: `localStorage.setItem("communect.language", "FR"); localStorage.setItem("communect.place", ${JSON.stringify(JSON.stringify(LYON))});`,
  });
  return tab;
}

async function screenshot(tab: BrowserTab, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await tab.page.waitForLoadState("networkidle");
  writeFileSync(path.join(SCREENSHOTS, `${name}.png`), await tab.page.screenshot({ fullPage: true }));
}

describe("the Live in the web app", () => {
  it(
    "a member's post reaches another member without reload through the new-posts bar; a stranger never sees it",
    async () => {
      const name = `Jardin partagé ${uniqueName("")}`;
      const organization = await createOrganization(alice, {
        name,
        address: { street: "1 place des Terreaux", postalCode: "69001", city: "Lyon" },
      });
      await makeMember(alice, bruno, organization.id);
      const wall = `${server.url}/organizations/${organization.slug}/news`;

      // Bruno (a member) and Carla (a stranger) read the wall; it shows the organization's activity.
      const b = await tabFor(bruno);
      await b.page.goto(wall);
      await b.page.getByRole("heading", { level: 2, name: "Actualités" }).waitFor();
      await b.page.getByText(`Person ${bruno.username} a rejoint ${name}.`).waitFor();
      const c = await tabFor(carla);
      await c.page.goto(wall);
      await c.page.getByText(`${name} a rejoint Communect.`).waitFor();

      // Alice writes a members-only post, mentioning Bruno through the autocomplete: she types
      // only the beginning of his username.
      const a = await tabFor(alice);
      await a.page.goto(wall);
      const text = a.page.getByRole("combobox", { name: "Votre message" });
      await text.fill(`Réunion des membres jeudi, @${bruno.username.slice(0, -4)}`);
      await text.press("End");
      await text.pressSequentially(bruno.username.slice(-4, -3));
      await a.page.getByRole("option", { name: `Person ${bruno.username} (@${bruno.username})` }).waitFor();
      await text.press("Enter");
      expect(await text.inputValue()).toBe(`Réunion des membres jeudi, @${bruno.username} `);
      await a.page.getByRole("radio", { name: /^Privé/ }).check();
      await a.page.getByRole("button", { name: "Publier", exact: true }).click();
      await a.page.getByRole("status").getByText("Publié.").waitFor();
      await a.page
        .getByRole("article", { name: `Person ${alice.username}` })
        .first()
        .waitFor();

      // Bruno's list does not jump: a bar tells of the new post, and shows it when asked.
      const bar = b.page.getByRole("button", { name: "1 nouvelle publication — afficher" });
      await bar.waitFor();
      expect(await b.page.getByText("Réunion des membres jeudi").count()).toBe(0);
      await bar.click();
      const post = b.page
        .getByRole("article", { name: `Person ${alice.username}` })
        .filter({ has: b.page.getByRole("link", { name: `@${bruno.username}` }) });
      await post.waitFor();
      await post.getByRole("link", { name: `@${bruno.username}` }).waitFor();
      const like = post.getByRole("button", { name: "J’aime" });
      await like.click();
      await post.getByText("J’aime : 1").waitFor();
      expect(await like.getAttribute("aria-pressed")).toBe("true");
      await screenshot(b, "live-wall-desktop");

      // Alice edits it from its menu, then hides it (she administers the wall): Bruno's list changes
      // in place, without reload.
      const own = a.page.getByRole("article", { name: `Person ${alice.username}` }).first();
      const actions = () => own.getByRole("button", { name: `Actions sur la publication de Person ${alice.username}` });
      await actions().click();
      await own.getByRole("button", { name: "Modifier" }).click();
      await own.getByRole("textbox", { name: "Votre texte" }).fill(`Réunion déplacée à vendredi, @${bruno.username}`);
      await own.getByRole("button", { name: "Enregistrer les modifications" }).click();
      await own.getByText("Réunion déplacée à vendredi").waitFor();
      await post.getByText("Réunion déplacée à vendredi").waitFor();
      await post.getByText("modifié").waitFor();
      await actions().click();
      await own.getByRole("button", { name: "Masquer pour tout le monde" }).click();
      await own.getByRole("button", { name: "Masquer", exact: true }).click();
      await a.page.getByText("Réunion déplacée à vendredi").waitFor({ state: "detached" });
      await b.page.getByText("Réunion déplacée à vendredi").waitFor({ state: "detached" });

      // Carla, on the same page all along, got nothing; reloading shows nothing either.
      expect(await c.page.getByText("Réunion des membres jeudi").count()).toBe(0);
      expect(await c.page.getByRole("button", { name: /nouvelle publication/ }).count()).toBe(0);
      await c.page.reload();
      await c.page.getByText(`${name} a rejoint Communect.`).waitFor();
      expect(await c.page.getByText("Réunion des membres jeudi").count()).toBe(0);

      for (const tab of [a, b, c]) expect(tab.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "shows my feed and a place's Live from the header, on a laptop and a phone",
    async () => {
      const name = `Café associatif ${uniqueName("")}`;
      const organization = await createOrganization(alice, {
        name,
        address: { street: "2 rue de la République", postalCode: "69002", city: "Lyon" },
      });
      await alice.agent.ok(`mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`, {
        input: { wallId: organization.id, text: "Ouverture samedi à **10 h** ! #café", audience: "PUBLIC" },
      });
      for (const [size, viewport] of [
        ["desktop", DESKTOP],
        ["phone", PHONE],
      ] as const) {
        const tab = await tabFor(alice, viewport);
        await tab.page.goto(server.url);
        if (size === "phone") await tab.page.getByRole("button", { name: "Menu" }).click();
        await tab.page
          .getByRole("navigation", { name: "Navigation principale" })
          .getByRole("link", { name: "Le Live" })
          .click();
        await tab.page.getByRole("heading", { level: 1, name: "Le Live" }).waitFor();
        await tab.page.getByText("Ouverture samedi à").first().waitFor();
        await screenshot(tab, `live-feed-${size}`);
        await tab.page.getByRole("button", { name: "Le Live de Lyon" }).click();
        await tab.page.getByRole("heading", { level: 2, name: "Le Live de Lyon" }).waitFor();
        await tab.page.getByText("Ouverture samedi à").first().waitFor();
        await screenshot(tab, `live-place-${size}`);
        expect(tab.problems).toEqual([]);
      }
    },
    TIMEOUT,
  );

  it(
    "shows a wall's administrators the reports on it, and hides what they decide to hide",
    async () => {
      const organization = await createOrganization(alice, {
        name: `Repair café ${uniqueName("")}`,
        address: { street: "3 rue Mercière", postalCode: "69002", city: "Lyon" },
      });
      await makeMember(alice, bruno, organization.id);
      const { postNews } = await bruno.agent.ok(`mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`, {
        input: { wallId: organization.id, text: "Achetez des montres pas chères ici", audience: "PUBLIC" },
      });
      await carla.agent.ok(`mutation($input: ReportNewsInput!) { reportNews(input: $input) { id } }`, {
        input: { newsId: postNews.id, reason: "Publicité sans rapport" },
      });
      const wall = `${server.url}/organizations/${organization.slug}/news`;

      // A member who does not administer the wall sees the post and no reports.
      const member = await tabFor(bruno);
      await member.page.goto(wall);
      await member.page.getByText("Achetez des montres").waitFor();
      expect(await member.page.getByRole("heading", { name: /signalement/ }).count()).toBe(0);

      for (const [size, viewport] of [
        ["phone", PHONE],
        ["desktop", DESKTOP],
      ] as const) {
        const tab = await tabFor(alice, viewport);
        await tab.page.goto(wall);
        const reports = tab.page.getByRole("region", { name: "1 signalement à traiter" });
        await reports.getByText("Publicité sans rapport").waitFor();
        await screenshot(tab, `live-reports-${size}`);
        if (size === "desktop") {
          await reports.getByRole("button", { name: "Masquer le contenu signalé" }).click();
          await reports.waitFor({ state: "detached" });
          await tab.page.reload();
          await tab.page.getByRole("heading", { level: 2, name: "Actualités" }).waitFor();
          expect(await tab.page.getByText("Achetez des montres").count()).toBe(0);
        }
        expect(tab.problems).toEqual([]);
      }
      await member.page.getByText("Achetez des montres").waitFor({ state: "detached" });
      expect(member.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "a person posts on their own wall from their profile, which others read there",
    async () => {
      // A public post without a place stays restricted (the person's followers): Bruno follows Carla.
      await bruno.agent.ok(FOLLOW, { input: { personId: carla.id } });
      const own = await tabFor(carla);
      await own.page.goto(`${server.url}/people/${carla.username}`);
      await own.page.getByRole("heading", { level: 2, name: "Actualités" }).waitFor();
      await own.page
        .getByRole("combobox", { name: "Votre message" })
        .fill("Bonjour, je viens d’arriver dans le quartier !");
      await own.page.getByRole("radio", { name: /^Public/ }).check();
      await own.page.getByRole("button", { name: "Publier", exact: true }).click();
      await own.page.getByRole("status").getByText("Publié.").waitFor();
      await own.page
        .getByRole("article", { name: `Person ${carla.username}` })
        .first()
        .waitFor();

      for (const [size, viewport] of [
        ["desktop", DESKTOP],
        ["phone", PHONE],
      ] as const) {
        const other = await tabFor(bruno, viewport);
        await other.page.goto(`${server.url}/people/${carla.username}`);
        await other.page.getByText("je viens d’arriver dans le quartier").waitFor();
        // Only the person posts on their wall.
        expect(await other.page.getByRole("combobox", { name: "Votre message" }).count()).toBe(0);
        await screenshot(other, `profile-wall-${size}`);
        expect(other.problems).toEqual([]);
      }
      expect(own.problems).toEqual([]);
    },
    TIMEOUT,
  );
});
