import autocannon from "autocannon";
import { workerChannel } from "./load";

/** Load worker for the HTTP rungs: POSTs one GraphQL body in a closed loop; every answer must be the first one. */
const channel = workerChannel();
const { target, body, headers: extra, connections, warmupSeconds, durationSeconds } = channel.options;
const headers = { "content-type": "application/json", ...extra };

/** One request by hand: it must succeed without errors, and becomes the body every load request must match. */
async function expectedBody(): Promise<string> {
  const response = await fetch(target, { method: "POST", headers, body });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown };
  if (response.status !== 200 || parsed.errors || !parsed.data || Object.values(parsed.data).includes(null)) {
    throw new Error(`the sanity request to ${target} failed: HTTP ${response.status} ${text.slice(0, 500)}`);
  }
  return text;
}

function load(seconds: number, expectBody: string, onSuccess: (latency: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: target, method: "POST", headers, body, expectBody, connections, duration: seconds },
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
  const { outcome: measured, ...latency } = await channel.measure((onSuccess) =>
    load(durationSeconds, expected, onSuccess),
  );
  channel.done({
    completed: measured["2xx"] - measured.mismatches,
    failed: failures(warmup) + failures(measured),
    seconds: measured.duration,
    ...latency,
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
