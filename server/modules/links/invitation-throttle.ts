import type Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { RateLimited } from "../../graphql/errors";

export const INVITATIONS_PER_HOUR = 20;

/**
 * Invitations by e-mail each person may send per hour, counted in Redis when configured (so
 * every server process shares the count), in memory otherwise.
 */
export class InvitationThrottle {
  private readonly limiter: RateLimiterAbstract;

  constructor(redis?: Redis, namespace = "communect", perHour = INVITATIONS_PER_HOUR) {
    const options = { keyPrefix: `${namespace}:email_invitations`, points: perHour, duration: 3600 };
    this.limiter = redis ? new RateLimiterRedis({ storeClient: redis, ...options }) : new RateLimiterMemory(options);
  }

  /** Counts one invitation, or throws RATE_LIMITED with the wait before the next one. */
  async consume(personId: string): Promise<void> {
    try {
      await this.limiter.consume(personId);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw new RateLimited(Math.ceil(refusal.msBeforeNext / 1000));
      throw refusal;
    }
  }
}
