import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/accessibility";
import { browserSession, PHONE } from "../support/browser";
import { createOrganization } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { FOLLOW, join, makeMember, REQUEST_ADMINISTRATION, VALIDATE_ADMINISTRATION } from "../support/links";
import type { TestServer } from "../support/server";

const TIMEOUT = 90_000;
const session = browserSession({ timeout: TIMEOUT, server: { jobPollMs: 200 } });
const SCREENSHOTS = path.join(__dirname, "../screenshots");

let server: TestServer;
let alice: PersonFixture;

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(path.join(SCREENSHOTS, `${name}.png`), await page.screenshot({ fullPage: true }));
}

/** The page is no wider than the window: nothing scrolls sideways. */
async function fitsWidth(page: Page): Promise<boolean> {
  // A string: it runs in the page (tests are compiled without the DOM types).
  return page.evaluate<boolean>("document.documentElement.scrollWidth <= window.innerWidth");
}

beforeAll(async () => {
  server = session.server;
  alice = await createPerson(server, { displayName: "Alice Martin" });
}, TIMEOUT);

describe("notifications in the web app", () => {
  it(
    "the bell counts a request to join as it arrives; the page groups them and marks them read",
    async () => {
      const name = `Les Jardins ${uniqueName("")}`;
      const organization = await createOrganization(alice, { name });
      const tab = await session.tab({ as: alice });
      const { page } = tab;
      await page.goto(`${server.url}/me/elements`);
      const bell = page.getByRole("link", { name: /^Notifications/ });
      await bell.waitFor();
      const badge = page.locator(".notification-count");

      // The subscription starts as the page loads: new followers until the bell hears one.
      for (let attempt = 0; !(await badge.count()); attempt++) {
        if (attempt >= 50) throw new Error("the bell never heard of a notification");
        const fan = await createPerson(server);
        await fan.agent.ok(FOLLOW, { input: { personId: alice.id } });
        await badge.waitFor({ timeout: 1000 }).catch(() => undefined);
      }
      await alice.agent.ok(`mutation { markAllNotificationsRead }`);
      await badge.waitFor({ state: "detached" });

      // Someone asks to join while Alice's page is open: the bell says so without a reload.
      const [bruno, chloe] = await Promise.all([
        createPerson(server, { displayName: "Bruno Petit" }),
        createPerson(server, { displayName: "Chloé Durand" }),
      ]);
      await join(bruno, organization.id);
      await badge.getByText("1", { exact: true }).waitFor();
      await page.getByText("1 notification non lue").waitFor();
      await join(chloe, organization.id);
      await screenshot(page, "notification-bell-desktop-fr");
      expect(await fitsWidth(page)).toBe(true);

      await bell.click();
      await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
      const item = page.getByRole("link", { name: `2 personnes demandent à rejoindre « ${name} »` });
      await item.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "notifications-desktop-fr");

      await page.getByRole("button", { name: "Tout marquer comme lu" }).click();
      await page.getByRole("status").getByText("Toutes vos notifications sont lues.").waitFor();
      await page.locator(".notification-count").waitFor({ state: "detached" });
      await page.getByRole("button", { name: "Marquer comme lue" }).waitFor({ state: "detached" });
      expect(tab.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "shows an empty list, and the settings per kind and per element, on a phone and in English",
    async () => {
      const newcomer = await createPerson(server);
      const organization = await createOrganization(newcomer, { name: `Repair Café ${uniqueName("")}` });
      const tab = await session.tab({ as: newcomer, language: "en", viewport: PHONE });
      const { page } = tab;
      await page.goto(`${server.url}/notifications`);
      await page.getByText("No notification yet", { exact: false }).waitFor();
      expect(await fitsWidth(page)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "notifications-empty-phone-en");

      await page.getByRole("link", { name: "Notification settings" }).click();
      await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
      const invitations = page.getByRole("group", { name: "Invitations" });
      await invitations.getByRole("radio", { name: "At once" }).waitFor();
      expect(await invitations.getByRole("radio", { name: "At once" }).isChecked()).toBe(true);
      await invitations.getByRole("radio", { name: "Never" }).check();
      await invitations.getByRole("status").getByText("Saved.").waitFor();
      const level = page.getByRole("combobox", { name: organization.name });
      await level.selectOption("IMPORTANT");
      await page.getByRole("status").getByText("Saved.").nth(1).waitFor();
      expect(await fitsWidth(page)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "notification-settings-phone-en");

      const { notificationSettings } = await newcomer.agent.ok(
        `{ notificationSettings { deliveries { kind delivery } elements { level element { id } } } }`,
      );
      expect(notificationSettings.deliveries).toContainEqual({ kind: "INVITED", delivery: "NEVER" });
      expect(notificationSettings.elements).toContainEqual({ level: "IMPORTANT", element: { id: organization.id } });
      expect(tab.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "tells mentions (of you, of your element), comments, wall posts and deletion requests, each leading to where it happened",
    async () => {
      const [dora, emile] = await Promise.all([
        createPerson(server, { displayName: "Dora Lefèvre", language: "EN" }),
        createPerson(server, { displayName: "Émile Roux" }),
      ]);
      const name = `Atelier Vélo ${uniqueName("")}`;
      const organization = await createOrganization(emile, { name });
      const pageName = `Repair Café ${uniqueName("")}`;
      const administered = await createOrganization(dora, { name: pageName });
      const link = await makeMember(emile, dora, organization.id);
      await dora.agent.ok(REQUEST_ADMINISTRATION, { elementId: organization.id });
      await emile.agent.ok(VALIDATE_ADMINISTRATION, { linkId: link.id });
      await dora.agent.ok(`mutation { markAllNotificationsRead }`);

      const post = `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`;
      const own = (
        await dora.agent.ok(post, { input: { wallId: organization.id, text: "Repairs", audience: "PRIVATE" } })
      ).postNews.id;
      await emile.agent.ok(`mutation($input: CommentNewsInput!) { commentNews(input: $input) { id } }`, {
        input: { newsId: own, text: "I'll come" },
      });
      await emile.agent.ok(post, {
        input: { wallId: organization.id, text: `Thanks @${dora.username}`, audience: "PRIVATE" },
      });
      await emile.agent.ok(post, {
        input: { wallId: organization.id, text: `Ask @${administered.slug}`, audience: "PRIVATE" },
      });
      await emile.agent.ok(`mutation($id: ID!) { requestElementDeletion(input: { id: $id }) { id } }`, {
        id: organization.id,
      });

      const tab = await session.tab({ as: dora, language: "en" });
      const { page } = tab;
      await page.goto(`${server.url}/notifications`);
      await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
      for (const text of [
        "Émile Roux commented on a news item you posted or commented on",
        `Émile Roux posted on the wall of “${name}”`,
        `Émile Roux asks to delete “${name}”`,
      ]) {
        await page.getByRole("link", { name: text }).waitFor();
      }
      // A mention of the element Dora administers names it and leads to the item's wall.
      const elementMention = page.getByRole("link", { name: `Émile Roux mentioned “${pageName}” in a news item` });
      expect(await elementMention.getAttribute("href")).toBe(`/organizations/${organization.slug}/news`);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "notifications-news-desktop-en");

      await page.getByRole("link", { name: "Émile Roux mentioned you in a news item" }).click();
      await page.waitForURL(`${server.url}/organizations/${organization.slug}/news`);
      expect(tab.problems).toEqual([]);
    },
    TIMEOUT,
  );
});
