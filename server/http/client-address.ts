import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

/**
 * Which proxies in front of the server to believe (TRUST_PROXY): none (the default: the socket's
 * address is the client's, whatever X-Forwarded-For says), a number of hops, or the addresses and
 * CIDR ranges of the proxies (proxy-addr's names loopback, linklocal and uniquelocal included).
 */
export type TrustProxy = { hops: number } | { addresses: string[] };

/** Whether the proxy at `address`, `hop` hops from the server, is believed: express's `trust proxy` function. */
export type TrustFunction = (address: string, hop: number) => boolean;

export function trustFunction(trust: TrustProxy): TrustFunction {
  if ("hops" in trust) return (_address, hop) => hop < trust.hops;
  // An empty list trusts nothing.
  return proxyAddr.compile(trust.addresses);
}

/**
 * The client's address for rate limits and the outbox's loopback check: the socket's, or with
 * trusted proxies, the nearest address in X-Forwarded-For that no trusted proxy wrote (as
 * express's req.ip, which the same function configures).
 */
export function clientAddress(req: IncomingMessage, trust: TrustFunction): string {
  // proxy-addr reads the socket as req.connection, which node:http still sets.
  return proxyAddr(req as Parameters<typeof proxyAddr>[0], trust) ?? "";
}
