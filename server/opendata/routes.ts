import { Router } from "express";
import { calendarOfOne, calendarRoutes } from "./calendar";
import { addDataPackageRoutes } from "./data-package";
import { addElementsCsvRoute } from "./elements-csv";
import { PAGE_PATHS, type PagePath } from "./elements";
import { geoJsonOfOne, geoJsonRoutes } from "./geojson";
import { jsonLdOfOne, jsonLdRoutes, pageJsonLd } from "./jsonld";
import { liveFeedRoutes } from "./live-feed";
import { type OpenDataDeps, type OneExport, answerNotFound, exportHandler, slugOf } from "./respond";
import { sitemapRoutes } from "./sitemap";

export type { OpenDataDeps } from "./respond";

/** One element's export, by the file's extension. */
const ONE_ELEMENT: Record<string, OneExport> = {
  ".jsonld": jsonLdOfOne,
  ".geojson": geoJsonOfOne,
  ".ics": calendarOfOne,
};

/** GET /open-data/…: each format adds its routes here (the README lists them: a public contract). */
export function openDataRoutes(deps: OpenDataDeps): Router {
  const router = Router();
  addElementsCsvRoute(router, deps);
  addDataPackageRoutes(router, deps);
  jsonLdRoutes(router, deps);
  geoJsonRoutes(router, deps);
  calendarRoutes(router, deps);
  liveFeedRoutes(router, deps);
  router.get(
    "/:path/:file",
    exportHandler(async (req, res) => {
      const path = req.params.path as string;
      const file = req.params.file as string;
      const extension = /\.[a-z]+$/.exec(file)?.[0] ?? "";
      const one = Object.hasOwn(ONE_ELEMENT, extension) ? ONE_ELEMENT[extension] : null;
      const slug = slugOf(file, extension);
      if (!one || !slug || !Object.hasOwn(PAGE_PATHS, path)) return answerNotFound(res);
      await one(deps, req, res, path as PagePath, slug);
    }),
  );
  return router;
}

export { sitemapRoutes };

/**
 * For the web app's HTML: the JSON-LD of a public element's main page (`/events/<slug>`,
 * `/people/<username>`…), null for other paths.
 */
export function pageJsonLdFor(deps: OpenDataDeps): (path: string) => Promise<string | null> {
  return async (path) => {
    const match = /^\/(organizations|projects|events|people)\/([^/]+)\/?$/.exec(path);
    const slug = match && slugOf(`${match[2]}.`, ".");
    if (!match || !slug) return null;
    return pageJsonLd(deps, match[1] as PagePath, slug);
  };
}
