import path from "node:path";
import { IANAZone } from "luxon";
import proxyAddr from "proxy-addr";
import { z } from "zod";
import type { TrustProxy } from "./http/client-address";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((value) => URL.canParse(value) && protocols.includes(new URL(value).protocol), {
      message: `must start with ${protocols.map((p) => `${p}//`).join(" or ")}`,
    });

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  PUBLIC_URL: url(["http:", "https:"]).optional(),
  DATABASE_URL: url(["postgres:", "postgresql:"]).optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  REDIS_URL: url(["redis:", "rediss:"]).optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.-]{1,64}$/, "must be 1 to 64 letters, digits, '.', '-' or '_'")
    .default("communect"),
  SMTP_URL: url(["smtp:", "smtps:"]).optional(),
  MAIL_FROM: z.string().min(3).default("Communect <no-reply@communect.localhost>"),
  ALLOWED_ORIGINS: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  DELETION_DELAY_DAYS: z.coerce.number().int().min(0).max(365).default(5),
  TIME_ZONE: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone), { message: "must be an IANA time zone such as Europe/Paris" })
    .default("Europe/Paris"),
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  MAP_TILE_URL: z.string().max(500).optional(),
  MAP_TILE_ATTRIBUTION: z.string().max(500).optional(),
  API_RATE_ANONYMOUS: z.coerce.number().int().min(1).max(1_000_000).default(120),
  API_BURST_ANONYMOUS: z.coerce.number().int().min(0).max(1_000_000).default(60),
  API_RATE_PERSON: z.coerce.number().int().min(1).max(1_000_000).default(600),
  API_BURST_PERSON: z.coerce.number().int().min(0).max(1_000_000).default(300),
  INSTANCE_ADMINS: z
    .string()
    .regex(/^[\w.-]+(\s*,\s*[\w.-]+)*$/, "must be usernames separated by commas")
    .optional(),
  INSTANCE_NAME: z.string().trim().min(1).max(100).default("Communect"),
  DATA_LICENCE: z.enum(["ODbL-1.0", "etalab-2.0", "CC-BY-4.0"]).default("ODbL-1.0"),
  TRUST_PROXY: z.string().max(1000).optional(),
});

/** The names of this machine a browser may use when PUBLIC_URL is unset (localhost first: the default public URL). */
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

export interface Config {
  port: number;
  /** Where people reach the app: used in mailed links and for the cookie's Secure flag. */
  publicUrl: string;
  databaseUrl?: string;
  dataDir: string;
  redisUrl?: string;
  /** Starts every Redis key and channel, so that several instances can share one Redis. */
  redisPrefix: string;
  smtpUrl?: string;
  mailFrom: string;
  /**
   * Origins allowed for browser requests and WebSocket upgrades; the public URL's origin is always
   * in, and without PUBLIC_URL every loopback name on the port (localhost, 127.0.0.1, [::1]).
   */
  allowedOrigins: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  /** Days other administrators have to refuse an element's deletion. */
  deletionDelayDays: number;
  /** The area's time zone: new events start in it, and "today" and "this week" begin and end in it. */
  timeZone: string;
  /** The background map's tiles; unset, the map draws its markers on a plain background. */
  mapTiles: MapTiles | null;
  /** Hour of the day (in timeZone) the daily notification digests leave. */
  digestHour: number;
  /** Requests a minute to the GraphQL API over HTTP, with the extra a burst may take (see ApiRates). */
  apiRates: ApiRates;
  /** Usernames of the instance's administrators besides the first account (INSTANCE_ADMINS). */
  instanceAdmins: string[];
  /** The instance's name and data licence until its administrators change them. */
  instanceDefaults: { name: string; licence: "ODbL-1.0" | "etalab-2.0" | "CC-BY-4.0" };
  /** The reverse proxies whose X-Forwarded-For gives the client's address (TRUST_PROXY); none by default. */
  trustProxy: TrustProxy;
}

/** Requests a minute and burst allowances (extra requests, refilled over 10 minutes). */
export interface ApiRates {
  anonymousPerMinute: number;
  anonymousBurst: number;
  personPerMinute: number;
  personBurst: number;
}

