import type Redis from "ioredis";
import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { RateLimited } from "./graphql/errors";
import type { MessageKey } from "./graphql/messages";
import type { ApiRates } from "./config";

/** A budget: `points` actions per `seconds`. */
export interface Rate {
  points: number;
  seconds: number;
}

/**
 * Makes the named counters of the rate limits: in Redis when configured, so that every server
 * process shares the counts, in memory otherwise. The namespace (REDIS_PREFIX) starts every key,
 * so that instances sharing one Redis do not share counters.
 */
export class RateLimits {
  constructor(
    private readonly redis?: Redis,
    private readonly namespace = "communect",
  ) {}

  /** The raw counter, for limits with their own logic (the login throttle). */
  counter(name: string, rate: Rate, blockSeconds = 0): RateLimiterAbstract {
    const options = {
      keyPrefix: `${this.namespace}:${name}`,
      points: rate.points,
      duration: rate.seconds,
      blockDuration: blockSeconds,
    };
    return this.redis ? new RateLimiterRedis({ storeClient: this.redis, ...options }) : new RateLimiterMemory(options);
  }

  /** A limit that spends one point per call and refuses once the budget is spent. */
  limit(name: string, rate: Rate): RateLimit {
    return new RateLimit(this.counter(name, rate));
  }

  /**
   * A steady rate with room for bursts: once `rate` is spent, up to `burst` more actions are taken
   * from a second budget that refills over `burst.seconds` (rate-limiter-flexible's BurstyRateLimiter,
   * its way of giving a token bucket's bursts on top of fixed windows).
   */
  bursty(name: string, rate: Rate, burst: Rate, key: MessageKey = "rateLimited.retry"): RateLimit {
    return new RateLimit(new BurstyRateLimiter(this.counter(name, rate), this.counter(`${name}_burst`, burst)), key);
  }
}

export class RateLimit {
  constructor(
    private readonly counter: { consume(key: string): Promise<unknown> },
    private readonly key: MessageKey = "rateLimited.retry",
  ) {}

  /** Counts one action of `key`, or throws RATE_LIMITED with the wait before the next one. */
  async consume(key: string): Promise<void> {
    try {
      await this.counter.consume(key);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) {
        throw new RateLimited(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), this.key);
      }
      throw refusal;
    }
  }
}

/** Minutes over which a burst allowance refills. */
export const API_BURST_MINUTES = 10;

/**
 * The GraphQL API's budgets over HTTP: one per IP address for anonymous callers, one per person
 * for signed-in ones (counted apart, so that people behind one address do not share theirs).
 * Every request costs one point, whatever it asks (its size is bounded by the node count).
 */
export function apiRateLimits(limits: RateLimits, rates: ApiRates) {
  const burst = (points: number) => ({ points, seconds: API_BURST_MINUTES * 60 });
  return {
    anonymous: limits.bursty(
      "api_anonymous",
      { points: rates.anonymousPerMinute, seconds: 60 },
      burst(rates.anonymousBurst),
      "rateLimited.api",
    ),
    person: limits.bursty(
      "api_person",
      { points: rates.personPerMinute, seconds: 60 },
      burst(rates.personBurst),
      "rateLimited.api",
    ),
  };
}
