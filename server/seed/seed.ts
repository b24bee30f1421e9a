import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { DEFAULT_SETTINGS } from "../modules/elements/element.entity";
import { ElementKind } from "../modules/elements/element.entity.kind";
import { COMMUNITY_LINK, LinkState } from "../modules/links/link.entity";
import { HELP_COMMUNITY_ID } from "../modules/help/help-community";
import { FakeData, type FakeElement, type FakeNews, SEED_MAIL_DOMAIN, type Town } from "./fake-data";

export interface SeedOptions {
  /** Organizations, projects and events (rows of `element`). */
  elements: number;
  /** People (accounts that cannot log in), the creators and administrators of the elements. */
  persons: number;
  /** The same seed gives the same names, places and dates (slugs differ by run). */
  seed: number;
  /** Seed even a database that holds real data. */
  force: boolean;
  now?: Date;
}

export class SeedRefused extends Error {}

/** Rows per INSERT: each statement sends one array per column (so a few parameters, whatever the size). */
const BATCH = 2000;
/** Of every 10 elements: 3 organizations, 2 projects, 5 events. */
const KINDS: FakeElement["kind"][] = [
  "organization",
  "event",
  "project",
  "event",
  "organization",
  "event",
  "project",
  "event",
  "organization",
  "event",
];
/** One element in NEWS_EVERY posts a news item on its wall, with comments and reactions. */
const NEWS_EVERY = 2;
/** Never verifies (not an argon2 hash): seeded people cannot log in. */
const NO_PASSWORD = "!seeded";

/**
 * Refuses a database with real data: people who are not seeded, or elements they made (the
 * help community, which every install has from its migrations, aside).
 * Seeded data is public open data; mixed into a real instance it would be published,
 * exported and found next to real associations, and telling it apart afterwards is work.
 */
async function checkNoRealData(db: DataSource) {
  const [{ persons, elements }] = await db.query(
    `SELECT (SELECT count(*)::int FROM person WHERE email NOT LIKE $1) AS persons,
            (SELECT count(*)::int FROM element LEFT JOIN person creator ON creator.id = element.creator_id
              WHERE (creator.email IS NULL OR creator.email NOT LIKE $1) AND element.id <> $2) AS elements`,
    [`%@${SEED_MAIL_DOMAIN}`, HELP_COMMUNITY_ID],
  );
  if (persons || elements) {
    throw new SeedRefused(
      `This database holds real data (${persons} people and ${elements} elements not seeded): ` +
        "seed a database of its own, or pass --force to mix fake data into it.",
    );
  }
}

/** French communes of the gazetteer (their own point, not a neighbour's), with their population. */
async function loadTowns(db: DataSource): Promise<Town[]> {
  const towns: Town[] = await db.query(
    `SELECT name, insee_code AS "inseeCode", postal_codes[1] AS "postalCode", country, latitude, longitude, population
     FROM place WHERE country = 'FR' AND NOT approximate ORDER BY id`,
  );
  if (!towns.length) throw new SeedRefused("The gazetteer is empty: run `npm run migrate` first.");
  return towns;
}

/**
 * Fills the database with fake people and elements placed in real towns, in batches of
 * multi-row INSERTs over unnest() (as fast as COPY here, and the same on the embedded
 * PGlite). Each element gets a seeded person as creator and administrator.
 */
