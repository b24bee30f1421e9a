import type { DataSource } from "typeorm";
import { EntityRows } from "../../db/rows";
import { DEFAULT_PAGE_SIZE, type Page } from "../../graphql/connection";
import type { Person } from "../accounts/person.entity";
import { Element } from "../elements/element.entity";
import { whereVisible } from "../policy/visibility";
import {
  type ChangedOccurrenceTimes,
  type DateMatch,
  dateRange,
  firstOccurrences,
  type SeriesSchedule,
  whereRecurringCandidate,
} from "./search.dates";
import { gridClusters, gridLevel, type MapCluster } from "./map.grid";
import { checkBox, SEARCHED_KINDS, textQuery, whereArea, whereFilter } from "./search.filter";
import { type MapMarkersArgs, type SearchArgs, type SearchFilter, SearchSort, type TagsArgs } from "./search.inputs";
import { searchOrder } from "./search.order";

/** At most this many elements in view are shown one by one; beyond, the map shows clusters. */
export const MARKER_LIMIT = 200;

export interface TagCount {
  tag: string;
  count: number;
}

export interface MapPoint {
  id: string;
  slug: string;
  name: string;
  kind: string;
  latitude: number;
  longitude: number;
}

export interface MapView {
  total: number;
  markers: MapPoint[];
  clusters: MapCluster[];
}

/** Discovery over organizations, projects and events: search, tags, map markers, always within what the viewer may see. */
export class SearchService {
  constructor(
    private readonly db: DataSource,
    private readonly deletionDelayDays: number,
    /** The instance's zone, where TODAY and THIS_WEEK end. */
    private readonly timeZone: string,
  ) {}

  private visible(viewer: Person | null) {
    const query = this.db.getRepository(Element).createQueryBuilder("element");
    return whereVisible(query, "element", viewer?.id ?? null, this.deletionDelayDays);
  }

  /**
   * The filtered query, as a factory (a page and its count each need one). A date filter is
   * resolved first: SQL narrows recurring series to those whose span (or a changed
   * occurrence) overlaps the range, with every other filter applied, and only those are
   * expanded here; the series that really have an occurrence in the range then go into the
   * SQL by id, so that totals and keyset pages stay exact.
   */
  private async filtered(viewer: Person | null, filter: SearchFilter | undefined, now: Date, byDate = false) {
    const dates = filter?.dates ? await this.dateMatch(viewer, filter, now, byDate) : undefined;
    return { dates, query: () => whereFilter(this.visible(viewer), filter, dates) };
  }

  private async dateMatch(viewer: Person | null, filter: SearchFilter, now: Date, byDate: boolean): Promise<DateMatch> {
    const window = dateRange(filter.dates!, now, this.timeZone);
    const series: SeriesSchedule[] = await whereRecurringCandidate(
      whereFilter(this.visible(viewer), { ...filter, dates: undefined }, undefined),
      window,
    )
      .select("element.id", "id")
      .addSelect("element.starts_at", "startsAt")
      .addSelect("element.ends_at", "endsAt")
      .addSelect("element.time_zone", "timeZone")
      .addSelect("element.recurrence_rule", "recurrenceRule")
      .addSelect("element.recurrence_exceptions", "recurrenceExceptions")
      .getRawMany();
    // Changed occurrences the viewer may see, as the series' `occurrences` field lists them.
    const changed: ChangedOccurrenceTimes[] = series.length
      ? await this.visible(viewer)
          .andWhere("element.recurrence_series_id = ANY(CAST(:seriesIds AS uuid[]))", {
            seriesIds: series.map((one) => one.id),
          })
          .select("element.recurrence_series_id", "seriesId")
          .addSelect("element.recurrence_original_start", "originalStart")
          .addSelect("element.starts_at", "startsAt")
          .addSelect("element.ends_at", "endsAt")
          .getRawMany()
      : [];
    return { ...window, series: firstOccurrences(series, changed, window, byDate) };
  }

  /**
   * A page of the search. `columns`, when given (see ./search.columns.ts), are the only columns
   * of the elements read: the nodes then hold those alone. `counted: false` when the caller does
   * not read totalCount (the exports): the page is then read without reading every match.
   */
  async search(
    viewer: Person | null,
    args: SearchArgs,
    { columns, now = new Date(), counted = true }: { columns?: readonly string[]; now?: Date; counted?: boolean } = {},
  ): Promise<Page<Element>> {
    const { filter, first = DEFAULT_PAGE_SIZE, after } = args;
    const text = filter?.text !== undefined ? textQuery(filter.text) : null;
    const near = filter?.area?.near;
    const sort = args.sort ?? (text ? SearchSort.RELEVANCE : near ? SearchSort.DISTANCE : SearchSort.NAME);
    const { dates, query: filtered } = await this.filtered(viewer, filter, now, sort === SearchSort.DATE);
    const order = searchOrder(sort, near, text, dates?.series);

    const elements = EntityRows.of(this.db, Element);
    const { rows, totalCount } = await order.page(
      this.db,
      order.keyed(filtered().select("element.id", "id")),
      columns ? elements.selectColumns("element", columns) : elements.select("element"),
      first + 1,
      after,
      counted,
    );
    return order.connection(
      rows.map((row) => ({ element: elements.hydrate(row), key: row.sort_key })),
      first,
      totalCount,
      after,
    );
  }

  /** The most used tags (in their most frequent spelling), with how many elements carry them. */
  async tags(viewer: Person | null, args: TagsArgs): Promise<TagCount[]> {
    const query = this.visible(viewer).andWhere("element.recurrence_series_id IS NULL");
    query.andWhere(args.kind ? "element.kind = :tagKind" : "element.kind <> 'person'", { tagKind: args.kind });
    if (args.area) whereArea(query, "element", args.area, "area");
    const [sql, parameters] = query.select("element.tags", "tags").getQueryAndParameters();
    const rows: { tag: string; count: number }[] = await this.db.query(
      `SELECT mode() WITHIN GROUP (ORDER BY btrim(tag)) AS tag, count(*)::int AS count
       FROM (${sql}) tagged, unnest(tagged.tags) AS tag
       GROUP BY search_text(btrim(tag)) ORDER BY count DESC, tag LIMIT $${parameters.length + 1}`,
      [...parameters, args.first ?? 30],
    );
    return rows;
  }

  /**
   * What a map shows of the box: each element when there are at most MARKER_LIMIT, else
   * clusters over a grid sized by the zoom and the box (./map.grid.ts), each at the mean
   * point of its elements with their count.
   */
  async mapMarkers(viewer: Person | null, args: MapMarkersArgs, now = new Date()): Promise<MapView> {
    checkBox(args.box, "box");
    const { query: inView } = await this.filtered(viewer, { ...args.filter, area: { box: args.box } }, now);
    const level = gridLevel(args.box, args.zoom);
    // One pass: the grid's counts add up to the total, and only a view of few elements reads them again.
    const clusters = await gridClusters(
      this.db,
      inView,
      args.box,
      level,
      args.filter,
      args.filter?.kinds ?? SEARCHED_KINDS,
    );
    const total = clusters.reduce((sum, cluster) => sum + cluster.count, 0);
    if (total <= MARKER_LIMIT) {
      const rows: MapPoint[] = await inView()
        .select(["element.id AS id", "element.slug AS slug", "element.name AS name", "element.kind AS kind"])
        .addSelect("element.latitude", "latitude")
        .addSelect("element.longitude", "longitude")
        .orderBy("element.id")
        .getRawMany();
      return { total, markers: rows, clusters: [] };
    }
    return { total, markers: [], clusters };
  }
}
