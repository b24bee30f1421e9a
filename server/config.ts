import path from "node:path";
import { z } from "zod";

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
  SMTP_URL: url(["smtp:", "smtps:"]).optional(),
  MAIL_FROM: z.string().min(3).default("Communect <no-reply@communect.localhost>"),
  ALLOWED_ORIGINS: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  DELETION_DELAY_DAYS: z.coerce.number().int().min(0).max(365).default(5),
});

export interface Config {
  port: number;
  /** Where people reach the app: used in mailed links and for the cookie's Secure flag. */
  publicUrl: string;
  databaseUrl?: string;
  dataDir: string;
  redisUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  /** Origins allowed for browser requests and WebSocket upgrades; the public URL's origin is always in. */
  allowedOrigins: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  /** Days other administrators have to refuse an element's deletion. */
  deletionDelayDays: number;
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
  const allowedOrigins = new Set([new URL(publicUrl).origin]);
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
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    allowedOrigins: [...allowedOrigins],
    logLevel: values.LOG_LEVEL,
    deletionDelayDays: values.DELETION_DELAY_DAYS,
  };
}
