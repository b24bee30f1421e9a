import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContextOptions, Page } from "playwright-core";
import { seriousViolations } from "./accessibility";
import { type BrowserSession, type BrowserTab, browserSession, logIn, openTab, PHONE } from "./browser";
import { createOrganization, type ElementFixture } from "./elements";
import { createPerson, type PersonFixture, uniqueName } from "./factories";
import { FOLLOW, join, makeMember } from "./links";

/**
 * axe-core on every page of the web app, as an anonymous visitor, a member and an administrator
 * (who also administers the instance) see it, on one screen: no serious or critical violation.
 * Each screen is a test file of its own, so that the two run side by side.
 */
const TIMEOUT = 240_000;
const PAGE_TIMEOUT = 90_000;

let admin: PersonFixture;
let member: PersonFixture;
let organization: ElementFixture;
let project: ElementFixture;
let event: ElementFixture;

function createFixtures(session: BrowserSession, adminName: string) {
  return async () => {
    const server = session.server;
    [admin, member] = await Promise.all([
      createPerson(server, { username: adminName, displayName: "Alice Martin" }),
      createPerson(server, { displayName: "Bruno Petit" }),
    ]);
    const requester = await createPerson(server, { displayName: "Chloé Durand" });
    organization = await createOrganization(admin, {
      name: `Jardins ${uniqueName("")}`,
      shortDescription: "Shared gardens",
      address: { street: "12 rue Haute", postalCode: "69001", city: "Lyon" },
      tags: ["jardin", "quartier"],
    });
    await makeMember(admin, member, organization.id);
    await join(requester, organization.id);
    await member.agent.ok(FOLLOW, { input: { personId: admin.id } });
    ({ createProject: project } = await admin.agent.ok(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id slug name } }`,
      { input: { name: `Compost ${uniqueName("")}`, carrierOrganizationId: organization.id } },
    ));
    ({ createEvent: event } = await admin.agent.ok(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { id slug name } }`,
      {
        input: {
          name: `Troc ${uniqueName("")}`,
          type: "MARKET",
          startsAt: "2030-06-21T08:00:00Z",
          endsAt: "2030-06-21T12:00:00Z",
          timeZone: "Europe/Paris",
          organizerIds: [organization.id],
        },
      },
    ));
  };
}

/** Opens a path and waits until its queries settled and its heading shows. */
async function visit(page: Page, url: string) {
  await page.goto(url, { waitUntil: "networkidle" });
  await page.locator("h1").first().waitFor();
}

/**
 * Each viewer's pages, as templates: `{org}`, `{project}` and `{event}` stand for the slugs of
 * the fixtures, `{admin}` and `{member}` for usernames (the pages exist once beforeAll ran).
 */
const ANONYMOUS_PATHS = [
  "/",
  "/organizations",
  "/projects",
  "/events",
  "/people",
  "/people/{admin}",
  "/organizations/{org}",
  "/organizations/{org}/members",
  "/organizations/{org}/projects",
  "/organizations/{org}/events",
  "/organizations/{org}/history",
  "/organizations/{org}/news",
  "/projects/{project}",
  "/projects/{project}/news",
  "/projects/{project}/contributors",
  "/events/{event}",
  "/events/{event}/news",
  "/live",
  "/discover",
  "/map",
  "/help",
  "/help/pseudonymity",
  "/data",
  "/widgets",
  "/login",
  "/signup",
  "/check-mail",
  "/verify-email",
  "/forgot-password",
  "/reset-password",
  "/graphql",
  "/no-such-page",
];

const MEMBER_PATHS = [
  "/",
  "/me/elements",
  "/people/{member}",
  "/people/{admin}",
  "/organizations/{org}",
  "/events/{event}",
  "/organizations/new",
  "/projects/new",
  "/events/new",
  "/settings/profile",
  "/settings/privacy",
  "/settings/notifications",
  "/settings/account",
  "/notifications",
  "/live",
  "/outbox",
];

const ADMINISTRATOR_PATHS = [
  "/organizations/{org}",
  "/organizations/{org}/members",
  "/organizations/{org}/edit",
  "/organizations/{org}/settings",
  "/projects/{project}/edit",
  "/events/{event}/edit",
  "/events/{event}/attendees",
  "/instance",
  "/instance/reports",
];

export const VIEWERS = [
  ["an anonymous visitor", ANONYMOUS_PATHS],
  ["a member", MEMBER_PATHS],
  ["an administrator", ADMINISTRATOR_PATHS],
] as const;

function viewer(name: (typeof VIEWERS)[number][0]): PersonFixture | null {
  return name === "a member" ? member : name === "an administrator" ? admin : null;
}

function resolve(template: string): string {
  const values: Record<string, string> = {
    org: organization.slug,
    project: project.slug,
    event: event.slug,
    admin: admin.username,
    member: member.username,
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
}

/** The paths the web app's router declares (pages, element tabs, settings), `:param` parts as patterns. */
export function routePatterns(): RegExp[] {
  const routes = readFileSync(path.join(__dirname, "../../client/src/routes.tsx"), "utf8");
  const declared = [...routes.matchAll(/\bpath: "([^"*]+)"/g)].map(([, route]) => route);
  return declared.map((route) => new RegExp(`(^|/)${route.replace(/:[a-z]+/gi, "[^/]+")}$`));
}

it("checks every page the web app's router declares", () => {
  const visited = VIEWERS.flatMap(([, paths]) => paths);
  const missed = routePatterns().filter((pattern) => !visited.some((visit) => pattern.test(visit)));
  expect(missed.map(String)).toEqual([]);
});

/** Registers this file's server and browser, its fixtures, and one test per page and viewer on `screen`. */
export function checkEveryPage(screen: BrowserContextOptions) {
  const adminName = uniqueName("admin");
  const session = browserSession({ timeout: TIMEOUT, server: { env: { INSTANCE_ADMINS: adminName } } });
  beforeAll(createFixtures(session, adminName), TIMEOUT);

  describe.each(VIEWERS)("as %s", (name, paths) => {
    // One tab per viewer, signed in once, for all its pages.
    let tab: BrowserTab;
    beforeAll(async () => {
      tab = await openTab(session.browser, screen);
      const person = viewer(name);
      if (person) await logIn(tab, session.server.url, person.agent);
    }, TIMEOUT);
    afterAll(() => tab?.context.close());

    it.each(paths)(
      "%s has no serious accessibility violation",
      async (template) => {
        tab.problems.length = 0;
        await visit(tab.page, session.server.url + resolve(template));
        expect(await seriousViolations(tab.page)).toEqual([]);
        expect(tab.problems).toEqual([]);
      },
      PAGE_TIMEOUT,
    );
  });

  if (screen.viewport?.width === PHONE.width) {
    it(
      "the phone's menu, opened, has no serious accessibility violation",
      async () => {
        const { page, problems } = await session.tab(screen);
        await visit(page, session.server.url + "/");
        await page.getByRole("button", { name: "Menu" }).click();
        await page.getByRole("navigation", { name: "Navigation principale" }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      },
      PAGE_TIMEOUT,
    );
  }
}
