import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import express, { type Request, type Response, Router } from "express";
import type { GraphQLSchema } from "graphql";
import { printSorted } from "../emit-schema";
import { PROJECT_ROOT } from "../paths";

export const CLIENT_DIST = path.join(PROJECT_ROOT, "client", "dist");

/**
 * Paths that are never pages of the app: the server's own routes, and anything that looks
 * like a file (a last segment with an extension: /foo.php, /.env, /favicon.ico) or an API
 * (/api/…). They answer 404 rather than the app's HTML, which would claim they exist.
 */
const NOT_A_PAGE =
  /^\/(?:(?:graphql|healthz|media|outbox\.json|assets|embed|embed-assets|api)(?:\/|$)|(?:.*\/)?[^/]*\.[^/]*$)/;

/** Public pages are for crawlers; the API, uploads, the local outbox and personal pages are not. */
export const ROBOTS_TXT = `# Communect: public pages and images may be crawled; the API and personal pages may not.
User-agent: *
Allow: /
Disallow: /graphql
# Uploads (POST /media); the images under /media/ stay allowed.
Disallow: /media$
Disallow: /outbox
# Widget pages for other sites' frames.
Disallow: /embed/
Disallow: /settings
Disallow: /me/
Disallow: /verify-email
Disallow: /reset-password
`;

/** What the server adds to the app's pages for search engines (see server/opendata). */
export interface PageExtras {
  publicUrl: string;
  /** The JSON-LD of a public element's page (`/events/<slug>`…), or null. */
  jsonLd(path: string): Promise<string | null>;
}

/**
 * JSON made safe inside a <script> element: no text of the data can close the element or open
 * a comment, since `<`, `>` and `&` (and the line separators JavaScript once refused) are escaped.
 */
export function scriptSafeJson(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function notFound(_req: Request, res: Response) {
  res.status(404).type("text").send("Not found.");
}

/**
 * Serves the built web app: hashed assets cached for a year, robots.txt, index.html for every
 * path that may be a page, and 404 for the rest.
 */
export function clientRoutes(root = CLIENT_DIST, extras?: PageExtras): Router {
  const router = Router();
  const robots = extras ? `${ROBOTS_TXT}\nSitemap: ${extras.publicUrl}/sitemap.xml\n` : ROBOTS_TXT;
  router.get("/robots.txt", (_req, res) => {
    res.type("text/plain").set("Cache-Control", "public, max-age=3600").send(robots);
  });
  if (!existsSync(path.join(root, "index.html"))) {
    router.get("/", (_req, res) => {
      res.status(503).type("text").send("The web app is not built yet: run `npm run build`.");
    });
    return router;
  }
  router.use(
    "/assets",
    express.static(path.join(root, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }),
  );
  router.use(express.static(root, { index: false, maxAge: "1h" }));
  const index = readFileSync(path.join(root, "index.html"), "utf8");
  router.get(/.*/, (req, res, next) => {
    if (NOT_A_PAGE.test(req.path)) return next();
    if (!extras) return sendApp(res, root);
    extras
      .jsonLd(req.path)
      .then((jsonLd) => {
        if (!jsonLd) return sendApp(res, root);
        const script = `<script type="application/ld+json">${scriptSafeJson(jsonLd)}</script>`;
        res
          .set("Cache-Control", "no-cache")
          .type("html")
          .send(index.replace("</head>", `${script}\n</head>`));
      })
      .catch(next);
  });
  router.use(notFound);
  return router;
}

function sendApp(res: Response, root: string) {
  res.set("Cache-Control", "no-cache").sendFile(path.join(root, "index.html"));
}

/**
 * `/graphql` opened in a browser (a GET asking for HTML) shows the app's API explorer page
 * rather than the API's refusal of a request without a CSRF-safe header. Clients asking for
 * JSON, and every POST, go on to the API. `/graphql/schema.graphql` is the schema as text
 * (what the explorer shows, and what code generators read).
 */
/**
 * A browser opening /graphql asks for a page: it lists HTML and no JSON. API clients list JSON
 * (or nothing, or anything: curl's default) and get the API.
 */
export function asksForPage(accept: string | undefined): boolean {
  return !!accept && /\btext\/html\b/.test(accept) && !/\bapplication\/(graphql-response\+)?json\b/.test(accept);
}

export function apiExplorerRoutes(schema: GraphQLSchema, root = CLIENT_DIST): Router {
  const router = Router();
  const printed = printSorted(schema);
  router.get("/graphql/schema.graphql", (_req, res) => {
    res.type("text/plain").set("Cache-Control", "no-cache").send(printed);
  });
  router.get("/graphql", (req, res, next) => {
    if (!asksForPage(req.headers.accept)) return next();
    if (!existsSync(path.join(root, "index.html"))) {
      res.status(503).type("text").send("The web app is not built yet: run `npm run build`.");
      return;
    }
    sendApp(res, root);
  });
  return router;
}
