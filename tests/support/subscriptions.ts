import type { Agent } from "./client";

/** A subscription over its own WebSocket, recording what it receives and how its socket closed. */
export interface Watch {
  /** Every `next` payload's data, in order. */
  events: any[];
  /** Resolves to the close code of the socket. */
  closed: Promise<number>;
  dispose(): Promise<void>;
}

export function watch(agent: Agent, origin: string, query: string, variables: Record<string, unknown>): Watch {
  const client = agent.ws(origin);
  const events: any[] = [];
  const closed = new Promise<number>((resolve) =>
    client.on("closed", (event) => resolve((event as { code: number }).code)),
  );
  client.subscribe(
    { query, variables },
    { next: (value) => events.push(value.data), error: () => undefined, complete: () => undefined },
  );
  return { events, closed, dispose: async () => client.dispose() };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds, polling; fails after `timeoutMs`. */
export async function until(done: () => boolean, timeoutMs = 15_000, what = "the condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/**
 * A subscription is registered asynchronously (through Redis on CI): repeats `trigger` until
 * every watch receives an event, then lets stragglers arrive so that later counts are stable.
 */
export async function primed(
  subscriptions: Watch | Watch[],
  trigger: (attempt: number) => Promise<unknown>,
): Promise<void> {
  const all = Array.isArray(subscriptions) ? subscriptions : [subscriptions];
  for (let attempt = 0; all.some((subscription) => subscription.events.length === 0); attempt++) {
    if (attempt >= 50) throw new Error("a subscription never received an event");
    await trigger(attempt);
    await sleep(100);
  }
  await sleep(300);
}

/** Resolves to the close code, or to "open" when the socket is still open after `ms`. */
export function closedWithin(subscription: Watch, ms: number): Promise<number | "open"> {
  return Promise.race([subscription.closed, sleep(ms).then(() => "open" as const)]);
}
