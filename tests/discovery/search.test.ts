import { randomBytes } from "node:crypto";
import { DEFAULT_SETTINGS } from "../../server/modules/elements/element.entity";
import { Organization, OrganizationType } from "../../server/modules/organizations/organization.entity";
import { Agent, codeOf } from "../support/client";
import { startTestServer, type TestServer } from "../support/server";

/**
 * Discovery against a brute-force computation: elements are generated in a corner of the
 * South Pacific that no other test uses, so that the shared test database does not disturb
 * the counts; private ones are planted everywhere and must never show.
 */
let server: TestServer;
const anonymous = () => new Agent(server.url);
const CENTER = { latitude: -40, longitude: -140 };
const run = randomBytes(3).toString("hex");
const TAG = `tag${run}`;
const EARTH_RADIUS = 6378168; // earthdistance's sphere, in metres

interface Planted {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  private: boolean;
  tags: string[];
}
const planted: Planted[] = [];

/** A pseudo-random sequence, the same on every run. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function distance(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(h));
}

const SEARCH = `query($filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {
  search(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id name tags location { latitude longitude } }
  }
}`;
const MARKERS = `query($box: BoundingBoxInput!, $zoom: Int!, $filter: SearchFilter) {
  mapMarkers(box: $box, zoom: $zoom, filter: $filter) { total markers { id name kind } clusters { latitude longitude count } }
}`;
const TAGS = `query($area: AreaInput, $kind: ElementKind, $first: Int) { tags(area: $area, kind: $kind, first: $first) { tag count } }`;

async function searchAll(filter: Record<string, unknown>, sort?: string, first = 7) {
  const ids: string[] = [];
  let after: string | undefined;
  let totalCount: number;
  for (;;) {
    const { search } = await anonymous().ok(SEARCH, { filter, sort, first, after });
    totalCount = search.totalCount;
    ids.push(...search.nodes.map((node: { id: string }) => node.id));
    if (!search.pageInfo.hasNextPage) break;
    after = search.pageInfo.endCursor;
  }
  return { ids, totalCount };
}

beforeAll(async () => {
  server = await startTestServer();
  const random = sequence(42);
  const repository = server.database.dataSource.getRepository(Organization);
  const rows = Array.from({ length: 260 }, (_, index) => {
    const hidden = index % 10 === 0;
    const latitude = CENTER.latitude + (random() - 0.5) * 0.8;
    const longitude = CENTER.longitude + (random() - 0.5) * 1.0;
    const tags = [TAG, index % 3 === 0 ? "Jardinage" : "vélo", ...(hidden ? [`secret${run}`] : [])];
    const name = index % 25 === 1 ? `Fête de l'Événement ${run} ${index}` : `Place ${run} ${index}`;
    return { name, slug: `p-${run}-${index}`, latitude, longitude, tags, hidden };
  });
  const saved = await repository.save(
    rows.map((row) =>
      repository.create({
        name: row.name,
        slug: row.slug,
        type: OrganizationType.NGO,
        tags: row.tags,
        latitude: row.latitude,
        longitude: row.longitude,
        email: "hidden@example.org",
        settings: { ...DEFAULT_SETTINGS, private: row.hidden },
      }),
    ),
  );
  saved.forEach((element, index) =>
    planted.push({
      id: element.id,
      name: element.name,
      latitude: rows[index].latitude,
      longitude: rows[index].longitude,
      private: rows[index].hidden,
      tags: rows[index].tags,
    }),
  );
});
afterAll(() => server.stop());

const visible = () => planted.filter((element) => !element.private);

describe("search", () => {
  it("finds exactly the visible elements within a radius, nearest first, across pages", async () => {
    const radiusKm = 15;
    const expected = visible()
      .map((element) => ({ id: element.id, metres: distance(CENTER, element) }))
      .filter((element) => element.metres <= radiusKm * 1000)
      .sort((a, b) => a.metres - b.metres);
    // No element sits within a metre of the edge, where rounding could decide.
    expect(expected.length).toBeGreaterThan(10);
    const { ids, totalCount } = await searchAll({ area: { near: { ...CENTER, radiusKm } } }, "DISTANCE");
    expect(ids).toEqual(expected.map((element) => element.id));
    expect(totalCount).toBe(expected.length);
  });

  it("keeps elements at the same point in a stable order across pages, nearest first", async () => {
    const repository = server.database.dataSource.getRepository(Organization);
    const spot = { latitude: -47, longitude: -135 };
    const saved = await repository.save(
      Array.from({ length: 7 }, (_, index) =>
        repository.create({
          name: `Same spot ${run} ${index}`,
          slug: `same-${run}-${index}`,
          type: OrganizationType.NGO,
          // Five share one point (a town's, as addresses without a point get); two are a little further.
          latitude: spot.latitude + (index < 5 ? 0 : 0.001 * index),
          longitude: spot.longitude,
        }),
      ),
    );
    const tied = saved.slice(0, 5).map((element) => element.id);
    const expected = [...tied.sort(), saved[5].id, saved[6].id];
    for (const first of [1, 2, 3]) {
      const { ids, totalCount } = await searchAll({ area: { near: { ...spot, radiusKm: 1 } } }, "DISTANCE", first);
      expect(ids).toEqual(expected);
      expect(totalCount).toBe(7);
    }
  });

  it("finds text without accents or case, by prefix, best matches by name", async () => {
    const named = visible().filter((element) => element.name.startsWith("Fête"));
    for (const text of [`evenement ${run}`, `ÉVÉN ${run}`, `fete de l ${run}`]) {
      const { ids } = await searchAll({ text }, undefined, 100);
      expect(ids.sort()).toEqual(named.map((element) => element.id).sort());
    }
  });

  it("filters by tags, any or all, accents and case aside", async () => {
    const any = await searchAll(
      { tags: ["JARDINAGE", "velo"], area: { near: { ...CENTER, radiusKm: 100 } } },
      "NAME",
      100,
    );
    expect(any.totalCount).toBe(visible().length);
    const all = await searchAll({ tags: [TAG, "jardinage"], allTags: true }, "NAME", 100);
    expect(all.ids.sort()).toEqual(
      visible()
        .filter((element) => element.tags.includes("Jardinage"))
        .map((element) => element.id)
        .sort(),
    );
  });

  it("never shows private elements, their tags or their points, to anyone outside", async () => {
    const hidden = new Set(planted.filter((element) => element.private).map((element) => element.id));
    const box = { south: -41, west: -141, north: -39, east: -139 };
    const everything = await searchAll({ tags: [TAG] }, "NAME", 100);
    expect(everything.ids.some((id) => hidden.has(id))).toBe(false);
    expect((await searchAll({ tags: [`secret${run}`] })).totalCount).toBe(0);
    const { tags } = await anonymous().ok(TAGS, { area: { box }, first: 100 });
    expect(tags.map((entry: { tag: string }) => entry.tag)).not.toContain(`secret${run}`);
    expect(tags).toContainEqual({ tag: TAG, count: visible().length });
    const { mapMarkers } = await anonymous().ok(MARKERS, { box, zoom: 12, filter: { tags: [TAG] } });
    expect(mapMarkers.total).toBe(visible().length);
  });

  it("clusters a crowded map into counts that add up to the total, and shows markers when few", async () => {
    const box = { south: -41, west: -141, north: -39, east: -139 };
    const { mapMarkers: crowded } = await anonymous().ok(MARKERS, { box, zoom: 6, filter: { tags: [TAG] } });
    expect(crowded.total).toBe(visible().length);
    expect(crowded.markers).toEqual([]);
    expect(crowded.clusters.length).toBeGreaterThan(1);
    expect(crowded.clusters.reduce((sum: number, cluster: { count: number }) => sum + cluster.count, 0)).toBe(
      crowded.total,
    );

    const few = { south: -40.05, west: -140.05, north: -39.95, east: -139.95 };
    const expected = visible().filter(
      (element) =>
        element.latitude >= few.south &&
        element.latitude <= few.north &&
        element.longitude >= few.west &&
        element.longitude <= few.east,
    );
    const { mapMarkers } = await anonymous().ok(MARKERS, { box: few, zoom: 14, filter: { tags: [TAG] } });
    expect(mapMarkers.clusters).toEqual([]);
    expect(mapMarkers.markers.map((marker: { id: string }) => marker.id).sort()).toEqual(
      expected.map((element) => element.id).sort(),
    );
  });

  it("refuses invalid coordinates and empty or oversized filters", async () => {
    const near = { ...CENTER, radiusKm: 5 };
    const refused: [string, Record<string, unknown>][] = [
      [SEARCH, { filter: { tags: [] } }],
      [SEARCH, { filter: { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) } }],
      [SEARCH, { filter: { text: "" } }],
      [SEARCH, { filter: { text: "x".repeat(201) } }],
      [SEARCH, { filter: { text: " -- " } }],
      [SEARCH, { filter: { kinds: [] } }],
      [SEARCH, { filter: { kinds: ["PERSON"] } }],
      [SEARCH, { filter: { area: {} } }],
      [SEARCH, { filter: { area: { near, postalCode: "69001" } } }],
      [SEARCH, { filter: { area: { near: { ...near, latitude: 91 } } } }],
      [SEARCH, { filter: { area: { near: { ...near, longitude: -180.5 } } } }],
      [SEARCH, { filter: { area: { near: { ...near, radiusKm: 5000 } } } }],
      [SEARCH, { filter: { area: { box: { south: 10, west: 0, north: 5, east: 1 } } } }],
      [SEARCH, { filter: { dates: {} } }],
      [SEARCH, { sort: "DISTANCE" }],
      [SEARCH, { sort: "RELEVANCE" }],
      [SEARCH, { first: 101 }],
      [SEARCH, { after: "not-a-cursor" }],
      [MARKERS, { box: { south: -91, west: 0, north: 0, east: 1 }, zoom: 3 }],
      [MARKERS, { box: { south: 0, west: 0, north: 1, east: 1 }, zoom: 21 }],
      [TAGS, { first: 101 }],
    ];
    for (const [query, variables] of refused) {
      const result = await anonymous().gql(query, variables);
      expect([JSON.stringify(variables), codeOf(result)]).toEqual([JSON.stringify(variables), "BAD_USER_INPUT"]);
    }
  });
});
