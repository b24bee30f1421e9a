import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGliteServer } from "./pglite-server";

export interface EmbeddedDatabase {
  url: string;
  close(): Promise<void>;
}

/**
 * PostgreSQL in WebAssembly, served on a loopback port so that the same `pg`
 * driver, data source and migrations work as on a real server.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { cube, earthdistance, unaccent } });
  const server = new PGliteServer(db);
  const address = await server.listen();
  return {
    url: `postgres://postgres@${address}/postgres`,
    async close() {
      await server.close();
      await db.close();
    },
  };
}
