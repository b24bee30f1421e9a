import type { DataSource, EntityManager } from "typeorm";
import { DEFAULT_SETTINGS, DESCRIPTIVE_FIELDS, Element, ElementKind } from "../modules/elements/element.entity";
import { randomSuffix, RESERVED_SLUGS, slugBase } from "../modules/elements/element.service";
import { ElementRevision, type FieldChange } from "../modules/elements/revision.entity";
import type { Place } from "../modules/geography/place";
import { locateTowns, type PlaceService, townOf, type TownQuery } from "../modules/geography/place.service";
import { mapColumns } from "./columns";
import type { SourceFile, SourceRow } from "./read";
import { type ImportKind, type ImportRow, readRow, type RowError } from "./rows";

/** Rows per INSERT: each statement sends one array per column, so a few parameters whatever the size. */
const BATCH = 2000;
const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;

export interface ImportOptions {
  kind: ImportKind;
  /** Names the data set: with each row's id, finds the element a later import updates. */
  source: string;
  /** Import the valid rows even when others are not (otherwise nothing is imported). */
  skipInvalid: boolean;
  /** Events without a time zone happen in this one. */
  timeZone: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows of other kinds in a file that has a kind column (an export of every kind). */
  otherKinds: number;
  errors: RowError[];
  /** False when errors stopped the import (nothing was written). */
  imported: boolean;
}

export type ImportProgress = (done: number, total: number) => void;

/** Thrown inside the transaction to roll back what was written when a row is invalid. */
class Refused extends Error {}

/**
 * Imports a file's rows as elements of one kind, in one reading of the file, so that its rows
 * are never all held in memory and each is parsed and checked once. Each row is checked with
 * the API's create inputs and the services' rules, placed with the gazetteer like the
 * services place them (PlaceService.placeChanges, each distinct town looked up once, a batch's
 * new towns in a few statements) and written in batched statements, all in one transaction,
 * the next batch being read and checked while the database writes the last. With any invalid
 * row, writing stops and the transaction is rolled back once every row has been checked (so
 * that every error is reported), unless `skipInvalid`: nothing is imported, as when an import
 * fails halfway. A row whose (source, id) was imported before updates that element and records
 * the change in its history, with no author. Imported elements have no creator nor
 * administrator: the first member who asks to administer one is granted it.
 */
export async function importElements(
  db: DataSource,
  places: PlaceService,
  file: SourceFile,
  options: ImportOptions,
  progress: ImportProgress = () => undefined,
): Promise<ImportResult> {
  const rows = checkedRows(file, options);
  const errors: RowError[] = [];
  const result = { created: 0, updated: 0, unchanged: 0, otherKinds: 0, errors, imported: false };
  const refused = () => errors.length > 0 && !options.skipInvalid;
  try {
    await db.transaction(async (tx) => {
      const located = new Map<string, Place | null>();
      const locate = async (town: TownQuery) => located.get(townKey(town)) ?? null;
      // A source never imported before has no element a row could update: no lookups then.
      const known = await sourceKnown(tx, options.source);
      const seen = new Map<string, string>();
      let batch: ImportRow[] = [];
      // One batch written while the next is read: at most two batches in memory, and one
      // statement at a time on the transaction's connection.
      let writing: Promise<void> = Promise.resolve();
      const write = async (rows: ImportRow[]) => {
        await writing;
        writing = (async () => {
          await locateAll(tx, rows, located);
          for (const row of rows) await places.placeChanges(tx, row.values, undefined, locate);
          const counts = await writeBatch(tx, rows, options, known);
          result.created += counts.created;
          result.updated += counts.updated;
          result.unchanged += counts.unchanged;
        })();
        // Marked as handled while the next batch is read; its error is thrown where it is awaited.
        writing.catch(() => undefined);
      };
      let checked = 0;
      for await (const { row, read, at } of rows()) {
        if (read === OTHER_KIND) result.otherKinds++;
        else if (Array.isArray(read)) errors.push(...read);
        else if (seen.has(read.sourceId)) errors.push(repeatedId(read, seen, rows.idColumn));
        else {
          seen.set(read.sourceId, row.where);
          // Once the import is refused, the rest is only checked.
          if (!refused()) batch.push(read);
          if (batch.length === BATCH) {
            await write(batch);
            batch = [];
          }
        }
        // Rows are counted as they are read: the total is estimated from how much of the file is.
        if (++checked % 1000 === 0) progress(checked, at > 0 ? Math.max(checked, Math.round(checked / at)) : checked);
      }
      progress(checked, checked);
      if (batch.length && !refused()) await write(batch);
      await writing;
      if (refused()) throw new Refused();
    });
  } catch (error) {
    if (error instanceof Refused) return { ...result, created: 0, updated: 0, unchanged: 0 };
    throw error;
  }
  result.imported = true;
  // Fresh statistics for the planner, which otherwise plans searches for the table as it was
  // before (autovacuum may be off, or come much later): with none, the name index that the
  // exports page through went unused and each page sorted every element again.
  if (result.created || result.updated) await db.query("ANALYZE element");
  return result;
}

