import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Router } from "express";
import type { Logger } from "../logger";
import type { ReadAnonymously } from "./anonymous";
import { CSV_COLUMNS } from "./csv-columns";
import { answeredNotModified, dataVersion, type DataVersion } from "./freshness";
import { dataLicence } from "./licence";
import { exportHandler, type OpenDataDeps } from "./respond";

/**
 * The files of the data package: each is what its export route serves, fetched over loopback
 * HTTP so that the package holds exactly that. A route that answers 404 (a format this
 * instance does not serve yet) is left out with a log line.
 */
export const PACKAGED_FILES = [
  {
    name: "elements-csv",
    route: "/open-data/elements.csv",
    path: "elements.csv",
    format: "csv",
    mediatype: "text/csv",
    title: "Organizations, projects and events (CSV)",
    schema: {
      fields: CSV_COLUMNS.map(({ name, type, description }) => ({ name, type, description })),
      primaryKey: ["id"],
    },
  },
  {
    name: "elements-jsonld",
    route: "/open-data/elements.jsonld",
    path: "elements.jsonld",
    format: "jsonld",
    mediatype: "application/ld+json",
    title: "Organizations, projects and events (schema.org JSON-LD)",
  },
] as const;

/** Where the package's files are served, under /open-data. */
export const PACKAGE_FOLDER = "package";

export interface PackageProgress {
  (file: string, done: number, total: number): void;
}

/**
 * Writes the data package to `dir`: each file of PACKAGED_FILES as `baseUrl` serves it, and
 * datapackage.json (Frictionless Data Package v1) describing every file, its fields, size and
 * hash, and the licence. `resourcePrefix` goes before each file's path in the descriptor.
 */
export async function writeDataPackage(options: {
  baseUrl: string;
  dir: string;
  read: ReadAnonymously;
  publicUrl: string;
  logger: Pick<Logger, "warn">;
  resourcePrefix?: string;
  progress?: PackageProgress;
}): Promise<{ resources: number }> {
  const { baseUrl, dir, logger } = options;
  await mkdir(dir, { recursive: true });
  const resources: Record<string, unknown>[] = [];
  for (const [index, file] of PACKAGED_FILES.entries()) {
    options.progress?.(file.path, index, PACKAGED_FILES.length);
    const response = await fetch(`${baseUrl}${file.route}`);
    if (response.status === 404) {
      await response.body?.cancel();
      logger.warn({ route: file.route }, `data package: ${file.route} answers 404, ${file.path} is left out`);
      continue;
    }
    if (!response.ok || !response.body) throw new Error(`data package: ${file.route} answered ${response.status}`);
    const hash = createHash("sha256");
    let bytes = 0;
    const counting = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(response.body as never), counting, createWriteStream(path.join(dir, file.path)));
    const { route: _route, ...described } = file;
    resources.push({
      ...described,
      path: `${options.resourcePrefix ?? ""}${file.path}`,
      encoding: "utf-8",
      bytes,
      hash: `sha256:${hash.digest("hex")}`,
    });
  }
  options.progress?.("datapackage.json", PACKAGED_FILES.length, PACKAGED_FILES.length);
  const licence = await dataLicence(options.read);
  const { instance } = await options.read<{ instance: { timeZone: string } }>(`{ instance { timeZone } }`);
  const descriptor = {
    profile: "data-package",
    name: "communect-open-data",
    title: "Communect: organizations, projects and events",
    homepage: options.publicUrl,
    created: new Date().toISOString(),
    licenses: [{ name: licence.id, title: licence.name, path: licence.url }],
    keywords: ["communect", "local", "associations", "events", instance.timeZone],
    resources,
  };
  await writeFile(path.join(dir, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
  return { resources: resources.length };
}

/**
 * /open-data/datapackage.json and its files, built in the background from the live routes and
 * kept on disk (DATA_DIR/open-data) until the data changes. A request never waits for a build:
 * it gets the last package (even from older data) while a new one is made, or 503 with
 * Retry-After before the first one is ready.
 */
export class DataPackageCache {
  private building: Promise<void> | null = null;
  /** The version the current files on disk were built from, when there are some. */
  private built: DataVersion | null = null;

  constructor(
    private readonly deps: OpenDataDeps,
    private readonly retryAfterSeconds = 30,
  ) {}

  private get dir() {
    return path.join(this.deps.dataDir, "open-data", "package");
  }

  routes(router: Router): void {
    router.get(
      "/datapackage.json",
      exportHandler(async (req, res) => {
        const current = await dataVersion(this.deps.dataSource, ["elements"]);
        const ready = await this.ensure(current, `http://127.0.0.1:${req.socket.localPort}`);
        if (!ready) {
          res.setHeader("Retry-After", String(this.retryAfterSeconds));
          res
            .status(503)
            .json({ error: { code: "PREPARING", message: "The data package is being made; retry soon." } });
          return;
        }
        if (answeredNotModified(req, res, ready, "datapackage")) return;
        res.type("application/json").send(await readFile(path.join(this.dir, "datapackage.json")));
      }),
    );
    router.get(
      `/${PACKAGE_FOLDER}/:file`,
      exportHandler(async (req, res) => {
        const file = PACKAGED_FILES.find((candidate) => candidate.path === req.params.file);
        if (!file || !this.built) {
          res.status(404).type("text/plain").send("No such file in the data package (see datapackage.json).\n");
          return;
        }
        if (answeredNotModified(req, res, this.built, `package/${file.path}`)) return;
        res.type(file.mediatype === "text/csv" ? "text/csv; charset=utf-8; header=present" : file.mediatype);
        const stream = createReadStream(path.join(this.dir, file.path));
        stream.once("error", () => (res.headersSent ? res.destroy() : res.status(404).end()));
        await pipeline(stream, res);
      }),
    );
  }

  /** The version of the package on disk (starting a build when the data changed), or null before the first. */
  private async ensure(current: DataVersion, baseUrl: string): Promise<DataVersion | null> {
    if (this.built?.tag !== current.tag && !this.building) {
      this.building = this.build(current, baseUrl).finally(() => (this.building = null));
      this.building.catch((error: unknown) => this.deps.logger.error({ err: error }, "data package build failed"));
    }
    return this.built;
  }

  private async build(version: DataVersion, baseUrl: string): Promise<void> {
    // Built aside and swapped in, so a request never reads a half-written file.
    const next = `${this.dir}.next`;
    await rm(next, { recursive: true, force: true });
    await writeDataPackage({
      baseUrl,
      dir: next,
      read: this.deps.read,
      publicUrl: this.deps.publicUrl,
      logger: this.deps.logger,
      resourcePrefix: `${PACKAGE_FOLDER}/`,
    });
    await rm(this.dir, { recursive: true, force: true });
    await rename(next, this.dir);
    this.built = version;
  }
}

/** GET /open-data/datapackage.json and /open-data/package/<file>. */
export function addDataPackageRoutes(router: Router, deps: OpenDataDeps): void {
  new DataPackageCache(deps).routes(router);
}
