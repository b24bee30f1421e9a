import { existsSync } from "node:fs";
import path from "node:path";
import { Router } from "express";
import { ATTRIBUTES, type Widget, WIDGETS } from "../../client/src/embed/options";
import { CLIENT_DIST } from "./client";
import { setHeaders } from "./security";

/** Longest attribute value passed on to a widget (the widget itself checks the values). */
const MAX_VALUE = 200;

/** The framed page's only styles: no margin, a readable font (no host page to inherit one from). */
const FRAME_CSS = "html,body{margin:0;padding:0;background:transparent}body{font-family:system-ui,sans-serif}";

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A page holding one widget, its attributes taken from the query (unknown ones left out). */
export function embedPage(widget: Widget, query: Record<string, unknown>): string {
  const attributes = ATTRIBUTES.flatMap((name) => {
    const value = query[name];
    return typeof value === "string" && value.length <= MAX_VALUE ? [` ${name}="${escapeHtml(value)}"`] : [];
  }).join("");
  const lang = query.lang === "en" ? "en" : "fr";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Communect</title>
<link rel="stylesheet" href="/embed/frame.css">
<script type="module" src="/embed.js"></script>
</head>
<body>
<main><communect-${widget}${attributes}></communect-${widget}></main>
</body>
</html>
`;
}

/**
 * The iframe alternative for sites that cannot run scripts: `/embed/<widget>?<attributes>` with the
 * same options as the elements. These pages, and only these, may be framed by any site
 * (`frame-ancestors *`, see security.ts).
 */
export function embedRoutes(frameableHeaders: [string, string][], root = CLIENT_DIST): Router {
  const router = Router();
  router.get("/embed/frame.css", (_req, res) => {
    res.type("text/css").set("Cache-Control", "public, max-age=3600").send(FRAME_CSS);
  });
  router.get("/embed/:widget", (req, res, next) => {
    const widget = req.params.widget as Widget;
    if (!WIDGETS.includes(widget)) return next();
    if (!existsSync(path.join(root, "embed.js"))) {
      res.status(503).type("text").send("The widgets are not built yet: run `npm run build`.");
      return;
    }
    res.removeHeader("X-Frame-Options");
    setHeaders(res, frameableHeaders);
    res
      .type("html")
      .set("Cache-Control", "public, max-age=300")
      .send(embedPage(widget, req.query as Record<string, unknown>));
  });
  return router;
}