export async function seed(
  db: DataSource,
  options: SeedOptions,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<{ persons: number; elements: number; news: number; comments: number; reactions: number }> {
  if (!options.force) await checkNoRealData(db);
  const towns = await loadTowns(db);
  const run = randomBytes(3).toString("hex");
  const fake = new FakeData(towns, options.seed, run, options.now ?? new Date());
  const total = options.persons + options.elements + Math.ceil(options.elements / NEWS_EVERY);
  let done = 0;

  const personIds: string[] = [];
  for (let start = 0; start < options.persons; start += BATCH) {
    const people = Array.from({ length: Math.min(BATCH, options.persons - start) }, (_, i) => fake.person(start + i));
    const rows: { id: string }[] = await db.query(
      `INSERT INTO person (username, display_name, email, email_verified_at, password_hash, locality)
       SELECT username, display_name, email, now(), $5, locality
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS p(username, display_name, email, locality)
       RETURNING id`,
      [
        people.map((p) => p.username),
        people.map((p) => p.displayName),
        people.map((p) => p.email),
        people.map((p) => p.locality),
        NO_PASSWORD,
      ],
    );
    personIds.push(...rows.map((row) => row.id));
    progress((done += people.length), total);
  }
  if (!personIds.length) throw new SeedRefused("--persons must be at least 1: every element needs a creator");

  const made = { news: 0, comments: 0, reactions: 0 };
  for (let start = 0; start < options.elements; start += BATCH) {
    const size = Math.min(BATCH, options.elements - start);
    const elements = Array.from({ length: size }, (_, i) => fake.element(KINDS[(start + i) % KINDS.length], start + i));
    const creators = elements.map((_, i) => personIds[(start + i) % personIds.length]);
    const ids = await insertElements(db, elements, creators);
    progress((done += size), total);

    const walls = elements
      .map((element, i) => ({ element, id: ids.get(element.slug)!, creator: creators[i] }))
      .filter((_, i) => (start + i) % NEWS_EVERY === 0);
    const news = walls.map((wall) => ({ ...wall, news: fake.news(wall.element) }));
    const written = await insertNews(db, news, () => personIds[fake.upTo(personIds.length - 1)]);
    made.news += news.length;
    made.comments += written.comments;
    made.reactions += written.reactions;
    progress((done += news.length), total);
  }
  return { persons: personIds.length, elements: options.elements, ...made };
}

interface WallNews {
  element: FakeElement;
  id: string;
  creator: string;
  news: FakeNews;
}

/**
 * A news item on each wall, posted as the element by its creator: public (shown in the Live of
 * the element's town, as the service places it) unless the element is private; then its
 * comments and reactions by people picked by `someone` (a person reacts once).
 */
async function insertNews(db: DataSource, walls: WallNews[], someone: () => string) {
  if (!walls.length) return { comments: 0, reactions: 0 };
  const rows: { id: string; wall_element_id: string }[] = await db.query(
    `INSERT INTO news (author_id, wall_element_id, as_element, audience, text, tags, created_at)
     SELECT author_id, wall_element_id, true, audience, text, string_to_array(tags, '|'), created_at
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
       AS n(author_id, wall_element_id, audience, text, tags, created_at)
     RETURNING id, wall_element_id`,
    [
      walls.map((wall) => wall.creator),
      walls.map((wall) => wall.id),
      walls.map((wall) => (wall.element.private ? "private" : "public")),
      walls.map((wall) => wall.news.text),
      walls.map((wall) => wall.news.tags.join("|")),
      walls.map((wall) => wall.news.createdAt),
    ],
  );
  const newsOf = new Map(rows.map((row) => [row.wall_element_id, row.id]));
  const shown = walls.filter((wall) => !wall.element.private);
  await db.query(
    `INSERT INTO news_place (news_id, position, name, insee_code, postal_codes, latitude, longitude)
     SELECT news_id, 0, name, insee_code, CASE WHEN postal_code IS NULL THEN '{}' ELSE ARRAY[postal_code] END,
       latitude, longitude
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[])
       AS p(news_id, name, insee_code, postal_code, latitude, longitude)`,
    [
      shown.map((wall) => newsOf.get(wall.id)),
      shown.map((wall) => wall.element.city),
      shown.map((wall) => wall.element.inseeCode),
      shown.map((wall) => wall.element.postalCode),
      shown.map((wall) => wall.element.latitude),
      shown.map((wall) => wall.element.longitude),
    ],
  );
  const comments = walls.flatMap((wall) =>
    wall.news.comments.map((text, i) => ({
      newsId: newsOf.get(wall.id)!,
      authorId: someone(),
      text,
      at: new Date(wall.news.createdAt.getTime() + (i + 1) * 3600_000),
    })),
  );
  await db.query(
    `INSERT INTO news_comment (news_id, author_id, text, created_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])`,
    [
      comments.map((c) => c.newsId),
      comments.map((c) => c.authorId),
      comments.map((c) => c.text),
      comments.map((c) => c.at),
    ],
  );
  const reactions = walls.flatMap((wall) =>
    wall.news.reactions.map((kind) => ({ newsId: newsOf.get(wall.id)!, personId: someone(), kind })),
  );
  const reacted: unknown[] = await db.query(
    `INSERT INTO news_reaction (news_id, person_id, kind)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) ON CONFLICT DO NOTHING RETURNING news_id`,
    [reactions.map((r) => r.newsId), reactions.map((r) => r.personId), reactions.map((r) => r.kind)],
  );
  return { comments: comments.length, reactions: reacted.length };
}

/** Inserts the elements with their creators as administrators; answers their ids by slug. */
async function insertElements(
  db: DataSource,
  elements: FakeElement[],
  creators: string[],
): Promise<Map<string, string>> {
  const column = <K extends keyof FakeElement>(key: K) => elements.map((element) => element[key]);
  const rows: { id: string; slug: string; kind: ElementKind; creator_id: string }[] = await db.query(
    `INSERT INTO element (kind, slug, name, short_description, description, tags, street, postal_code, city, country,
       insee_code, latitude, longitude, settings, organization_type, project_stage, event_type, starts_at, ends_at,
       time_zone, recurrence_rule, occurs_until, creator_id)
     SELECT kind, slug, name, short_description, description, string_to_array(tags, '|'), street, postal_code, city,
       country, insee_code, latitude, longitude, settings::jsonb, organization_type, project_stage, event_type,
       starts_at, ends_at, time_zone, recurrence_rule, occurs_until, creator_id
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::text[], $11::text[], $12::float8[], $13::float8[], $14::text[], $15::text[], $16::text[],
       $17::text[], $18::timestamptz[], $19::timestamptz[], $20::text[], $21::text[], $22::timestamptz[], $23::uuid[])
       AS e(kind, slug, name, short_description, description, tags, street, postal_code, city, country, insee_code,
         latitude, longitude, settings, organization_type, project_stage, event_type, starts_at, ends_at, time_zone,
         recurrence_rule, occurs_until, creator_id)
     RETURNING id, slug, kind, creator_id`,
    [
      column("kind"),
      column("slug"),
      column("name"),
      column("shortDescription"),
      column("description"),
      elements.map((element) => element.tags.join("|")),
      column("street"),
      column("postalCode"),
      column("city"),
      column("country"),
      column("inseeCode"),
      column("latitude"),
      column("longitude"),
      elements.map((element) => JSON.stringify({ ...DEFAULT_SETTINGS, private: element.private })),
      column("organizationType"),
      column("projectStage"),
      column("eventType"),
      column("startsAt"),
      column("endsAt"),
      column("timeZone"),
      column("recurrenceRule"),
      column("occursUntil"),
      creators,
    ],
  );
  await db.query(
    `INSERT INTO link (type, state, person_id, element_id, is_admin)
     SELECT type, $4, person_id, element_id, true FROM unnest($1::text[], $2::uuid[], $3::uuid[]) AS l(type, person_id, element_id)`,
    [
      rows.map((row) => COMMUNITY_LINK[row.kind as keyof typeof COMMUNITY_LINK]),
      rows.map((row) => row.creator_id),
      rows.map((row) => row.id),
      LinkState.ACTIVE,
    ],
  );
  return new Map(rows.map((row) => [row.slug, row.id]));
}
