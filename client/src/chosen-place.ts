/**
 * The place a visitor chose ("communexion"): the default area of the home page, the discovery
 * page and the map. Kept in this browser only, for everyone, logged in or not (place.ts keeps it
 * in localStorage; this file has no DOM, so that tests can read it alone).
 */
export interface ChosenPlace {
  /** The gazetteer's id of the town (fr:<INSEE code>, geonames:<id>), which a logged-in person's account keeps. */
  placeId?: string | null;
  name: string;
  postalCode: string | null;
  inseeCode: string | null;
  latitude: number;
  longitude: number;
  radiusKm: number;
}

/** Radii offered, in kilometres. */
export const RADII_KM = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS_KM = 10;

const inRange = (value: unknown, limit: number): value is number =>
  typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= limit;
const text = (value: unknown, max: number) => (typeof value === "string" && value.length <= max ? value : null);

/** The stored place, checked field by field: anything else in storage is ignored. */
export function parsePlace(stored: string | null): ChosenPlace | null {
  if (!stored) return null;
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(stored) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const name = text(value.name, 120);
  if (!name || !inRange(value.latitude, 90) || !inRange(value.longitude, 180)) return null;
  const radiusKm = RADII_KM.find((radius) => radius === value.radiusKm) ?? DEFAULT_RADIUS_KM;
  return {
    placeId: text(value.placeId, 40),
    name,
    postalCode: text(value.postalCode, 12),
    inseeCode: text(value.inseeCode, 5),
    latitude: value.latitude,
    longitude: value.longitude,
    radiusKm,
  };
}
