// A rung of the benchmark's ladder: Apollo Server on bare node:http with a one-line resolver reading
// the same row as the shipped `person(id)`: what GraphQL itself costs, without the application.
import { createServer } from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const apollo = new ApolloServer({
  typeDefs: `type Person { id: ID! username: String! displayName: String! }
             type Query { person(id: ID!): Person }`,
  resolvers: {
    Query: {
      person: async (_: unknown, { id }: { id: string }) =>
        (await pool.query('SELECT id, username, display_name AS "displayName" FROM person WHERE id = $1', [id]))
          .rows[0] ?? null,
    },
  },
  plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginUsageReportingDisabled()],
});

async function main() {
  await apollo.start();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === "string") headers.set(name, value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method ?? "POST",
          headers,
          search: "",
          body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
        },
        context: async () => ({}),
      });
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") res.end(response.body.string);
      else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    });
  });
  server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.("ready"));
  process.on("SIGTERM", () =>
    server.close(
      () =>
        void apollo
          .stop()
          .then(() => pool.end())
          .then(() => process.exit(0)),
    ),
  );
}

void main();