export interface MapTiles {
  /** Leaflet's URL template: {z}, {x}, {y}, optionally {s} (a leading subdomain) and {r}. */
  urlTemplate: string;
  /** Credits the tile provider asks for, shown on the map (plain text). */
  attribution: string | null;
  /** Where the browser fetches the tiles from, for the content security policy. */
  origin: string;
}

export class ConfigError extends Error {}

/** Parses the environment once; a bad value throws a one-line message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid ${String(issue.path[0])}: ${issue.message}`);
  }
  const values = parsed.data;
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, "");
  // Without a public URL the app is reached on this machine, by whichever loopback name the
  // person typed: all of them are the app's own origin.
  const allowedOrigins = new Set(
    values.PUBLIC_URL ? [new URL(publicUrl).origin] : LOOPBACK_NAMES.map((host) => `http://${host}:${values.PORT}`),
  );
  for (const origin of (values.ALLOWED_ORIGINS ?? "").split(",").map((o) => o.trim())) {
    if (!origin) continue;
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new ConfigError(`Invalid ALLOWED_ORIGINS: "${origin}" is not an origin such as https://example.org`);
    }
    allowedOrigins.add(origin);
  }
  return {
    port: values.PORT,
    publicUrl,
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(values.DATA_DIR),
    redisUrl: values.REDIS_URL,
    redisPrefix: values.REDIS_PREFIX,
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    allowedOrigins: [...allowedOrigins],
    logLevel: values.LOG_LEVEL,
    deletionDelayDays: values.DELETION_DELAY_DAYS,
    timeZone: values.TIME_ZONE,
    digestHour: values.DIGEST_HOUR,
    mapTiles: values.MAP_TILE_URL
      ? {
          urlTemplate: values.MAP_TILE_URL,
          attribution: values.MAP_TILE_ATTRIBUTION ?? null,
          origin: tileOrigin(values.MAP_TILE_URL),
        }
      : null,
    apiRates: {
      anonymousPerMinute: values.API_RATE_ANONYMOUS,
      anonymousBurst: values.API_BURST_ANONYMOUS,
      personPerMinute: values.API_RATE_PERSON,
      personBurst: values.API_BURST_PERSON,
    },
    instanceAdmins: (values.INSTANCE_ADMINS ?? "")
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
    instanceDefaults: { name: values.INSTANCE_NAME, licence: values.DATA_LICENCE },
    trustProxy: trustProxy(values.TRUST_PROXY),
  };
}

/**
 * TRUST_PROXY: unset trusts no proxy; a number (1 to 10) trusts that many hops in front of the
 * server; otherwise a comma list of addresses and CIDR ranges (or loopback, linklocal, uniquelocal).
 */
function trustProxy(value: string | undefined): TrustProxy {
  if (!value) return { addresses: [] };
  if (/^\s*\d+\s*$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 10) throw new ConfigError("Invalid TRUST_PROXY: a number of hops must be 1 to 10");
    return { hops };
  }
  const addresses = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    proxyAddr.compile(addresses);
  } catch (error) {
    throw new ConfigError(`Invalid TRUST_PROXY: ${(error as Error).message}`);
  }
  return { addresses };
}

/**
 * The origin a tile URL template fetches from: an https or http URL once its placeholders are
 * filled, where {s} may only be the host's first label (it becomes a CSP wildcard, *.host).
 */
function tileOrigin(template: string): string {
  const invalid = () => new ConfigError("Invalid MAP_TILE_URL: must be an http(s) URL template with {z}, {x} and {y}");
  if (!["{z}", "{x}", "{y}"].every((placeholder) => template.includes(placeholder))) throw invalid();
  const subdomains = /^https?:\/\/\{s\}\./.test(template);
  if (template.includes("{s}") && !subdomains) throw invalid();
  const filled = template.replace("{s}", "a").replace(/\{[zxyr]\}/g, "0");
  if (filled.includes("{") || !URL.canParse(filled)) throw invalid();
  const url = new URL(filled);
  if (!["http:", "https:"].includes(url.protocol) || url.username || url.password) throw invalid();
  return subdomains ? `${url.protocol}//*.${url.host.slice(2)}` : url.origin;
}
