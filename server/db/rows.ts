import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { Pool, PoolClient } from "pg";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";

/** Column types that pg already returns as the entity holds them (arrays of these too). */
const AS_PG_GIVES = new Set(["uuid", "text", "boolean", "integer", "timestamptz", "jsonb"]);

interface Plan {
  create(): ObjectLiteral;
  columns: { property: string; key: string; column: ColumnMetadata; convert: boolean }[];
}

/**
 * Rows of an entity read by hand-written SQL and hydrated cheaply: each column copied from the pg row
 * onto a new instance (TypeORM's own conversion only for the few types pg does not give as stored,
 * such as `date`). For the hot read paths (loaders by id, the session), where building the query
 * with TypeORM and transforming its raw results cost more than the statement itself. Single-table
 * inheritance is followed: a row becomes an instance of the child class its discriminator names.
 */
export class EntityRows<T extends ObjectLiteral> {
  private static readonly known = new WeakMap<DataSource, Map<unknown, EntityRows<ObjectLiteral>>>();

  /** The reader of an entity's rows on a data source, made once. */
  static of<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>): EntityRows<T> {
    let readers = EntityRows.known.get(dataSource);
    if (!readers) EntityRows.known.set(dataSource, (readers = new Map()));
    let reader = readers.get(entity);
    if (!reader) readers.set(entity, (reader = new EntityRows(dataSource, entity)));
    return reader as unknown as EntityRows<T>;
  }

  private static readonly preparing = new WeakSet<DataSource>();
  private static readonly statementNames = new Map<string, string>();
  /**
   * At most this many statement texts are prepared (each connection keeps them all): a bound for texts
   * that vary more than expected (a page's LIMIT, lists of values); further ones run unprepared.
   */
  private static readonly PREPARED_MAX = 500;

  /**
   * Lets the fixed statements of this module run as named prepared statements on this data source:
   * each connection then parses and plans them once. Only on a real PostgreSQL: the embedded one
   * serves every connection from one session, where a second connection preparing the same name fails.
   */
  static prepareStatements(dataSource: DataSource): void {
    EntityRows.preparing.add(dataSource);
  }

  /**
   * Runs a fixed statement (never text built from input), prepared when the data source allows it,
   * announced to TypeORM's logger and subscribers as its own statements are (so statement counts stay
   * exact).
   */
  static async query(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<Record<string, unknown>[]> {
    if (!EntityRows.preparing.has(dataSource)) return dataSource.query(sql, parameters);
    let name = EntityRows.statementNames.get(sql);
    if (!name) {
      if (EntityRows.statementNames.size >= EntityRows.PREPARED_MAX) return dataSource.query(sql, parameters);
      EntityRows.statementNames.set(sql, (name = `rows_${EntityRows.statementNames.size + 1}`));
    }
    // Subscribers listening to statements (none in the server; a test may add one) hear of it through
    // a query runner of TypeORM's, as for its own statements.
    if (dataSource.subscribers.some((subscriber) => subscriber.beforeQuery)) {
      const runner = dataSource.createQueryRunner();
      try {
        const client = (await runner.connect()) as PoolClient;
        dataSource.logger.logQuery(sql, parameters, runner);
        await runner.broadcaster.broadcast("BeforeQuery", sql, parameters);
        const { rows } = await client.query({ name, text: sql, values: parameters });
        return rows;
      } finally {
        await runner.release();
      }
    }
    // Otherwise straight on the data source's pool: a query runner (made, connected, released) cost
    // as much CPU as the statement's own parsing. Still announced to the logger (tests count statements).
    dataSource.logger.logQuery(sql, parameters);
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    const { rows } = await pool.query({ name, text: sql, values: parameters });
    return rows;
  }

  private readonly metadata: EntityMetadata;
  private readonly plans = new Map<string, Plan>();
  private readonly byIdSql = new Map<string, string>();
  private readonly selects = new Map<string, string>();

  private constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
  ) {
    this.metadata = dataSource.getMetadata(entity);
  }

  /**
   * A query builder's rows, as `getMany()` gives them, but with every stored column of its main alias
   * selected by name and hydrated here: TypeORM still writes the SQL (conditions, joins, order,
   * limit), its result transformer is skipped. The query must not join relations to hydrate.
   */
  static async getMany<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    /** Prepared (a data source's query builder only, as for `count`), for texts that vary with little. */
    prepared = false,
  ): Promise<T[]> {
    const main = query.expressionMap.mainAlias!;
    const reader = EntityRows.of<T>(query.connection, main.metadata.target as EntityTarget<T>);
    const [sql, parameters] = query.select(reader.select(main.name)).getQueryAndParameters();
    const rows = prepared
      ? await EntityRows.query(query.connection, sql, parameters)
      : ((await query.connection.query(sql, parameters)) as Record<string, unknown>[]);
    return rows.map((row) => reader.hydrate(row));
  }

  /**
   * `query.getCount()` of a data source's query builder (not a transaction's: this runs on a connection
   * of its own), as a prepared statement: for queries without joins, whose count TypeORM writes as
   * COUNT(1) (with joins, TypeORM's own count, which counts distinct rows of the main alias).
   */
  static async count(query: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
    if (EntityRows.joins(query)) return query.getCount();
    const [sql, parameters] = EntityRows.counting(query).getQueryAndParameters();
    const [row] = await EntityRows.query(query.connection, sql, parameters);
    return row?.cnt ? parseInt(String(row.cnt), 10) : 0;
  }

  /**
   * `getMany(page, true)` and `count(all)` in one prepared statement: the page's rows, each with the
   * count of `all` (a subquery PostgreSQL runs once), one round trip instead of two. A page without
   * rows carries no count: it is 0 when the page started at the beginning of the list (`fromStart`:
   * no cursor, no offset), else a second statement counts.
   */
  static async getManyAndCount<T extends ObjectLiteral>(
    page: SelectQueryBuilder<T>,
    all: SelectQueryBuilder<ObjectLiteral>,
    fromStart: boolean,
  ): Promise<[T[], number]> {
    if (EntityRows.joins(all)) return Promise.all([EntityRows.getMany(page, true), all.getCount()]);
    const main = page.expressionMap.mainAlias!;
    const reader = EntityRows.of<T>(page.connection, main.metadata.target as EntityTarget<T>);
    const count = EntityRows.counting(all);
    const [sql, parameters] = page
      .select(reader.select(main.name))
      .addSelect(`(${count.getQuery()})`, "total_count")
      .setParameters(count.getParameters())
      .getQueryAndParameters();
    const rows = await EntityRows.query(page.connection, sql, parameters);
    if (rows.length === 0) return [[], fromStart ? 0 : await EntityRows.count(all)];
    return [rows.map((row) => reader.hydrate(row)), parseInt(String(rows[0].total_count), 10)];
  }

  private static joins(query: SelectQueryBuilder<ObjectLiteral>): boolean {
    const { joinAttributes, relationIdAttributes } = query.expressionMap;
    return joinAttributes.length > 0 || relationIdAttributes.length > 0;
  }

  /** The query counting a query's rows, as TypeORM writes it for a query without joins. */
  private static counting(query: SelectQueryBuilder<ObjectLiteral>): SelectQueryBuilder<ObjectLiteral> {
    return query
      .clone()
      .orderBy()
      .groupBy()
      .offset(undefined)
      .limit(undefined)
      .skip(undefined)
      .take(undefined)
      .select("COUNT(1)", "cnt")
      .setOption("disable-global-order");
  }

  /**
   * The rows with these ids (in no particular order) in one statement; `where` adds a condition on
   * the table, aliased as its name (a fixed SQL text, never built from input); `columns` (by column
   * name) reads only those, leaving the entity's other properties undefined.
   */
  async byIds(ids: readonly string[], where = "", columns?: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    // One id (a loader's usual batch for a page about one thing) compares with `=`: PostgreSQL then
    // runs the statement in half the CPU of `= ANY` over an array of one, which it parses first.
    const one = ids.length === 1;
    const key = `${one}\u0000${where}\u0000${columns?.join(",") ?? ""}`;
    let sql = this.byIdSql.get(key);
    if (!sql) {
      const alias = this.metadata.tableName;
      const list = columns ? this.selectColumns(alias, columns) : this.select(alias);
      const condition = one ? `${alias}.id = $1::uuid` : `${alias}.id = ANY($1::uuid[])`;
      sql = `SELECT ${list} FROM ${this.table} ${alias} WHERE ${condition}`;
      if (where) sql += ` AND (${where})`;
      this.byIdSql.set(key, sql);
    }
    const rows = await EntityRows.query(this.dataSource, sql, one ? [ids[0]] : [ids]);
    return rows.map((row) => this.hydrate(row));
  }

  get table(): string {
    return `"${this.metadata.tableName}"`;
  }

  /** The SELECT list of every stored column of `alias`, as `<prefix><column name>`. */
  select(alias: string, prefix = ""): string {
    const name = `${alias}\u0000${prefix}`;
    let list = this.selects.get(name);
    if (!list) this.selects.set(name, (list = this.selectList(alias, prefix)));
    return list;
  }

  /** The SELECT list of these stored columns (by column name) of `alias`, for `hydrate`. */
  selectColumns(alias: string, names: readonly string[]): string {
    const name = `${alias}\u0000\u0000${names.join(",")}`;
    let list = this.selects.get(name);
    if (!list) {
      list = names
        .map((column) => {
          if (!this.metadata.findColumnWithDatabaseName(column)) throw new Error(`no column ${column}`);
          return `${alias}."${column}" AS "${column}"`;
        })
        .join(", ");
      this.selects.set(name, list);
    }
    return list;
  }

  private selectList(alias: string, prefix: string): string {
    return (
      this.metadata.columns
        // Columns not selected by default (generated search and distance columns) stay out, as with TypeORM.
        .filter((column) => column.isSelect && (!column.isVirtual || column === this.metadata.discriminatorColumn))
        .map((column) => `${alias}."${column.databaseName}" AS "${prefix}${column.databaseName}"`)
        .join(", ")
    );
  }

  /** An entity from a row read with `select(alias, prefix)`. */
  hydrate(row: Record<string, unknown>, prefix = ""): T {
    const discriminator = this.metadata.discriminatorColumn;
    const kind = discriminator ? String(row[`${prefix}${discriminator.databaseName}`]) : "";
    const plan = this.plan(kind, prefix);
    const entity = plan.create();
    const driver = this.dataSource.driver;
    for (const { property, key, column, convert } of plan.columns) {
      const value = row[key];
      if (value === undefined) continue;
      entity[property] = convert && value !== null ? driver.prepareHydratedValue(value, column) : value;
    }
    return entity as T;
  }

  private plan(kind: string, prefix: string): Plan {
    const name = `${kind}\u0000${prefix}`;
    let plan = this.plans.get(name);
    if (plan) return plan;
    const metadata = kind
      ? (this.metadata.childEntityMetadatas.find((child) => child.discriminatorValue === kind) ?? this.metadata)
      : this.metadata;
    const target = metadata.target as new () => ObjectLiteral;
    plan = {
      create: () => new target(),
      columns: metadata.columns
        .filter((column) => !column.isVirtual && !column.embeddedMetadata)
        .map((column) => ({
          property: column.propertyName,
          key: `${prefix}${column.databaseName}`,
          column,
          convert: !(typeof column.type === "string" && AS_PG_GIVES.has(column.type)) || !!column.transformer,
        })),
    };
    this.plans.set(name, plan);
    return plan;
  }
}
