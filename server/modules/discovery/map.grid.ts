import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Element } from "../elements/element.entity";
import type { BoundingBoxInput, SearchFilter } from "./search.inputs";

/** Clusters are cells of a grid with at most about this many cells over the box. */
const GRID_CELLS = 400;
/** The finest level `map_cell` keeps (migration MapCells): cells of 45 / 2^8 degrees. */
const FINEST_KEPT_LEVEL = 8;

export interface MapCluster {
  latitude: number;
  longitude: number;
  count: number;
}

/**
 * The grid of a map view: cells of 45 / 2^level degrees (zoom z's grid is level z), the finest
 * level whose cells are at least as large as the zoom asks and few enough over the box. Sizes
 * are powers of two apart so that `map_cell` can keep each level, and the same cell holds the
 * same points whether counted there or live (both compute floor(coordinate / size) on the same
 * doubles).
 */
export function gridLevel(box: BoundingBoxInput, zoom: number): number {
  const byZoom = 360 / 2 ** zoom / 8;
  const byBox = Math.sqrt(((box.north - box.south) * (box.east - box.west)) / GRID_CELLS);
  const wanted = Math.max(byZoom, byBox, 1e-6);
  let level = Math.max(0, Math.floor(Math.log2(45 / wanted)));
  while (level > 0 && 45 / 2 ** level < wanted) level--;
  while (45 / 2 ** (level + 1) >= wanted) level++;
  return level;
}

/** Whether `map_cell` can answer a filter: it counts by kind only. */
function countedByKind(filter: SearchFilter | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([name, value]) => value === undefined || name === "kinds" || name === "area");
}

const CLUSTERS = (points: string) => `
  SELECT latitude_sum / count AS latitude, longitude_sum / count AS longitude, count
  FROM (SELECT sum(latitude_sum) AS latitude_sum, sum(longitude_sum) AS longitude_sum, sum(count)::int AS count
        FROM (${points}) points GROUP BY cell_y, cell_x) cells
  WHERE count > 0
  ORDER BY count DESC, latitude, longitude`;

/**
 * The clusters of the points `inView` selects (a filtered query on `element` over `box`, with
 * the viewer's visibility), on the grid of `level`, each at the mean point of its elements.
 */
export async function gridClusters(
  db: DataSource,
  inView: () => SelectQueryBuilder<Element>,
  box: BoundingBoxInput,
  level: number,
  filter: SearchFilter | undefined,
  kinds: string[],
): Promise<MapCluster[]> {
  const size = 45 / 2 ** level;
  // The cells wholly inside the box (a margin of one cell on each side).
  const inner = {
    south: Math.floor(box.south / size) + 1,
    north: Math.floor(box.north / size) - 1,
    west: Math.floor(box.west / size) + 1,
    east: Math.floor(box.east / size) - 1,
  };
  const kept = level <= FINEST_KEPT_LEVEL && countedByKind(filter);
  if (!kept || inner.south > inner.north || inner.west > inner.east) {
    // Every point in the box, one by one. The cells come out of a subquery kept apart by
    // OFFSET 0: grouped on the columns themselves, PostgreSQL would expect one group per
    // point and sort them all instead of hashing a few hundred cells.
    return query(db, CLUSTERS(`${pointsOf(inView())} OFFSET 0`), inView().getParameters(), size);
  }
  // Inside: map_cell's counts of what everyone sees, plus what it leaves out that this viewer
  // may see (private elements of their communities, pending deletions). Outside, the edges of
  // the box, each read by the index on its own coordinate (so every part is an index-only scan).
  const y = "floor(element.latitude / :mapCell)::int";
  const x = "floor(element.longitude / :mapCell)::int";
  const margin = size * 1e-9;
  const parts = [
    inView().andWhere(`${y} < :innerSouth AND element.latitude < :southEdge`),
    inView().andWhere(`${y} > :innerNorth AND element.latitude > :northEdge`),
    inView().andWhere(
      `${y} BETWEEN :innerSouth AND :innerNorth AND ${x} < :innerWest AND element.longitude < :westEdge`,
    ),
    inView().andWhere(
      `${y} BETWEEN :innerSouth AND :innerNorth AND ${x} > :innerEast AND element.longitude > :eastEdge`,
    ),
    inView()
      .andWhere(`${y} BETWEEN :innerSouth AND :innerNorth AND ${x} BETWEEN :innerWest AND :innerEast`)
      .andWhere("(element.private OR element.deletion_requested_at IS NOT NULL)"),
  ];
  const counted = `SELECT cell_y, cell_x, count, latitude_sum, longitude_sum FROM map_cell
    WHERE level = :mapLevel AND kind IN (:...mapKinds)
      AND cell_y BETWEEN :innerSouth AND :innerNorth AND cell_x BETWEEN :innerWest AND :innerEast`;
  const sql = CLUSTERS([counted, ...parts.map((part) => pointsOf(part))].join("\nUNION ALL\n"));
  return query(db, sql, inView().getParameters(), size, {
    mapLevel: level,
    mapKinds: kinds,
    innerSouth: inner.south,
    innerNorth: inner.north,
    innerWest: inner.west,
    innerEast: inner.east,
    southEdge: inner.south * size + margin,
    northEdge: (inner.north + 1) * size - margin,
    westEdge: inner.west * size + margin,
    eastEdge: (inner.east + 1) * size - margin,
  });
}

/** A query's points as one-point cells of the grid (`:mapCell` degrees), in the SQL of its named parameters. */
function pointsOf(points: SelectQueryBuilder<Element>): string {
  // Named columns in a set order: TypeORM may reorder its selections, and UNION ALL matches by position.
  return `SELECT cell_y, cell_x, count, latitude_sum, longitude_sum FROM (${points
    .select("floor(element.latitude / :mapCell)::int", "cell_y")
    .addSelect("floor(element.longitude / :mapCell)::int", "cell_x")
    .addSelect("1", "count")
    .addSelect("element.latitude", "latitude_sum")
    .addSelect("element.longitude", "longitude_sum")
    .getQuery()}) points`;
}

async function query(
  db: DataSource,
  sql: string,
  parameters: ObjectLiteral,
  size: number,
  more: ObjectLiteral = {},
): Promise<MapCluster[]> {
  const [text, values] = db.driver.escapeQueryWithParameters(sql, { ...parameters, ...more, mapCell: size });
  return db.query(text, values);
}