const OTHER_KIND = Symbol("other kind");

/**
 * Reads and checks the file's rows, from the first: a valid row, the errors of an invalid
 * one, or OTHER_KIND for a row of another kind (in a file with a kind column, such as an
 * export of every kind).
 */
function checkedRows(file: SourceFile, options: ImportOptions) {
  const mapping = mapColumns(file.headers);
  const kindColumn = mapping.get("kind");
  async function* read(): AsyncGenerator<{
    row: SourceRow;
    read: ImportRow | RowError[] | typeof OTHER_KIND;
    at: number;
  }> {
    for await (const row of file.rows()) {
      const kind = kindColumn ? row.cells[kindColumn]?.trim().toLowerCase() : undefined;
      yield {
        row,
        read:
          kind && kind !== options.kind
            ? OTHER_KIND
            : await readRow(row, { kind: options.kind, mapping, timeZone: options.timeZone }),
        at: row.read,
      };
    }
  }
  return Object.assign(read, { idColumn: mapping.get("id") ?? "id" });
}

async function sourceKnown(tx: EntityManager, source: string): Promise<boolean> {
  const [row] = (await tx.query(`SELECT EXISTS (SELECT 1 FROM element WHERE source = $1) AS known`, [source])) as {
    known: boolean;
  }[];
  return row.known;
}

function repeatedId(row: ImportRow, seen: Map<string, string>, column: string): RowError {
  return { where: row.where, column, message: `repeats the id of ${seen.get(row.sourceId)}` };
}

function townKey(town: TownQuery): string {
  return JSON.stringify([town.postalCode, town.city, town.country]);
}

/**
 * Looks up, in a few statements, the gazetteer's town of each row placed by its address whose
 * town is not in `located` yet (a lookup per row would take most of the import's time).
 */
async function locateAll(tx: EntityManager, rows: ImportRow[], located: Map<string, Place | null>): Promise<void> {
  const towns = new Map<string, TownQuery>();
  for (const row of rows) {
    const town = townOf(row.values);
    const key = townKey(town);
    if (row.values.street !== undefined && (town.postalCode || town.city) && !located.has(key)) towns.set(key, town);
  }
  const wanted = [...towns.values()];
  (await locateTowns(tx, wanted)).forEach((place, index) => located.set(townKey(wanted[index]), place));
}

async function writeBatch(tx: EntityManager, rows: ImportRow[], options: ImportOptions, known: boolean) {
  if (!known) {
    await insertElements(tx, rows, await freeSlugs(tx, rows), options);
    return { created: rows.length, updated: 0, unchanged: 0 };
  }
  const existing = await tx
    .getRepository(Element)
    .createQueryBuilder("element")
    .where("element.source = :source AND element.source_id = ANY(:ids)", {
      source: options.source,
      ids: rows.map((row) => row.sourceId),
    })
    .getMany();
  const bySourceId = new Map(existing.map((element) => [element.sourceId!, element]));
  const fresh = rows.filter((row) => !bySourceId.has(row.sourceId));
  let updated = 0;
  for (const row of rows) {
    const element = bySourceId.get(row.sourceId);
    if (element && (await updateElement(tx, element, row))) updated++;
  }
  if (fresh.length) await insertElements(tx, fresh, await freeSlugs(tx, fresh), options);
  return { created: fresh.length, updated, unchanged: rows.length - fresh.length - updated };
}

/** The fields a row sets and history records: the descriptive ones and each kind's own. */
const RECORDED_FIELDS = [
  ...DESCRIPTIVE_FIELDS,
  "type",
  "stage",
  "startsOn",
  "endsOn",
  "licence",
  "eventType",
  "startsAt",
  "endsAt",
  "timeZone",
  "allDay",
  "recurrenceRule",
  "onlineUrl",
];

/** Applies a row to the element it imported before, as an edit kept in the history. */
async function updateElement(tx: EntityManager, element: Element, row: ImportRow): Promise<boolean> {
  const current = element as unknown as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const field of RECORDED_FIELDS) {
    if (!(field in current) || field === "imageId" || field === "bannerId") continue;
    const before = normalise(current[field] ?? null);
    // A cell left empty clears the field; lists (tags, links) become empty.
    const after = normalise(row.values[field] ?? (Array.isArray(current[field]) ? [] : null));
    if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ field, before, after });
  }
  if (!changes.length) return false;
  const values = Object.fromEntries(changes.map((change) => [change.field, change.after]));
  if ("occursUntil" in row.values) values.occursUntil = row.values.occursUntil;
  await tx.getRepository(element.constructor).update(element.id, values);
  await tx.save(ElementRevision, { elementId: element.id, authorId: null, changes, revertsId: null });
  return true;
}

