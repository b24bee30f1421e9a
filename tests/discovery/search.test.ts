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

  it("reads the same pages by name whether or not totalCount is asked for, and counts through fragments", async () => {
    const expected = visible().map((element) => element.id);
    const counted = await searchAll({ tags: [TAG] }, "NAME");
    expect([...counted.ids].sort()).toEqual([...expected].sort());
    expect(counted.totalCount).toBe(expected.length);
    // Without totalCount, a page is read by keyset from the name index rather than from every match.
    const uncounted: { id: string; name: string }[] = [];
    let after: string | undefined;
    for (;;) {
      const { search } = await anonymous().ok(
        `query($filter: SearchFilter, $after: String) {
          search(filter: $filter, sort: NAME, first: 7, after: $after) { pageInfo { endCursor hasNextPage } nodes { id name } }
        }`,
        { filter: { tags: [TAG] }, after },
      );
      uncounted.push(...search.nodes);
      if (!search.pageInfo.hasNextPage) break;
      after = search.pageInfo.endCursor;
    }
    expect(uncounted.map((node) => node.id)).toEqual(counted.ids);
    const names = uncounted.map((node) => node.name.toLowerCase());
    expect(names.every((name, index) => index === 0 || names[index - 1] <= name)).toBe(true);

    const { search } = await anonymous().ok(
      `query($filter: SearchFilter) { search(filter: $filter, first: 1) { ...Counted } }
       fragment Counted on SearchConnection { ... on SearchConnection { total: totalCount } }`,
      { filter: { tags: [TAG] } },
    );
    expect(search.total).toBe(expected.length);
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

  it("matches words and tags exactly through the words table, with a radius, after inserts and updates", async () => {
    // Far from CENTER, so that the other tests' counts stay as they are.
    const spot = { latitude: -45, longitude: -150 };
    const repository = server.database.dataSource.getRepository(Organization);
    const odd = `l'eau\\${run}`;
    const many = Array.from({ length: 40 }, (_, index) => `many${run}w${index}`).join(" ");
    const made = await repository.save(
      [
        { name: `Quokka${run}alpha`, tags: ["vélo", odd], at: 0.01 },
        { name: `Quokka${run}beta`, tags: ["velo"], at: 0.3 },
        { name: `Quokka${run}gamma`, tags: [odd], at: 0.02, description: many },
        { name: `Quokka${run}delta`, tags: ["vélo"], at: 1.5, description: `Zebu${run}first` },
      ].map((row, index) =>
        repository.create({
          name: row.name,
          slug: `q-${run}-${index}`,
          type: OrganizationType.NGO,
          tags: row.tags,
          description: row.description ?? null,
          latitude: spot.latitude + row.at,
          longitude: spot.longitude,
          settings: DEFAULT_SETTINGS,
        }),
      ),
    );
    const ids = (...indexes: number[]) => indexes.map((index) => made[index].id).sort();
    const found = async (filter: Record<string, unknown>) => (await searchAll(filter, "NAME", 100)).ids.sort();
    const near = (radiusKm: number) => ({ near: { ...spot, radiusKm } });

    // A prefix, a whole word and a tag, the radius checked on what the words find (or, with a short word, by its index).
    expect(await found({ text: `quokka${run}`, tags: ["VELO"], area: near(50) })).toEqual(ids(0, 1));
    expect(await found({ text: `quokka${run}al`, area: near(50) })).toEqual(ids(0));
    expect(await found({ text: `qu quokka${run}`, area: near(10) })).toEqual(ids(0, 2));
    expect(await found({ text: `quokka${run}`, tags: ["velo", odd], allTags: true, area: near(500) })).toEqual(ids(0));
    expect(await found({ tags: [odd] })).toEqual(ids(0, 2));
    // A word that begins more than 32 words stays a prefix.
    expect(await found({ text: `many${run}` })).toEqual(ids(2));
    expect(await found({ text: `many${run}w3` })).toEqual(ids(2));

    // A page reads only the columns its nodes' fields need, or all of them for any other field.
    const one = { filter: { text: `quokka${run}gamma` } };
    const lean = await anonymous().ok(
      `query($filter: SearchFilter) { search(filter: $filter) { edges { node { ...card } } } }
       fragment card on CommunityElement { __typename id slug name kind tags shortDescription location { latitude } }`,
      one,
    );
    expect(lean.search.edges).toEqual([
      {
        node: {
          __typename: "Organization",
          id: made[2].id,
          slug: `q-${run}-2`,
          name: `Quokka${run}gamma`,
          kind: "ORGANIZATION",
          tags: [odd],
          shortDescription: null,
          location: { latitude: spot.latitude + 0.02 },
        },
      },
    ]);
    const full = await anonymous().ok(
      `query($filter: SearchFilter) { search(filter: $filter) { nodes { slug description ... on Organization { type } } } }`,
      one,
    );
    expect(full.search.nodes).toEqual([{ slug: `q-${run}-2`, description: many, type: "NGO" }]);

    // Inserts and updates add their words: once one word with a prefix is known, a search by
    // that prefix reads only the known words.
    const known = async (prefix: string) =>
      (
        await server.database.dataSource.query(`SELECT word FROM search_word WHERE word LIKE $1 ORDER BY word`, [
          `${prefix}%`,
        ])
      ).map((row: { word: string }) => row.word);
    expect(await known(`quokka${run}`)).toEqual(
      ["alpha", "beta", "delta", "gamma"].map((word) => `quokka${run}${word}`),
    );
    await repository.update(made[1].id, { description: `Zebu${run}second` });
    expect(await known(`zebu${run}`)).toEqual([`zebu${run}first`, `zebu${run}second`]);
    expect(await found({ text: `zebu${run}`, tags: ["velo"], area: near(500) })).toEqual(ids(1, 3));
    expect(await found({ text: `zebu${run}`, area: near(100) })).toEqual(ids(1));
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
