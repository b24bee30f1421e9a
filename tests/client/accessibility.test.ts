import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/accessibility";
import { browserSession, DESKTOP, PHONE } from "../support/browser";
import { createOrganization, type ElementFixture } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { FOLLOW, join, makeMember } from "../support/links";

/**
 * axe-core on every page of the web app, as an anonymous visitor, a member and an
 * administrator see it, on a laptop and on a phone (in the light and the dark theme): no
 * serious or critical violation.
 */
const TIMEOUT = 240_000;
const PAGE_TIMEOUT = 90_000;
const adminName = uniqueName("admin");
// The administrator also administers the instance, so that its page is checked too.
const session = browserSession({ timeout: TIMEOUT, server: { env: { INSTANCE_ADMINS: adminName } } });

let admin: PersonFixture;
let member: PersonFixture;
let organization: ElementFixture;
let project: ElementFixture;
let event: ElementFixture;

beforeAll(async () => {
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
}, TIMEOUT);

/** Opens a path and waits until its queries settled and its heading shows. */
async function visit(page: Page, path: string) {
  await page.goto(`${session.server.url}${path}`, { waitUntil: "networkidle" });
  await page.locator("h1").first().waitFor();
}

/** A laptop in the light theme, a phone in the dark one: both themes are checked (colour contrast). */
const SCREENS = [
  ["laptop in the light theme", { viewport: DESKTOP, colorScheme: "light" }],
  ["phone in the dark theme", { viewport: PHONE, colorScheme: "dark" }],
] as const;

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

const VIEWERS = [
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
function routePatterns(): RegExp[] {
  const routes = readFileSync(path.join(__dirname, "../../client/src/routes.tsx"), "utf8");
  const declared = [...routes.matchAll(/\bpath: "([^"*]+)"/g)].map(([, route]) => route);
  return declared.map((route) => new RegExp(`(^|/)${route.replace(/:[a-z]+/gi, "[^/]+")}$`));
}

it("checks every page the web app's router declares", () => {
  const visited = VIEWERS.flatMap(([, paths]) => paths);
  const missed = routePatterns().filter((pattern) => !visited.some((visit) => pattern.test(visit)));
  expect(missed.map(String)).toEqual([]);
});

// One test per page, so that a slow machine gives each page its own time.
describe.each(SCREENS)("on a %s", (_, screen) => {
  describe.each(VIEWERS)("as %s", (name, paths) => {
    it.each(paths)(
      "%s has no serious accessibility violation",
      async (template) => {
        const { page, problems } = await session.tab({ ...screen, as: viewer(name) });
        await visit(page, resolve(template));
        expect(await seriousViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      },
      PAGE_TIMEOUT,
    );
  });

  if (screen.viewport === PHONE) {
    it(
      "the phone's menu, opened, has no serious accessibility violation",
      async () => {
        const { page, problems } = await session.tab(screen);
        await visit(page, "/");
        await page.getByRole("button", { name: "Menu" }).click();
        await page.getByRole("navigation", { name: "Navigation principale" }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      },
      PAGE_TIMEOUT,
    );
  }
});
