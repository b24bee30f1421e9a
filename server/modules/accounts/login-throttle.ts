import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { RateLimited } from "../../graphql/errors";
import type { RateLimits } from "../../rate-limit";

export type LoginLimits = typeof DEFAULT_LOGIN_LIMITS;

export const DEFAULT_LOGIN_LIMITS = {
  /** Failures on one account before each further attempt must wait. */
  freeFailures: 3,
  /** Failures on one account before it refuses logins for `blockSeconds`. */
  maxFailures: 10,
  /** Failures from one IP address before it is refused for `blockSeconds`. */
  maxFailuresPerIp: 50,
  windowSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};

/** After the free failures, the wait before the next attempt doubles: 1 s, 2 s, 4 s … capped at 60 s. */
export function slowdownSeconds(failures: number, freeFailures = DEFAULT_LOGIN_LIMITS.freeFailures): number {
  if (failures < freeFailures) return 0;
  return Math.min(60, 2 ** (failures - freeFailures));
}

/**
 * Brute-force protection for login: failed attempts are counted per account and
 * per IP (in Redis when configured, so every server process shares the counts).
 * Attempts are first slowed (a wait between tries), then refused for a while.
 */
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  private readonly slow: RateLimiterAbstract;

  constructor(
    rateLimits: RateLimits,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {
    const make = (name: string, points: number, seconds: number) =>
      rateLimits.counter(name, { points, seconds }, limits.blockSeconds);
    this.perAccount = make("login_fail_account", limits.maxFailures, limits.windowSeconds);
    this.perIp = make("login_fail_ip", limits.maxFailuresPerIp, limits.windowSeconds);
    this.slow = make("login_slow", 1, 1);
  }

  /** Throws RATE_LIMITED when this account or IP must wait. */
  async check(account: string, ip: string): Promise<void> {
    const [acc, fromIp, slow] = await Promise.all([
      this.perAccount.get(account),
      this.perIp.get(ip),
      this.slow.get(account),
    ]);
    const waits = [
      acc && acc.consumedPoints >= this.limits.maxFailures ? acc.msBeforeNext : 0,
      fromIp && fromIp.consumedPoints >= this.limits.maxFailuresPerIp ? fromIp.msBeforeNext : 0,
      slow && slow.consumedPoints > 1 ? slow.msBeforeNext : 0,
    ];
    const wait = Math.max(...waits);
    if (wait > 0) throw new RateLimited(Math.ceil(wait / 1000));
  }

  async failed(account: string, ip: string): Promise<void> {
    const [acc] = await Promise.all([this.perAccount.penalty(account, 1), this.perIp.penalty(ip, 1)]);
    if (acc.consumedPoints >= this.limits.maxFailures) {
      await this.perAccount.block(account, this.limits.blockSeconds);
      return;
    }
    const wait = slowdownSeconds(acc.consumedPoints, this.limits.freeFailures);
    if (wait > 0) await this.slow.block(account, wait);
  }

  async succeeded(account: string): Promise<void> {
    await Promise.all([this.perAccount.delete(account), this.slow.delete(account)]);
  }
}
