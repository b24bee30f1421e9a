import { existsSync } from "node:fs";
import path from "node:path";
import express, { Router } from "express";
import { PROJECT_ROOT } from "../paths";

export const CLIENT_DIST = path.join(PROJECT_ROOT, "client", "dist");

/** Serves the built web app: hashed assets cached for a year, every other path gets index.html. */
export function clientRoutes(root = CLIENT_DIST): Router {
  const router = Router();
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
  router.get(/^\/(?!(?:graphql|healthz|media|outbox\.json)(?:\/|$)).*/, (_req, res) => {
    res.set("Cache-Control", "no-cache").sendFile(path.join(root, "index.html"));
  });
  return router;
}
