import type { DataSource } from "typeorm";
import { gazetteerRows, gazetteerVersion, type PlaceRow } from "./gazetteer-sources";
import { locateTown } from "./place.service";

const BATCH = 10000;
/** Advisory lock key held while the gazetteer loads ("PLAC"). */
const GAZETTEER_LOCK = 0x504c4143;

export interface GazetteerProgress {
  (loaded: number, total: number): void;
}

/**
 * Fills the `place` table from the shipped data when it is empty or was built from other
 * versions of the packages (first start, `npm run migrate`, an upgrade), reporting its
 * progress; then places the elements whose address names a known town but have no point.
 * Returns how many places were loaded (0 when they were already there).
 */
export async function ensureGazetteer(db: DataSource, progress?: GazetteerProgress): Promise<number> {
  const version = gazetteerVersion();
  const current = async (query: Query) =>
    ((await query(`SELECT version FROM place_source`)) as { version: string }[])[0]?.version === version;
  if (await current(db.query.bind(db))) return 0;
  const rows = await gazetteerRows();
  const done = await db.transaction(async (tx) => {
    // Several processes may start at once on one database: one loads, the others wait and skip.
    await tx.query(`SELECT pg_advisory_xact_lock(${GAZETTEER_LOCK})`);
    if (await current(tx.query.bind(tx))) return false;
    await tx.query(`DELETE FROM place`);
    for (let start = 0; start < rows.length; start += BATCH) {
      await insertPlaces(tx.query.bind(tx), rows.slice(start, start + BATCH));
      progress?.(Math.min(start + BATCH, rows.length), rows.length);
    }
    await tx.query(`DELETE FROM place_source`);
    await tx.query(`INSERT INTO place_source (version, places, loaded_at) VALUES ($1, $2, now())`, [
      version,
      rows.length,
    ]);
    return true;
  });
  if (!done) return 0;
  await placeUnlocatedElements(db);
  return rows.length;
}

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown>;

async function insertPlaces(query: Query, rows: PlaceRow[]): Promise<void> {
  const column = <K extends keyof PlaceRow>(key: K) => rows.map((row) => row[key]);
  await query(
    `INSERT INTO place (id, name, search_key, country, region, insee_code, postal_codes, population,
       latitude, longitude, approximate)
     SELECT id, name, search_key, country, region, insee_code, string_to_array(postal_codes, ' '), population,
       latitude, longitude, approximate
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
       $9::float8[], $10::float8[], $11::boolean[])
       AS t(id, name, search_key, country, region, insee_code, postal_codes, population, latitude, longitude, approximate)`,
    [
      column("id"),
      column("name"),
      column("searchKey"),
      column("country"),
      column("region"),
      column("inseeCode"),
      rows.map((row) => row.postalCodes.join(" ")),
      column("population"),
      column("latitude"),
      column("longitude"),
      column("approximate"),
    ],
  );
}

/**
 * Elements whose address names a town the gazetteer knows, without a point: they take the
 * town's point and INSEE code. An address kept as text only (no postal code nor town) whose
 * last part is a known town name ("Place du marché, Lyon") gets that part as its town.
 */
async function placeUnlocatedElements(db: DataSource): Promise<void> {
  const elements: {
    id: string;
    street: string | null;
    postal_code: string | null;
    city: string | null;
    country: string | null;
  }[] = await db.query(
    `SELECT id, street, postal_code, city, country FROM element
       WHERE latitude IS NULL AND (postal_code IS NOT NULL OR city IS NOT NULL OR street IS NOT NULL)`,
  );
  for (const element of elements) {
    let { street, city } = element;
    if (!city && !element.postal_code && street) {
      const parts = street.split(/[,\n]/u);
      const last = parts.pop()!.trim();
      if (!last || parts.length === 0) continue;
      const place = await locateTown(db, { postalCode: null, city: last, country: element.country });
      if (!place) continue;
      city = last;
      street = parts.join(",").trim() || null;
    }
    const place = await locateTown(db, { postalCode: element.postal_code, city, country: element.country });
    if (!place) continue;
    await db.query(
      `UPDATE element SET street = $2, city = $3, country = $4, insee_code = $5, latitude = $6, longitude = $7
       WHERE id = $1 AND latitude IS NULL`,
      [element.id, street, city, place.country, place.inseeCode, place.latitude, place.longitude],
    );
  }
}
