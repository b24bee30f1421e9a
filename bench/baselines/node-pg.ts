// A rung of the benchmark's ladder: plain node:http and pg, no GraphQL, answering the same row
// as `person(id)` in the same JSON shape. Started by bench/run.ts with PORT and DATABASE_URL.
import { createServer } from "node:http";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const PERSON_SQL = "SELECT id, username, display_name FROM person WHERE id = $1";

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", async () => {
    try {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { variables: { id: string } };
      const { rows } = await pool.query(PERSON_SQL, [variables.id]);
      const row = rows[0];
      const person = row ? { id: row.id, username: row.username, displayName: row.display_name } : null;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { person } }));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.("ready"));
process.on("SIGTERM", () => server.close(() => void pool.end().then(() => process.exit(0))));
