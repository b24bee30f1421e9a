import { Router } from "express";
import type { DataSource } from "typeorm";

/** GET /healthz answers 200 when the database answers, 503 otherwise. */
export function healthRoutes(dataSource: DataSource): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ok", database: "ok" });
    } catch {
      res.status(503).json({ status: "unavailable", database: "unreachable" });
    }
  });
  return router;
}
