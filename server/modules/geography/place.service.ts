import type { DataSource, EntityManager } from "typeorm";
import { InvalidInput } from "../../graphql/errors";
import type { GeographyValues } from "./address";
import type { Place } from "./place";
import { searchKey } from "./search-key";

export const PLACES_DEFAULT = 10;
export const PLACES_MAX = 20;
const POSTAL_PREFIX = /^\d{2,5}$/;

type Queryable = Pick<DataSource | EntityManager, "query">;

interface PlaceRecord {
  id: string;
  name: string;
  country: string;
  region: string | null;
  insee_code: string | null;
  postal_codes: string[];
  population: number;
  latitude: number;
  longitude: number;
  approximate: boolean;
}

const PLACE_COLUMNS = `id, name, country, region, insee_code, postal_codes, population, latitude, longitude, approximate`;

function toPlace(row: PlaceRecord): Place {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    region: row.region,
    inseeCode: row.insee_code,
    postalCodes: row.postal_codes,
    population: row.population,
    latitude: row.latitude,
    longitude: row.longitude,
    location: { latitude: row.latitude, longitude: row.longitude },
    approximate: row.approximate,
  };
}

/** LIKE's wildcards taken literally. */
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface TownQuery {
  postalCode: string | null;
  city: string | null;
  country: string | null;
}

/**
 * The most populated town matching a postal code and a town name (either may be missing):
 * both together first, then the postal code alone, then the name alone.
 */
export async function locateTown(db: Queryable, town: TownQuery): Promise<Place | null> {
  return (await locateTowns(db, [town]))[0];
}

/** Towns for many addresses at once, one statement per attempt (an import places thousands). */
export async function locateTowns(db: Queryable, towns: TownQuery[]): Promise<(Place | null)[]> {
  const found: (Place | null)[] = towns.map(() => null);
  const asked = towns.map((town) => ({
    key: town.city ? searchKey(town.city) : null,
    postalCode: town.postalCode?.replace(/\s+/g, "") || null,
    country: town.country,
  }));
  const attempts: ((query: (typeof asked)[number]) => [string | null, string | null] | null)[] = [
    ({ postalCode, key }) => (postalCode || key ? [postalCode, key] : null),
    ({ postalCode, key }) => (postalCode && key ? [postalCode, null] : null),
    ({ postalCode, key }) => (postalCode && key ? [null, key] : null),
  ];
  for (const attempt of attempts) {
    const pending = asked.flatMap((query, index) => {
      const terms = found[index] ? null : attempt(query);
      return terms ? [{ index, terms, country: query.country }] : [];
    });
    // One statement per shape, each condition an index can serve: a column tested against NULL
    // inside a lateral join (code IS NULL OR …) would scan the whole table for each address.
    const shapes = {
      both: "postal_codes @> ARRAY[q.code] AND search_key = q.name",
      code: "postal_codes @> ARRAY[q.code]",
      name: "search_key = q.name",
    };
    for (const [shape, condition] of Object.entries(shapes)) {
      const group = pending.filter(({ terms: [code, name] }) =>
        shape === "both" ? code && name : shape === "code" ? code && !name : !code && name,
      );
      if (!group.length) continue;
      const rows: (PlaceRecord & { position: number })[] = await db.query(
        `SELECT q.position::int AS position, p.* FROM unnest($1::text[], $2::text[], $3::text[])
           WITH ORDINALITY AS q(code, name, country, position)
         CROSS JOIN LATERAL (
           SELECT ${PLACE_COLUMNS} FROM place
           WHERE ${condition} AND (q.country IS NULL OR place.country = q.country)
           ORDER BY population DESC, id LIMIT 1) p`,
        [group.map((p) => p.terms[0]), group.map((p) => p.terms[1]), group.map((p) => p.country)],
      );
      for (const row of rows) found[group[row.position - 1].index] = toPlace(row);
    }
  }
  return found;
}

/** The town an address's changes name, as placeChanges looks it up. */
export function townOf(changes: Partial<GeographyValues>): TownQuery {
  return { postalCode: changes.postalCode ?? null, city: changes.city ?? null, country: changes.country ?? null };
}

/** The gazetteer: autocompletion of towns, and placing addresses at their town. */
export class PlaceService {
  constructor(private readonly db: DataSource) {}

  /**
   * Towns whose name starts with the words typed (accents, case, hyphens and apostrophes
   * aside), or French communes whose postal code starts with the digits typed; most
   * populated first.
   */
  async search(text: string, first = PLACES_DEFAULT): Promise<Place[]> {
    const typed = text.trim();
    const key = searchKey(typed);
    if (!key) throw new InvalidInput([{ field: "search", key: "search.needsLetter" }]);
    const postal = POSTAL_PREFIX.test(typed);
    const rows: PlaceRecord[] = await this.db.query(
      postal
        ? `SELECT ${PLACE_COLUMNS} FROM place
           WHERE country = 'FR' AND EXISTS (SELECT 1 FROM unnest(postal_codes) code WHERE code LIKE $1)
           ORDER BY population DESC, id LIMIT $2`
        : `SELECT ${PLACE_COLUMNS} FROM place WHERE search_key LIKE $1 ORDER BY population DESC, id LIMIT $2`,
      [likePrefix(postal ? typed : key), first],
    );
    return rows.map(toPlace);
  }

  /**
   * Completes the geography columns an element's changes set: when the address changes, the
   * INSEE code and country of its town; when its town or postal code changes (or it had no
   * point) and no point is given, the town's point, or none when the town is unknown.
   */
  /** A town of the gazetteer by its id, or null when it has none such. */
  async byId(id: string): Promise<Place | null> {
    const rows: PlaceRecord[] = await this.db.query(`SELECT ${PLACE_COLUMNS} FROM place WHERE id = $1`, [id]);
    return rows.length ? toPlace(rows[0]) : null;
  }

  async placeChanges(
    tx: Queryable,
    changes: Partial<GeographyValues>,
    current?: Partial<GeographyValues>,
    locate: (town: TownQuery) => Promise<Place | null> = (town) => locateTown(tx, town),
  ): Promise<void> {
    if (changes.street === undefined) return;
    const town = townOf(changes);
    const place = town.postalCode || town.city ? await locate(town) : null;
    changes.inseeCode = place?.inseeCode ?? null;
    if (place && !changes.country) changes.country = place.country;
    if (changes.latitude !== undefined) return;
    const moved =
      !current || current.postalCode !== town.postalCode || current.city !== town.city || current.latitude == null;
    if (!moved) return;
    changes.latitude = place?.latitude ?? null;
    changes.longitude = place?.longitude ?? null;
  }
}
