import { execFileSync } from "node:child_process";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";

const root = path.resolve(__dirname, "../..");
// The logger as main.ts builds it, writing to the process's real stdout.
const program = `require("reflect-metadata"); const { createLogger } = require("./server/logger");
createLogger("info").info({ signal: "SIGTERM" }, "stopped cleanly"); process.exit(0);`;
const node = ["-r", "@swc-node/register", "-e", program];

describe("logs", () => {
  it("are JSON lines when stdout is not a terminal", () => {
    const output = execFileSync(process.execPath, node, { cwd: root, encoding: "utf8", env: cleanEnv() });
    expect(JSON.parse(output.trim())).toMatchObject({ level: 30, msg: "stopped cleanly", signal: "SIGTERM" });
  });

  it("are readable lines on a terminal, flushed before the process exits", () => {
    // util-linux `script` runs the command on a pseudo-terminal.
    const command = [process.execPath, ...node].map((part) => `'${part.replaceAll("'", `'\\''`)}'`).join(" ");
    const output = execFileSync("script", ["-qec", command, "/dev/null"], {
      cwd: root,
      encoding: "utf8",
      env: cleanEnv(),
    });
    const text = stripVTControlCharacters(output);
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: stopped cleanly\r?\n\s+signal: "SIGTERM"/);
    expect(text).not.toContain("{");
  });
});

function cleanEnv(): NodeJS.ProcessEnv {
  // jest's NODE_OPTIONS (vm modules) are not needed by the child.
  return { PATH: process.env.PATH, HOME: process.env.HOME, TERM: "xterm" };
}
