import { randomBytes } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { browserSession, type BrowserTab } from "../support/browser";
import { createPerson, type PersonFixture } from "../support/factories";
import type { TestServer } from "../support/server";

const TIMEOUT = 120_000;
/** The web app's page size. */
const PAGE = 20;
/** More than a page of each list. */
const COUNT = PAGE + 3;

const session = browserSession({ timeout: TIMEOUT });
let server: TestServer;
let alice: PersonFixture;
let home: { id: string; slug: string };

/** Many rows at once, written to the database directly (the API would take minutes on a busy machine). */
async function sql(query: string, parameters: unknown[] = []) {
  return server.database.dataSource.query(query, parameters);
}

/**
 * More than a page of every list the web app shows with "load more": organizations, projects
 * and events (alice administers the organizations, so they fill her pages too), and the
 * members and history of one of her organizations.
 */
async function fillLists() {
  const tag = randomBytes(4).toString("hex");
  const orgs: { id: string; slug: string }[] = await sql(
    `INSERT INTO element (kind, slug, name, organization_type, creator_id, created_at)
     SELECT 'organization', 'more-org-' || $1 || '-' || i, 'Organisation ' || $1 || ' ' || i, 'ngo', $2,
            now() - make_interval(mins => i)
     FROM generate_series(1, $3) AS i RETURNING id, slug`,
    [tag, alice.id, COUNT],
  );
  await sql(
    `INSERT INTO link (type, state, person_id, element_id, is_admin) SELECT 'member', 'active', $1, id, true
     FROM unnest($2::uuid[]) AS id`,
    [alice.id, orgs.map((org) => org.id)],
  );
  home = orgs[0];
  await sql(
    `INSERT INTO element (kind, slug, name, project_stage, creator_id, created_at)
     SELECT 'project', 'more-project-' || $1 || '-' || i, 'Projet ' || $1 || ' ' || i, 'idea', $2,
            now() - make_interval(mins => i)
     FROM generate_series(1, $3) AS i`,
    [tag, alice.id, COUNT],
  );
  await sql(
    `INSERT INTO element (kind, slug, name, event_type, starts_at, occurs_until, time_zone, creator_id)
     SELECT 'event', 'more-event-' || $1 || '-' || i, 'Événement ' || $1 || ' ' || i, 'concert',
            now() + make_interval(days => i), now() + make_interval(days => i), 'Europe/Paris', $2
     FROM generate_series(1, $3) AS i`,
    [tag, alice.id, COUNT],
  );
  const people: { id: string }[] = await sql(
    `INSERT INTO person (username, display_name, email, password_hash, email_verified_at, created_at)
     SELECT 'more' || $1 || i, 'Voisin ' || $1 || ' ' || i, 'more' || $1 || i || '@example.org', 'not a hash', now(),
            now() - make_interval(mins => i)
     FROM generate_series(1, $2) AS i RETURNING id`,
    [tag, COUNT],
  );
  await sql(
    `INSERT INTO link (type, state, person_id, element_id, created_at)
     SELECT 'member', 'active', person.id, $1, now() - make_interval(mins => person.n::int)
     FROM unnest($2::uuid[]) WITH ORDINALITY AS person(id, n)`,
    [home.id, people.map((person) => person.id)],
  );
  await sql(
    `INSERT INTO element_revision (element_id, author_id, changes, created_at)
     SELECT $1, $2, jsonb_build_array(jsonb_build_object(
              'field', 'shortDescription', 'before', 'Version ' || i, 'after', 'Version ' || (i + 1))),
            now() - make_interval(mins => $3 - i)
     FROM generate_series(1, $3) AS i`,
    [home.id, alice.id, COUNT],
  );
}

beforeAll(async () => {
  server = session.server;
  alice = await createPerson(server);
  await fillLists();
}, TIMEOUT);

const tabFor = (person: PersonFixture): Promise<BrowserTab> => session.tab({ as: person });

/**
 * Clicks "load more" under a list showing its first page, and checks that the next page is
 * added under it: the first entries stay, in order, and new ones follow.
 */
async function loadMore(page: Page, items: Locator, button: string) {
  await items.nth(PAGE - 1).waitFor();
  const first = await items.allInnerTexts();
  expect(first).toHaveLength(PAGE);
  await page.getByRole("button", { name: button, exact: true }).click();
  await items.nth(PAGE).waitFor();
  const shown = await items.allInnerTexts();
  expect(shown.slice(0, PAGE)).toEqual(first);
  const added = shown.slice(PAGE);
  expect(added.length).toBeGreaterThan(0);
  for (const entry of added) expect(first).not.toContain(entry);
}

describe("load more", () => {
  it.each([
    ["organizations", "/organizations", "Afficher plus d’organisations"],
    ["projects", "/projects", "Afficher plus de projets"],
    ["events", "/events", "Afficher plus d’événements"],
  ])(
    "adds the next page of %s under the first",
    async (_, path, button) => {
      const { page, problems } = await tabFor(alice);
      await page.goto(`${server.url}${path}`);
      await loadMore(page, page.getByRole("main").locator(".element-list > li"), button);
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "adds the next page of my pages",
    async () => {
      const { page, problems } = await tabFor(alice);
      await page.goto(`${server.url}/me/elements`);
      const active = page.getByRole("region", { name: /^Où je suis/ });
      await loadMore(page, active.locator(".element-list > li"), "Afficher plus");
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "adds the next page of an organization's members and of its history",
    async () => {
      const { page, problems } = await tabFor(alice);
      await page.goto(`${server.url}/organizations/${home.slug}/members`);
      await loadMore(page, page.getByRole("main").locator(".member-list > li"), "Afficher plus de membres");
      await page.goto(`${server.url}/organizations/${home.slug}/history`);
      await loadMore(page, page.getByRole("main").locator("li.revision"), "Afficher des modifications plus anciennes");
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});
