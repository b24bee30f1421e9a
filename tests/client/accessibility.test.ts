import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations, type Violation } from "../support/accessibility";
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

const anonymousPaths = () => [
  "/",
  "/organizations",
  "/projects",
  "/events",
  "/people",
  `/people/${admin.username}`,
  `/organizations/${organization.slug}`,
  `/organizations/${organization.slug}/members`,
  `/organizations/${organization.slug}/projects`,
  `/organizations/${organization.slug}/events`,
  `/organizations/${organization.slug}/history`,
  `/organizations/${organization.slug}/news`,
  `/projects/${project.slug}`,
  `/projects/${project.slug}/news`,
  `/projects/${project.slug}/contributors`,
  `/events/${event.slug}`,
  `/events/${event.slug}/news`,
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

const memberPaths = () => [
  "/",
  "/me/elements",
  `/people/${member.username}`,
  `/people/${admin.username}`,
  `/organizations/${organization.slug}`,
  `/events/${event.slug}`,
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

const administratorPaths = () => [
  `/organizations/${organization.slug}`,
  `/organizations/${organization.slug}/members`,
  `/organizations/${organization.slug}/edit`,
  `/organizations/${organization.slug}/settings`,
  `/projects/${project.slug}/edit`,
  `/events/${event.slug}/edit`,
  `/events/${event.slug}/attendees`,
  "/instance",
];

const viewers = () =>
  [
    ["an anonymous visitor", null, anonymousPaths()],
    ["a member", member, memberPaths()],
    ["an administrator", admin, administratorPaths()],
  ] as const;

/** The paths the web app's router declares (pages, element tabs, settings), `:param` parts as patterns. */
function routePatterns(): RegExp[] {
  const routes = readFileSync(path.join(__dirname, "../../client/src/routes.tsx"), "utf8");
  const declared = [...routes.matchAll(/\bpath: "([^"*]+)"/g)].map(([, route]) => route);
  return declared.map((route) => new RegExp(`(^|/)${route.replace(/:[a-z]+/gi, "[^/]+")}$`));
}

it("checks every page the web app's router declares", () => {
  const visited = viewers().flatMap(([, , paths]) => paths);
  const missed = routePatterns().filter((pattern) => !visited.some((visit) => pattern.test(visit)));
  expect(missed.map(String)).toEqual([]);
});

describe.each(SCREENS)("on a %s", (_, screen) => {
  it.each(["an anonymous visitor", "a member", "an administrator"])(
    "every page %s sees has no serious accessibility violation",
    async (who) => {
      const [, person, paths] = viewers().find(([name]) => name === who)!;
      const { page, problems } = await session.tab({ ...screen, as: person });
      const found: Record<string, Violation[]> = {};
      for (const path of paths) {
        await visit(page, path);
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[path] = violations;
      }
      // The phone's menu, opened.
      if (screen.viewport === PHONE) {
        await visit(page, "/");
        await page.getByRole("button", { name: "Menu" }).click();
        await page.getByRole("navigation", { name: "Navigation principale" }).waitFor();
        const violations = await seriousViolations(page);
        if (violations.length > 0) found["/ (menu open)"] = violations;
      }
      expect(found).toEqual({});
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});
