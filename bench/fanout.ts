// `npm run bench:fanout`: the Live's fan-out. N WebSocket subscribers of `liveNews` spread over
// several areas (half of them signed in), 200 posts published through the API; delivery latency,
// messages per second, the server's CPU and memory, lost and wrongly delivered messages; with one
// server process, then two on Redis. Appends its rows to BENCHMARKS.md.
import "reflect-metadata";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { type Client as SocketClient, createClient } from "graphql-ws";
import { Client } from "pg";
import WebSocket from "ws";
import { type BenchDatabase, openBenchDatabase } from "./database";
import { appendResult, type Section } from "./report";
import { type ServerProcess, startServer } from "./server";

const REPORT_FILE = path.resolve(__dirname, "..", "BENCHMARKS.md");
/** Areas, by postal code: each subscriber watches one, each post is shown in one. */
const AREAS = [
  { postalCode: "69001", city: "Lyon" },
  { postalCode: "75001", city: "Paris" },
  { postalCode: "13001", city: "Marseille" },
  { postalCode: "59000", city: "Lille" },
  { postalCode: "44000", city: "Nantes" },
];
/** Posting is limited per person (30 an hour): enough authors for every run to stay under it. */
const AUTHORS_PER_AREA = 10;
/** People whose sessions the signed-in subscribers share. */
const READERS = 50;
/** Every PRIVATE_EVERY-th post is private: no Live subscriber may receive it. */
const PRIVATE_EVERY = 10;
const QUIET_MS = 10_000;
const OPEN_BATCH = 250;

const SECTION: Section = {
  title: "Live fan-out: subscribers of an area's Live",
  intro: `
\`npm run bench:fanout\` (\`bench/fanout.ts\`): the client (this process) opens N WebSockets to the real server
(\`server/main.ts\` in child processes), each subscribed to \`liveNews(area: { postalCode })\` for one of
${AREAS.length} towns, one socket in two signed in (sessions of ${READERS} people); then ${AUTHORS_PER_AREA * AREAS.length}
administrators of organizations in those towns post through \`postNews\` at a steady rate, one post in
${PRIVATE_EVERY} private (which no Live subscriber may receive). **Latency** is from sending the mutation to
receiving the event (so it includes the post's own transaction), in milliseconds; **msgs/s** the events received
divided by the time from the first post to the last event; **CPU** the servers' user + system time over that
time (100 % = one core), and the same for this client process; **waiting** the share of that time the servers'
JavaScript threads were ready to run but waited for a core (/proc schedstat: what the machine's other work took
from them); **load** the machine's one-minute load average at the end; **RSS** the servers' largest resident memory; **lost** the events a subscriber should
have received and did not; **wrong** events received by a subscriber who should not (another area, or a
private post). With two processes, subscribers are spread over both, posts go through the first, and events
cross Redis (\`REDIS_URL\`).`,
  columns: [
    "Date (UTC)",
    "Database",
    "Node",
    "CPUs",
    "Server processes",
    "Subscribers",
    "Posts",
    "Latency p50 / p95 / p99 ms",
    "msgs/s",
    "Server CPU %",
    "Client CPU %",
    "Server waiting %",
    "Load",
    "Server RSS MB",
    "Lost",
    "Wrong",
  ],
};

interface Options {
  subscribers: number[];
  posts: number;
  rate: number;
  serverUrl?: string;
  redisUrl?: string;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      subscribers: { type: "string" },
      posts: { type: "string" },
      rate: { type: "string" },
    },
  });
  const counts = (values.subscribers ?? process.env.BENCH_SUBSCRIBERS ?? "1000,5000").split(",").map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < AREAS.length || n > 20_000)) {
    throw new Error(`subscribers must be whole numbers from ${AREAS.length} to 20000, separated by commas`);
  }
  const posts = Number(values.posts ?? process.env.BENCH_POSTS ?? 200);
  const rate = Number(values.rate ?? process.env.BENCH_POST_RATE ?? 10);
  if (!Number.isInteger(posts) || posts < 1 || posts > 1000) throw new Error("posts must be from 1 to 1000");
  if (!(rate > 0 && rate <= 100)) throw new Error("rate (posts per second) must be more than 0 and at most 100");
  return {
    subscribers: counts,
    posts,
    rate,
    serverUrl: process.env.DATABASE_URL || undefined,
    redisUrl: process.env.REDIS_URL || undefined,
  };
}

