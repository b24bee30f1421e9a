import { randomBytes } from "node:crypto";
import { DEFAULT_SETTINGS } from "../../server/modules/elements/element.entity";
import { MARKER_LIMIT } from "../../server/modules/discovery/search.service";
import { Organization, OrganizationType } from "../../server/modules/organizations/organization.entity";
import { Agent } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

/**
 * A whole-region map at a coarse zoom counts the cells inside its box from `map_cell` (kept
 * by triggers, migration MapCells) and reads the box's edges and what map_cell leaves out
 * live. Checked against a brute-force grid of the planted elements, against the live count of
 * the same view (a tag filter, which map_cell cannot answer), and after each kind of change
 * made through the API. Elements sit in a corner of the Southern Ocean that no other test uses.
 */
let server: TestServer;
let admin: PersonFixture;
const anonymous = () => new Agent(server.url);
const run = randomBytes(3).toString("hex");
const TAG = `cell${run}`;
/** Not aligned on the grid, so that every side cuts cells: zoom 6's cells are 45 / 2^6 degrees. */
const BOX = { south: -61.3, west: 98.2, north: -58.6, east: 101.9 };
const ZOOM = 6;
const SIZE = 45 / 2 ** 6;

interface Point {
  id: string;
  latitude: number;
  longitude: number;
  private: boolean;
}
const planted: Point[] = [];

const MARKERS = `query($box: BoundingBoxInput!, $zoom: Int!, $filter: SearchFilter) {
  mapMarkers(box: $box, zoom: $zoom, filter: $filter) { total markers { id } clusters { latitude longitude count } }
}`;

interface Cluster {
  latitude: number;
  longitude: number;
  count: number;
}

function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const inBox = (point: { latitude: number; longitude: number }, box = BOX) =>
  point.latitude >= box.south &&
  point.latitude <= box.north &&
  point.longitude >= box.west &&
  point.longitude <= box.east;

/** The grid computed here: each cell's count and mean point, sorted by cell. */
function bruteForce(points: { latitude: number; longitude: number }[]) {
  const cells = new Map<string, { count: number; latitude: number; longitude: number }>();
  for (const point of points.filter((one) => inBox(one))) {
    const key = `${Math.floor(point.latitude / SIZE)}:${Math.floor(point.longitude / SIZE)}`;
    const cell = cells.get(key) ?? { count: 0, latitude: 0, longitude: 0 };
    cell.count++;
    cell.latitude += point.latitude;
    cell.longitude += point.longitude;
    cells.set(key, cell);
  }
  return sortedCells(
    [...cells.values()].map((cell) => ({
      count: cell.count,
      latitude: cell.latitude / cell.count,
      longitude: cell.longitude / cell.count,
    })),
  );
}

/** Clusters keyed by the cell their mean point falls in (a mean stays inside its cell). */
function sortedCells(clusters: Cluster[]) {
  return clusters
    .map((cluster) => ({
      cell: `${Math.floor(cluster.latitude / SIZE)}:${Math.floor(cluster.longitude / SIZE)}`,
      count: cluster.count,
      latitude: Number(cluster.latitude.toFixed(6)),
      longitude: Number(cluster.longitude.toFixed(6)),
    }))
    .sort((a, b) => a.cell.localeCompare(b.cell));
}

async function view(agent: Agent, filter?: Record<string, unknown>) {
  const { mapMarkers } = await agent.ok(MARKERS, { box: BOX, zoom: ZOOM, filter });
  expect(mapMarkers.markers).toEqual([]);
  expect(mapMarkers.clusters.reduce((sum: number, cluster: Cluster) => sum + cluster.count, 0)).toBe(mapMarkers.total);
  return { total: mapMarkers.total as number, cells: sortedCells(mapMarkers.clusters) };
}

/** The view from map_cell must be the view counted live (the tag, carried by every planted element, forces it). */
async function expectMatches(agent: Agent, points: { latitude: number; longitude: number }[]) {
  const counted = await view(agent);
  expect(counted.cells).toEqual(bruteForce(points));
  expect(counted).toEqual(await view(agent, { tags: [TAG] }));
  return counted;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await createPerson(server);
  const random = sequence(7);
  const repository = server.database.dataSource.getRepository(Organization);
  // 400 spread over the box and a little beyond it (outside points must not count), one in ten private.
  const rows = Array.from({ length: 400 }, (_, index) => ({
    latitude: BOX.south - 0.3 + random() * (BOX.north - BOX.south + 0.6),
    longitude: BOX.west - 0.3 + random() * (BOX.east - BOX.west + 0.6),
    hidden: index % 10 === 0,
  }));
  const saved = await repository.save(
    rows.map((row, index) =>
      repository.create({
        name: `Cell ${run} ${index}`,
        slug: `cell-${run}-${index}`,
        type: OrganizationType.NGO,
        tags: [TAG],
        latitude: row.latitude,
        longitude: row.longitude,
        settings: { ...DEFAULT_SETTINGS, private: row.hidden },
      }),
    ),
  );
  saved.forEach((element, index) => planted.push({ id: element.id, ...rows[index], private: rows[index].hidden }));
});
afterAll(() => server.stop());

