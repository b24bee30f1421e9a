import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { InvalidInput } from "../../graphql/errors";
import { checkBox, tagKey, textQuery } from "../discovery/search.filter";
import type { AreaInput } from "../discovery/search.inputs";
import { searchKey } from "../geography/search-key";
import type { PlacePoint } from "./news.audience";

/** The Live's filters: an area (required), tags (any of them) and words of the text. */
export interface LiveFilter {
  area: AreaInput;
  tags?: string[];
  text?: string;
}

/** The filter checked once, before any SQL or subscription uses it; tags and words normalized. */
export interface CheckedLiveFilter {
  area: AreaInput;
  tagKeys: string[] | null;
  words: string[] | null;
}

export function checkLiveFilter({ area, tags, text }: LiveFilter): CheckedLiveFilter {
  const given = [area.near, area.box, area.inseeCode, area.postalCode].filter((value) => value !== undefined);
  if (given.length !== 1) throw new InvalidInput([{ field: "area", key: "search.oneArea" }]);
  if (area.box) checkBox(area.box, "area.box");
  let tagKeys: string[] | null = null;
  if (tags !== undefined) {
    tagKeys = [...new Set(tags.map(tagKey).filter(Boolean))];
    if (!tagKeys.length) throw new InvalidInput([{ field: "tags", key: "search.needsLetter" }]);
  }
  let words: string[] | null = null;
  if (text !== undefined) {
    const query = textQuery(text);
    if (!query) throw new InvalidInput([{ field: "text", key: "search.needsLetter" }]);
    words = query.split(" & ").map((word) => word.slice(0, -2));
  }
  const postalCode = area.postalCode?.replace(/\s+/g, "").toUpperCase();
  return { area: { ...area, postalCode }, tagKeys, words };
}

/** Limits a query on `news` (under `alias`) to public items of the area, with the tags and words. */
export function whereLive<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  filter: CheckedLiveFilter,
): SelectQueryBuilder<T> {
  const { area, tagKeys, words } = filter;
  query.andWhere(`${alias}.audience = 'public'`);
  let inArea: string;
  if (area.near) {
    // `geo` is the place's stored point (migration NewsPlaceGeo): the box finds the candidates in its
    // index; within the radius along the surface is within the chord 2R·sin(radius / 2R) (earthdistance's
    // sphere, radius earth()), as in discovery's whereArea. The centre is a subquery, computed once per
    // statement: as a call on parameters, a prepared statement's generic plan would call geo_point (which
    // PostgreSQL cannot inline) on every place.
    const centre = `(SELECT geo_point(:liveLatitude, :liveLongitude))`;
    inArea = `earth_box(${centre}, :liveMetres) @> place.geo
      AND place.geo <-> ${centre} <= 2 * earth() * sin(:liveMetres / (2 * earth()))`;
    query.setParameters({
      liveLatitude: area.near.latitude,
      liveLongitude: area.near.longitude,
      liveMetres: area.near.radiusKm * 1000,
    });
  } else if (area.box) {
    inArea = `place.latitude BETWEEN :liveSouth AND :liveNorth AND place.longitude BETWEEN :liveWest AND :liveEast`;
    query.setParameters({
      liveSouth: area.box.south,
      liveNorth: area.box.north,
      liveWest: area.box.west,
      liveEast: area.box.east,
    });
  } else if (area.inseeCode) {
    inArea = `place.insee_code = :liveInsee`;
    query.setParameters({ liveInsee: area.inseeCode });
  } else {
    inArea = `place.postal_codes @> ARRAY[CAST(:livePostal AS text)]`;
    query.setParameters({ livePostal: area.postalCode });
  }
  query.andWhere(`EXISTS (SELECT 1 FROM news_place place WHERE place.news_id = ${alias}.id AND ${inArea})`);
  if (tagKeys) query.andWhere(`${alias}.tag_keys && CAST(:liveTags AS text[])`, { liveTags: tagKeys });
  if (words) {
    query.andWhere(`${alias}.search_vector @@ to_tsquery('simple', :liveText)`, {
      liveText: words.map((word) => `${word}:*`).join(" & "),
    });
  }
  return query;
}

/** earthdistance's sphere, so that memory and SQL agree on "within the radius". */
const EARTH_RADIUS_METRES = 6378168;

function distanceMetres(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLng = (bLng - aLng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

function placeInArea(place: PlacePoint, area: AreaInput): boolean {
  if (area.inseeCode) return place.inseeCode === area.inseeCode;
  if (area.postalCode) return place.postalCodes.includes(area.postalCode);
  if (place.latitude === null || place.longitude === null) return false;
  if (area.box) {
    const { south, north, west, east } = area.box;
    return place.latitude >= south && place.latitude <= north && place.longitude >= west && place.longitude <= east;
  }
  const { latitude, longitude, radiusKm } = area.near!;
  return distanceMetres(latitude, longitude, place.latitude, place.longitude) <= radiusKm * 1000;
}

/** The in-memory twin of whereLive's area and tags, for one item (text apart: see matchesWords). */
export function inLive(places: PlacePoint[], tagKeys: string[], filter: CheckedLiveFilter): boolean {
  if (!places.some((place) => placeInArea(place, filter.area))) return false;
  return !filter.tagKeys || filter.tagKeys.some((key) => tagKeys.includes(key));
}

/** Every word is the start of a word of the text (as the 'simple' text search with prefixes). */
export function matchesWords(text: string, words: string[] | null): boolean {
  if (!words) return true;
  const tokens = searchKey(text).split(/[^\p{L}\p{N}]+/u);
  return words.every((word) => tokens.some((token) => token.startsWith(word)));
}