const step = (message: string) => console.log(`• ${message}`);

interface Person {
  id: string;
  cookie: string;
}

/** People with a verified e-mail and a live session, written straight in SQL (no mail, no hashing cost). */
async function seedPeople(url: string, prefix: string, count: number): Promise<Person[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const people: Person[] = [];
    for (let n = 0; n < count; n++) {
      const token = randomBytes(32).toString("base64url");
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO person (username, display_name, email, password_hash, email_verified_at)
         VALUES ($1, $2, $3, 'not-a-password-hash', now()) RETURNING id`,
        [`${prefix}${n}`, `Bench ${prefix} ${n}`, `${prefix}${n}@example.org`],
      );
      await client.query(
        `INSERT INTO session (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
        [createHash("sha256").update(token).digest("hex"), rows[0].id],
      );
      people.push({ id: rows[0].id, cookie: `communect_session=${token}` });
    }
    return people;
  } finally {
    await client.end();
  }
}

async function graphql<T>(url: string, cookie: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`;
const SUBSCRIPTION = `subscription($area: AreaInput!) { liveNews(area: $area) { change newsId news { id text } } }`;

interface Author extends Person {
  area: number;
  wallId: string;
}

/**
 * CPU seconds (user + system) and resident memory of a process, and how long its main (JavaScript)
 * thread waited for a core while ready to run: on a shared machine, the time others took from it.
 */
function processUsage(pid: number): { cpuSeconds: number; rssMb: number; waitSeconds: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of stat (here 11 and 12, counted after the command name).
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  const waitNs = Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[1]);
  return { cpuSeconds: ticks / 100, rssMb: rss ? Number(rss[1]) / 1024 : 0, waitSeconds: waitNs / 1e9 };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface RunResult {
  latencies: number[];
  received: number;
  expected: number;
  lost: number;
  wrong: number;
  seconds: number;
  cpuPercent: number;
  /** This process's own CPU over the same time: the subscribers' side. */
  clientCpuPercent: number;
  /** How long the servers' main threads waited for a core, over the same time (per process, averaged). */
  waitPercent: number;
  rssMb: number;
}

/** Opens the subscribers (in batches, waiting for each socket's acknowledgement) and returns them with what they receive. */
async function openSubscribers(servers: ServerProcess[], count: number, readers: Person[], runId: string) {
  const sockets: SocketClient[] = [];
  const listeners: ((area: number, text: string) => void)[] = [];
  for (let start = 0; start < count; start += OPEN_BATCH) {
    const batch: Promise<void>[] = [];
    for (let i = start; i < Math.min(count, start + OPEN_BATCH); i++) {
      const area = i % AREAS.length;
      const cookie = i % 2 === 1 ? readers[i % readers.length].cookie : undefined;
      const server = servers[i % servers.length];
      class WithCookie extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: cookie ? { cookie } : {} });
        }
      }
      const socket = createClient({
        url: server.url.replace(/^http/, "ws") + "/graphql",
        webSocketImpl: WithCookie,
        lazy: false,
        retryAttempts: 0,
      });
      sockets.push(socket);
      batch.push(
        new Promise<void>((resolve, reject) => {
          socket.on("connected", () => resolve());
          socket.on("error", reject);
        }),
      );
      socket.subscribe(
        { query: SUBSCRIPTION, variables: { area: { postalCode: AREAS[area].postalCode } } },
        {
          next: (value) => {
            const text = (value.data as { liveNews?: { news?: { text?: string } | null } } | undefined)?.liveNews?.news
              ?.text;
            if (text?.startsWith(runId)) for (const listen of listeners) listen(area, text);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    }
    await Promise.all(batch);
  }
  return {
    sockets,
    onEvent: (listen: (area: number, text: string) => void) => listeners.push(listen),
    close: async () => {
      await Promise.all(sockets.map((socket) => socket.dispose()));
    },
  };
}

async function run(servers: ServerProcess[], authors: Author[], readers: Person[], count: number, options: Options) {
  const runId = `bench-${randomUUID().slice(0, 8)}`;
  const subscribers = await openSubscribers(servers, count, readers, runId);
  const perArea = AREAS.map((_, area) => Math.floor(count / AREAS.length) + (area < count % AREAS.length ? 1 : 0));
  const post = (author: Author, text: string, audience: "PUBLIC" | "PRIVATE") =>
    graphql(servers[0].url, author.cookie, POST, { input: { wallId: author.wallId, text, audience } });

  // Priming: subscriptions register asynchronously (through Redis with two processes).
  const primed = AREAS.map(() => 0);
  subscribers.onEvent((area, text) => {
    if (text.startsWith(`${runId} prime`)) primed[area]++;
  });
  for (let area = 0; area < AREAS.length; area++) {
    const ofArea = authors.filter((a) => a.area === area);
    for (let attempt = 0; primed[area] < perArea[area]; attempt++) {
      if (attempt >= 10) throw new Error(`only ${primed[area]} of ${perArea[area]} subscribers of an area answered`);
      await post(ofArea[attempt % ofArea.length], `${runId} prime ${attempt}`, "PUBLIC");
      await sleep(1000);
    }
  }
  await sleep(1000);

  const sentAt = new Map<number, { area: number; at: number; private: boolean }>();
  const latencies: number[] = [];
  let wrong = 0;
  let received = 0;
  let lastReceipt = 0;
  subscribers.onEvent((area, text) => {
    const match = /^\S+ post (\d+)$/.exec(text);
    if (!match) return;
    const sent = sentAt.get(Number(match[1]));
    lastReceipt = performance.now();
    if (!sent || sent.private || sent.area !== area) {
      wrong++;
      return;
    }
    received++;
    latencies.push(lastReceipt - sent.at);
  });

  const before = servers.map((server) => processUsage(server.pid));
  let maxRss = before.reduce((sum, usage) => sum + usage.rssMb, 0);
  const sampler = setInterval(() => {
    const rss = servers.reduce((sum, server) => sum + processUsage(server.pid).rssMb, 0);
    maxRss = Math.max(maxRss, rss);
  }, 250);
  const started = performance.now();
  const clientBefore = process.cpuUsage();
  let expected = 0;
  const sends: Promise<unknown>[] = [];
  for (let k = 0; k < options.posts; k++) {
    const author = authors[k % authors.length];
    const isPrivate = k % PRIVATE_EVERY === PRIVATE_EVERY - 1;
    if (!isPrivate) expected += perArea[author.area];
    const due = started + (k * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    sentAt.set(k, { area: author.area, at: performance.now(), private: isPrivate });
    sends.push(post(author, `${runId} post ${k}`, isPrivate ? "PRIVATE" : "PUBLIC"));
  }
  await Promise.all(sends);
  // Wait for every expected event, or for QUIET_MS without any.
  for (let quietSince = performance.now(); received < expected;) {
    const seen = received + wrong;
    await sleep(200);
    if (received + wrong !== seen) quietSince = performance.now();
    else if (performance.now() - quietSince > QUIET_MS) break;
  }
  clearInterval(sampler);
  const after = servers.map((server) => processUsage(server.pid));
  const seconds = ((lastReceipt || performance.now()) - started) / 1000;
  const cpuSeconds = after.reduce((sum, usage, i) => sum + usage.cpuSeconds - before[i].cpuSeconds, 0);
  const client = process.cpuUsage(clientBefore);
  await subscribers.close();
  latencies.sort((a, b) => a - b);
  return {
    latencies,
    received,
    expected,
    lost: expected - received,
    wrong,
    seconds,
    cpuPercent: (100 * cpuSeconds) / seconds,
    clientCpuPercent: (client.user + client.system) / 10_000 / seconds,
    waitPercent:
      (100 * after.reduce((sum, usage, i) => sum + usage.waitSeconds - before[i].waitSeconds, 0)) /
      servers.length /
      seconds,
    rssMb: maxRss,
  } satisfies RunResult;
}

async function main() {
  const options = readOptions();
  const dataDir = mkdtempSync(path.join(tmpdir(), "communect-fanout-"));
  let database: BenchDatabase | undefined;
  let servers: ServerProcess[] = [];
  const stopServers = async () => {
    const warnings = (await Promise.all(servers.map((server) => server.stop()))).flat();
    servers = [];
    return warnings;
  };
  process.once(
    "SIGINT",
    () =>
      void stopServers()
        .then(() => database?.close())
        .finally(() => {
          rmSync(dataDir, { recursive: true, force: true });
          process.exit(130);
        }),
  );
  const rows: string[][] = [];
  try {
    step(options.serverUrl ? "creating a scratch database on DATABASE_URL…" : "starting the embedded database…");
    database = await openBenchDatabase({ serverUrl: options.serverUrl, dataDir });
    step(`${database.kind}, migrated; seeding people and sessions…`);
    const authorPeople = await seedPeople(database.url, "author", AUTHORS_PER_AREA * AREAS.length);
    const readers = await seedPeople(database.url, "reader", READERS);

    const modes = options.redisUrl ? [1, 2] : [1];
    if (!options.redisUrl) step("REDIS_URL is not set: the two-process run is left out");
    let authors: Author[] = [];
    for (const processes of modes) {
      step(`starting ${processes} server process${processes > 1 ? "es on Redis" : ""}…`);
      const redis: Record<string, string | null> =
        processes > 1 ? { REDIS_URL: options.redisUrl!, REDIS_PREFIX: `bench-${randomUUID()}` } : { REDIS_URL: null };
      for (let i = 0; i < processes; i++) servers.push(await startServer(database.url, dataDir, redis));
      if (authors.length === 0) {
        step("creating an organization for each author, in its town…");
        authors = await Promise.all(
          authorPeople.map(async (person, i) => {
            const area = i % AREAS.length;
            const { createOrganization } = await graphql<{ createOrganization: { id: string } }>(
              servers[0].url,
              person.cookie,
              CREATE,
              { input: { name: `Bench organization ${i}`, type: "NGO", address: AREAS[area] } },
            );
            return { ...person, area, wallId: createOrganization.id };
          }),
        );
      }
      for (const count of options.subscribers) {
        step(`${count} subscribers, ${options.posts} posts at ${options.rate} a second…`);
        const result = await run(servers, authors, readers, count, options);
        const p = (q: number) => percentile(result.latencies, q).toFixed(0);
        console.log(
          `  latency p50 ${p(50)} ms, p95 ${p(95)} ms, p99 ${p(99)} ms; ${(result.received / result.seconds).toFixed(0)} msgs/s; ` +
            `CPU ${result.cpuPercent.toFixed(0)} % (client ${result.clientCpuPercent.toFixed(0)} %, ` +
            `server waiting for a core ${result.waitPercent.toFixed(0)} %); load ${loadavg()[0].toFixed(1)}; RSS ${result.rssMb.toFixed(0)} MB; lost ${result.lost} of ${result.expected}; wrong ${result.wrong}`,
        );
        rows.push([
          new Date().toISOString().slice(0, 16).replace("T", " "),
          database.kind,
          process.version,
          `${availableParallelism()} × ${cpus()[0]?.model.trim() ?? "?"}`,
          String(processes),
          String(count),
          `${options.posts} at ${options.rate}/s`,
          `${p(50)} / ${p(95)} / ${p(99)}`,
          (result.received / result.seconds).toFixed(0),
          result.cpuPercent.toFixed(0),
          result.clientCpuPercent.toFixed(0),
          result.waitPercent.toFixed(0),
          loadavg()[0].toFixed(1),
          result.rssMb.toFixed(0),
          `${result.lost} of ${result.expected}`,
          String(result.wrong),
        ]);
      }
      const warnings = await stopServers();
      if (warnings.length)
        console.error(`The servers logged ${warnings.length} warnings, the first:`, warnings.slice(0, 5));
    }
    for (const row of rows) appendResult(REPORT_FILE, SECTION, row);
    step(`results appended to ${path.relative(process.cwd(), REPORT_FILE)}`);
  } finally {
    await stopServers();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
