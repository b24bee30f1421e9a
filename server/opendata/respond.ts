import type { Request, RequestHandler, Response } from "express";
import type { DataSource } from "typeorm";
import type { Services } from "../graphql/services";
import type { Logger } from "../logger";
import type { ReadAnonymously } from "./anonymous";
import { type DataSourceName, answeredNotModified, dataVersion } from "./freshness";
import { type DataLicence, dataLicence } from "./licence";
import type { PagePath } from "./elements";
import { OpenDataRequestError } from "./request-error";

/** What every export route may use. */
export interface OpenDataDeps {
  /** Runs a GraphQL query as an anonymous visitor (see anonymous.ts). */
  read: ReadAnonymously;
  dataSource: DataSource;
  services: Services;
  publicUrl: string;
  logger: Logger;
  /** DATA_DIR: the data package is kept in its open-data folder. */
  dataDir: string;
}

/** An export's handler: a request it cannot use answers 400 with what to change; other errors go on. */
export function exportHandler(handle: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req, res, next) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof OpenDataRequestError && !res.headersSent) error.send(res);
      else if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else next(error);
    });
  };
}

export interface ExportAnswer {
  /** Its media type. */
  type: string;
  /** The file name offered when it is saved. */
  filename: string;
  /** What it is made of, for its version (ETag, Last-Modified). */
  sources: DataSourceName[];
}

/**
 * Sets what every export answers with: the licence's link, the media type, ETag and
 * Last-Modified. Returns null when it answered 304 (the client's copy is current), else the
 * licence for the body to state.
 */
export async function startExport(
  deps: OpenDataDeps,
  req: Request,
  res: Response,
  answer: ExportAnswer,
): Promise<DataLicence | null> {
  const licence = await dataLicence(deps.read);
  res.setHeader("Link", `<${licence.url}>; rel="license"`);
  const version = await dataVersion(deps.dataSource, answer.sources);
  if (answeredNotModified(req, res, version, req.originalUrl)) return null;
  res.type(answer.type).setHeader("Content-Disposition", `inline; filename="${answer.filename}"`);
  return licence;
}

/** Slugs and usernames as URLs carry them; anything else is no element's. */
const SLUG = /^[a-z0-9][a-z0-9._-]{0,79}$/i;

/**
 * The slug in `/<file>` when it ends with `extension` (`.jsonld`), else null: an element
 * export's file name.
 */
export function slugOf(file: string, extension: string): string | null {
  if (!file.endsWith(extension)) return null;
  const slug = file.slice(0, -extension.length);
  return SLUG.test(slug) ? slug : null;
}

export function answerNotFound(res: Response): void {
  res.status(404).type("text/plain").send("No public element here.\n");
}

/** Writes a chunk, waiting while the client reads more slowly than we write. */
export async function write(res: Response, chunk: string): Promise<void> {
  if (res.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const drained = () => {
      res.off("close", closed);
      resolve();
    };
    const closed = () => {
      res.off("drain", drained);
      reject(new Error("The client left before the end of the export."));
    };
    res.once("drain", drained);
    res.once("close", closed);
  });
}

/**
 * Streams a list: `opening`, each item as `item` writes it (null leaves it out) separated by
 * `separator`, then `closing`. The first page is read before anything is written, so that a
 * refused filter still answers 400.
 */
export async function streamList<N>(
  res: Response,
  pages: AsyncGenerator<N[]>,
  parts: { opening: string; item: (node: N) => string | null; separator: string; closing: string },
): Promise<void> {
  const first = await pages.next();
  await write(res, parts.opening);
  let count = 0;
  // A page in one write: a write per item made the socket's writes most of a long export's time.
  const writePage = async (nodes: N[]) => {
    let chunk = "";
    for (const node of nodes) {
      const text = parts.item(node);
      if (text === null) continue;
      chunk += count++ ? parts.separator + text : text;
    }
    if (chunk) await write(res, chunk);
  };
  if (!first.done) {
    await writePage(first.value);
    for await (const page of pages) await writePage(page);
  }
  await write(res, parts.closing);
  res.end();
}

/** Answers one element's export (`path` such as events, `slug` its slug or a person's username). */
export type OneExport = (
  deps: OpenDataDeps,
  req: Request,
  res: Response,
  path: PagePath,
  slug: string,
) => Promise<void>;

/** The query parameters of a request, as list-filters reads them. */
export function queryOf(req: Request): URLSearchParams {
  return new URL(req.originalUrl, "http://localhost").searchParams;
}
