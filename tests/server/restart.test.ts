import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../server/paths";
import { Agent } from "../support/client";
import { newPersonInput, REGISTER } from "../support/factories";
import { freePort } from "../support/server";

/** This file's own Redis keys: rate-limit counters of earlier runs on this machine must not count. */
const REDIS_PREFIX = `test-restart-${randomUUID()}`;

/** The real entry point in its own process, on the embedded database in `dataDir`. */
function startProcess(dataDir: string, port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: "info",
    REDIS_PREFIX,
  };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  delete env.SMTP_URL;
  const child = spawn(process.execPath, ["-r", "@swc-node/register", "server/main.ts"], { cwd: PROJECT_ROOT, env });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 240_000);
    child.stdout!.on("data", () => {
      if (output.includes("Communect is ready")) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

/**
 * A GraphQL POST whose body is sent in two halves: until `finish()` the server cannot have
 * answered, so whatever happens in between happens with the request in flight.
 */
function postGraphQLInTwoHalves(port: number, query: string, variables: Record<string, unknown>) {
  const body = Buffer.from(JSON.stringify({ query, variables }));
  const req = request({
    host: "127.0.0.1",
    port,
    path: "/graphql",
    method: "POST",
    headers: { "content-type": "application/json", "content-length": body.length },
  });
  const response = new Promise<{ data?: any; errors?: unknown }>((resolve, reject) => {
    req.once("error", reject);
    req.once("response", (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve(JSON.parse(text)));
    });
  });
  const half = Math.floor(body.length / 2);
  const firstHalfSent = new Promise<void>((resolve) => req.write(body.subarray(0, half), () => resolve()));
  return {
    firstHalfSent,
    response,
    finish() {
      req.end(body.subarray(half));
    },
  };
}

async function waitFor(output: () => string, text: string) {
  const deadline = Date.now() + 120_000;
  while (!output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`"${text}" never came:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Verifies an account with the link of the mail the server wrote to its outbox (written just after answering). */
async function verifyFromOutbox(agent: Agent, port: number, email: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { mails } = (await (await fetch(`http://localhost:${port}/outbox.json`)).json()) as {
      mails: { to: string; text: string }[];
    };
    const link = mails.find((mail) => mail.to === email)?.text.match(/verify-email\?token=([\w-]+)/);
    if (link) {
      await agent.ok(`mutation($t: String!) { verifyEmail(input: { token: $t }) { id } }`, { t: link[1] });
      return;
    }
    if (Date.now() > deadline) throw new Error(`no verification mail to ${email} in the outbox`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("the server process on the embedded database", () => {
  // Compiling the server from sources and starting it three times: minutes on busy cores.
  jest.setTimeout(900_000);

  it("finishes a request in flight on SIGTERM, stops cleanly, and keeps the data after a restart or a kill", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "communect-restart-"));
    const port = await freePort();
    const first = await startProcess(dataDir, port);
    const agent = new Agent(`http://localhost:${port}`);
    const input = newPersonInput();

    // The server has half of the request when it receives SIGTERM: it must wait for the rest
    // and answer before stopping.
    const inFlight = postGraphQLInTwoHalves(port, REGISTER, { input });
    await inFlight.firstHalfSent;
    await new Promise((resolve) => setTimeout(resolve, 300)); // time for the server to read the headers
    const exited = exitOf(first.child);
    first.child.kill("SIGTERM");
    await waitFor(first.output, "shutting down: finishing requests in flight");
    inFlight.finish();
    const response = await inFlight.response;
    expect(response.errors).toBeUndefined();
    expect(response.data!.register.id).toEqual(expect.any(String));
    expect(await exited).toBe(0);
    expect(first.output()).toContain("stopped cleanly");
    expect(first.output()).toContain("mail written to the outbox");

    const second = await startProcess(dataDir, port);
    // Unverified accounts are invisible to others: verify it with the link mailed before the stop.
    await verifyFromOutbox(agent, port, input.email);
    const { person } = await agent.ok(`query($u: String!) { person(username: $u) { id displayName } }`, {
      u: input.username,
    });
    expect(person).toEqual({ id: response.data!.register.id, displayName: input.displayName });

    // Even a hard kill keeps what was committed.
    const later = newPersonInput();
    await agent.ok(REGISTER, { input: later });
    await verifyFromOutbox(agent, port, later.email);
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
      const code = await stopped;
      // On a failed stop, the server's own log says why.
      expect({ code, log: code === 0 ? "" : third.output().slice(-3000) }).toEqual({ code: 0, log: "" });
    }
  });
});
