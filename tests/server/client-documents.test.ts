import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../server/paths";

// codegen loads ES modules that jest cannot require: it runs in its own process, which prints
// what it would write instead of writing it.
const program = `require("@graphql-codegen/cli")
  .generate({ ...require("./client/codegen.ts").default, silent: true }, false)
  .then((outputs) => process.stdout.write(JSON.stringify(outputs)))
  .catch((error) => { console.error(error); process.exit(1); });`;

describe("client/src/graphql/generated", () => {
  it("holds what codegen makes of schema.graphql and the client's documents (run `npm run codegen`)", () => {
    const { NODE_OPTIONS: _jestOnly, ...env } = process.env;
    const outputs: { filename: string; content: string }[] = JSON.parse(
      execFileSync(process.execPath, ["-r", "@swc-node/register", "-e", program], {
        cwd: PROJECT_ROOT,
        env,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }),
    );
    expect(outputs.map((output) => output.filename).sort()).toEqual(
      ["gql.ts", "graphql.ts", "index.ts"].map((file) => `client/src/graphql/generated/${file}`),
    );
    for (const { filename, content } of outputs) {
      expect([filename, readFileSync(path.resolve(PROJECT_ROOT, filename), "utf8")]).toEqual([filename, content]);
    }
  });
});
