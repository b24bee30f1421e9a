import autocannon from "autocannon";
import { workerChannel } from "./load";

/** The benchmarked request: one person by id, public fields only, no session. */
const PERSON_QUERY = "query ($id: ID!) { person(id: $id) { id username displayName } }";

const channel = workerChannel();
const { target, personId, connections, warmupSeconds, durationSeconds } = channel.options;
const body = JSON.stringify({ query: PERSON_QUERY, variables: { id: personId } });

/** One request by hand: the answer must be the person, and becomes the body every load request must match. */
async function expectedBody(): Promise<string> {
  const response = await fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: { person?: { id: string } }; errors?: unknown };
  if (response.status !== 200 || parsed.errors || parsed.data?.person?.id !== personId) {
    throw new Error(`the GraphQL sanity request failed: HTTP ${response.status} ${text.slice(0, 500)}`);
  }
  return text;
}

function load(seconds: number, expectBody: string, onSuccess: (latency: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target,
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        expectBody,
        connections,
        duration: seconds,
      },
      (error: unknown, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, statusCode, _bytes, latency) => {
      if (statusCode >= 200 && statusCode < 300) onSuccess(latency);
    });
  });
}

const failures = (result: autocannon.Result) => result.errors + result.non2xx + result.mismatches;

async function main() {
  const expected = await expectedBody();
  const warmup = await channel.warmup((onSuccess) => load(warmupSeconds, expected, onSuccess));
  const {
    outcome: measured,
    p50,
    p99,
  } = await channel.measure((onSuccess) => load(durationSeconds, expected, onSuccess));
  channel.done({
    completed: measured["2xx"] - measured.mismatches,
    failed: failures(warmup) + failures(measured),
    seconds: measured.duration,
    p50,
    p99,
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