function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * A free slug for each new row: the file's own when it is free (an export's, so that a
 * round trip keeps the pages' addresses), else one from the name, with a random suffix
 * when taken, as ElementService.freeSlug does.
 */
async function freeSlugs(tx: EntityManager, rows: ImportRow[]): Promise<string[]> {
  const wanted = rows.map((row) =>
    row.slug && SLUG.test(row.slug) && !RESERVED_SLUGS.has(row.slug) ? row.slug : slugBase(row.values.name as string),
  );
  const slugs = [...wanted];
  for (let pending = slugs.map((_, index) => index); pending.length;) {
    const taken = new Set(
      (
        (await tx.query(`SELECT slug FROM element WHERE slug = ANY($1)`, [pending.map((i) => slugs[i])])) as {
          slug: string;
        }[]
      ).map((row) => row.slug),
    );
    const inBatch = new Set<string>();
    const next: number[] = [];
    for (const index of pending) {
      const slug = slugs[index];
      if (taken.has(slug) || inBatch.has(slug) || RESERVED_SLUGS.has(slug)) {
        slugs[index] = `${slugBase(rows[index].values.name as string)}-${randomSuffix()}`;
        next.push(index);
      } else inBatch.add(slug);
    }
    // Slugs already given to this batch count as taken for the next round.
    for (const index of next) if (inBatch.has(slugs[index])) slugs[index] = `${slugs[index]}${randomSuffix()}`;
    pending = next;
  }
  return slugs;
}

async function insertElements(tx: EntityManager, rows: ImportRow[], slugs: string[], options: ImportOptions) {
  const column = (name: string) => rows.map((row) => row.values[name] ?? null);
  const json = (name: string) => rows.map((row) => JSON.stringify(row.values[name] ?? []));
  await tx.query(
    `INSERT INTO element (kind, slug, name, short_description, description, tags, email, phone, website,
       social_links, extra_links, street, postal_code, city, country, insee_code, latitude, longitude, settings,
       organization_type, project_stage, project_starts_on, project_ends_on, licence, event_type, starts_at, ends_at,
       time_zone, all_day, recurrence_rule, online_url, occurs_until, source, source_id)
     SELECT $1, slug, name, short_description, description, tags::text[], email, phone, website,
       social_links::jsonb, extra_links::jsonb, street, postal_code, city, country, insee_code, latitude, longitude,
       $2::jsonb, organization_type, project_stage, project_starts_on::date, project_ends_on::date, licence,
       event_type, starts_at, ends_at, time_zone, coalesce(all_day, false), recurrence_rule, online_url,
       occurs_until, $3, source_id
     FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
       $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::float8[],
       $20::float8[], $21::text[], $22::text[], $23::text[], $24::text[], $25::text[], $26::text[],
       $27::timestamptz[], $28::timestamptz[], $29::text[], $30::boolean[], $31::text[], $32::text[],
       $33::timestamptz[], $34::text[])
       AS e(slug, name, short_description, description, tags, email, phone, website, social_links, extra_links,
         street, postal_code, city, country, insee_code, latitude, longitude, organization_type, project_stage,
         project_starts_on, project_ends_on, licence, event_type, starts_at, ends_at, time_zone, all_day,
         recurrence_rule, online_url, occurs_until, source_id)`,
    [
      options.kind,
      JSON.stringify(DEFAULT_SETTINGS),
      options.source,
      slugs,
      column("name"),
      column("shortDescription"),
      column("description"),
      // Postgres array literals, so that one text[] parameter carries every row's tags.
      rows.map((row) => arrayLiteral((row.values.tags as string[] | undefined) ?? [])),
      column("email"),
      column("phone"),
      column("website"),
      json("socialLinks"),
      json("extraLinks"),
      column("street"),
      column("postalCode"),
      column("city"),
      column("country"),
      column("inseeCode"),
      column("latitude"),
      column("longitude"),
      column("type"),
      options.kind === ElementKind.PROJECT ? column("stage") : column("_"),
      column("startsOn"),
      column("endsOn"),
      column("licence"),
      column("eventType"),
      column("startsAt"),
      column("endsAt"),
      column("timeZone"),
      column("allDay"),
      column("recurrenceRule"),
      column("onlineUrl"),
      column("occursUntil"),
      rows.map((row) => row.sourceId),
    ],
  );
}

function arrayLiteral(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/(["\\])/g, "\\$1")}"`).join(",")}}`;
}