const visible = () => planted.filter((point) => !point.private);

describe("map cells", () => {
  it("counts a coarse view as the brute-force grid and the live count do, private elements left out", async () => {
    const { total } = await expectMatches(anonymous(), visible());
    expect(total).toBe(visible().filter((point) => inBox(point)).length);
    expect(total).toBeGreaterThan(MARKER_LIMIT);
  });

  it("matches each cluster with the markers of its cell", async () => {
    const { cells } = await view(anonymous());
    for (const cell of cells.slice(0, 4)) {
      const [y, x] = cell.cell.split(":").map(Number);
      const box = {
        south: Math.max(BOX.south, y * SIZE),
        north: Math.min(BOX.north, (y + 1) * SIZE - 1e-9),
        west: Math.max(BOX.west, x * SIZE),
        east: Math.min(BOX.east, (x + 1) * SIZE - 1e-9),
      };
      const { mapMarkers } = await anonymous().ok(MARKERS, { box, zoom: 14 });
      expect(mapMarkers.clusters).toEqual([]);
      expect(mapMarkers.markers).toHaveLength(cell.count);
    }
  });

  it("follows an element created, moved, made private, deleted through the API", async () => {
    const inner = { latitude: -60.1, longitude: 100.1 };
    const created = await createOrganization(admin, { tags: [TAG], location: inner });
    const point = { id: created.id, ...inner, private: false };
    planted.push(point);
    await expectMatches(anonymous(), visible());

    // Moved to another cell inside the box, then to its edge.
    for (const to of [
      { latitude: -59.3, longitude: 99.2 },
      { latitude: -58.7, longitude: 101.8 },
    ]) {
      await admin.agent.ok(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, {
        input: { id: created.id, location: to },
      });
      Object.assign(point, to);
      await expectMatches(anonymous(), visible());
    }
    await admin.agent.ok(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, {
      input: { id: created.id, location: inner },
    });
    Object.assign(point, inner);

    // Private: gone for everyone outside, still counted for its administrator (a member).
    await setElementSettings(admin, created.id, { private: true });
    point.private = true;
    await expectMatches(anonymous(), visible());
    const forAdmin = await view(admin.agent);
    expect(forAdmin.cells).toEqual(bruteForce([...visible(), point]));
    await setElementSettings(admin, created.id, { private: false });
    point.private = false;
    await expectMatches(anonymous(), visible());

    // A deletion asked for: still shown during its delay, then deleted for good.
    await admin.agent.ok(`mutation($input: ElementIdInput!) { requestElementDeletion(input: $input) { id } }`, {
      input: { id: created.id },
    });
    await expectMatches(anonymous(), visible());
    await server.database.dataSource.query(
      `UPDATE element SET deletion_requested_at = now() - interval '1000 days' WHERE id = $1`,
      [created.id],
    );
    point.private = true; // past its delay: no one sees it any more
    await expectMatches(anonymous(), visible());
    await server.app.services.elements.purgeExpiredDeletions();
    const [{ count }] = await server.database.dataSource.query(
      `SELECT count(*)::int AS count FROM element WHERE id = $1`,
      [created.id],
    );
    expect(count).toBe(0);
    await expectMatches(anonymous(), visible());
  });

  it("keeps map_cell equal to a count from scratch", async () => {
    const db = server.database.dataSource;
    const drift: unknown[] = await db.query(`
      WITH counted AS (
        SELECT level, kind, floor(latitude / (45::float8 / 2::float8 ^ level))::int AS cell_y,
               floor(longitude / (45::float8 / 2::float8 ^ level))::int AS cell_x, count(*)::int AS count
        FROM element, generate_series(0, 8) AS level
        WHERE latitude IS NOT NULL AND kind <> 'person' AND NOT private AND deleted_at IS NULL
          AND deletion_requested_at IS NULL AND recurrence_series_id IS NULL
        GROUP BY 1, 2, 3, 4)
      SELECT * FROM counted FULL JOIN (SELECT * FROM map_cell WHERE count <> 0) kept USING (level, kind, cell_y, cell_x)
      WHERE counted.count IS DISTINCT FROM kept.count`);
    expect(drift).toEqual([]);
  });
});
