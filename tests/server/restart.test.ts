import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../server/paths";
import { Agent } from "../support/client";
import { newPersonInput, REGISTER } from "../support/factories";
import { freePort } from "../support/server";

/** The real entry point in its own process, on the embedded database in `dataDir`. */
function startProcess(dataDir: string, port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "info" };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  delete env.SMTP_URL;
  const child = spawn(process.execPath, ["-r", "@swc-node/register", "server/main.ts"], { cwd: PROJECT_ROOT, env });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stdout!.on("data", () => {
      if (output.includes("Communect is ready")) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function postGraphQL(port: number, query: string, variables: Record<string, unknown>) {
  const body = JSON.stringify({ query, variables });
  const req = request({
    host: "127.0.0.1",
    port,
    path: "/graphql",
    method: "POST",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
  });
  const sent = new Promise<void>((resolve) => req.once("finish", resolve));
  const response = new Promise<{ data?: any; errors?: unknown }>((resolve, reject) => {
    req.once("error", reject);
    req.once("response", (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve(JSON.parse(text)));
    });
  });
  req.end(body);
  return { sent, response };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("the server process on the embedded database", () => {
  jest.setTimeout(120_000);

  it("finishes a request in flight on SIGTERM, stops cleanly, and keeps the data after a restart or a kill", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "communect-restart-"));
    const port = await freePort();
    const first = await startProcess(dataDir, port);
    const agent = new Agent(`http://localhost:${port}`);
    const input = newPersonInput();

    // Registration hashes a password (tens of ms): signal the server once the request is sent.
    const inFlight = postGraphQL(port, REGISTER, { input });
    await inFlight.sent;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const exited = exitOf(first.child);
    first.child.kill("SIGTERM");
    const response = await inFlight.response;
    expect(response.errors).toBeUndefined();
    expect(await exited).toBe(0);
    expect(first.output()).toContain("stopped cleanly");
    expect(first.output()).toContain("mail written to the outbox");

    const second = await startProcess(dataDir, port);
    const { person } = await agent.ok(`query($u: String!) { person(username: $u) { id displayName } }`, {
      u: input.username,
    });
    expect(person).toEqual({ id: response.data!.register.id, displayName: input.displayName });

    // Even a hard kill keeps what was committed.
    const later = newPersonInput();
    await agent.ok(REGISTER, { input: later });
    const killed = exitOf(second.child);
    second.child.kill("SIGKILL");
    await killed;
    const third = await startProcess(dataDir, port);
    try {
      const found = await agent.ok(`query($u: String!) { person(username: $u) { username } }`, { u: later.username });
      expect(found.person).toEqual({ username: later.username });
    } finally {
      const stopped = exitOf(third.child);
      third.child.kill("SIGINT");
      expect(await stopped).toBe(0);
    }
  });
});
