import type { Rate, RateLimit, RateLimits } from "../../rate-limit";

export interface AccountLimitRates {
  /** Registrations from one IP address. */
  registrationsPerIp: Rate;
  /** Registrations with addresses of one domain, from any IP: stops bursts of made-up addresses. */
  registrationsPerDomain: Rate;
  /** Account mails to one address: verification and reset links, e-mail change confirmations, notices. */
  mailsPerAddress: Rate;
  /** Requests for such mails (resets, resent links, e-mail changes) from one IP address, to any address. */
  mailRequestsPerIp: Rate;
}

export const DEFAULT_ACCOUNT_LIMITS: AccountLimitRates = {
  registrationsPerIp: { points: 10, seconds: 3600 },
  registrationsPerDomain: { points: 30, seconds: 600 },
  mailsPerAddress: { points: 5, seconds: 3600 },
  mailRequestsPerIp: { points: 30, seconds: 3600 },
};

/**
 * Sign-up and account mail limits. Each counts what was asked, whether or not an account uses
 * the address, so that being refused tells nothing about which addresses have accounts.
 */
export class AccountLimits {
  private readonly registrationsPerIp: RateLimit;
  private readonly registrationsPerDomain: RateLimit;
  private readonly mailsPerAddress: RateLimit;
  private readonly mailRequestsPerIp: RateLimit;

  constructor(rateLimits: RateLimits, rates: AccountLimitRates = DEFAULT_ACCOUNT_LIMITS) {
    this.registrationsPerIp = rateLimits.limit("registrations_ip", rates.registrationsPerIp);
    this.registrationsPerDomain = rateLimits.limit("registrations_domain", rates.registrationsPerDomain);
    this.mailsPerAddress = rateLimits.limit("account_mails_address", rates.mailsPerAddress);
    this.mailRequestsPerIp = rateLimits.limit("account_mails_ip", rates.mailRequestsPerIp);
  }

  /** Counts a registration (which mails `email`), or throws RATE_LIMITED. */
  async register(ip: string, email: string): Promise<void> {
    await this.registrationsPerIp.consume(ip);
    await this.registrationsPerDomain.consume(email.slice(email.lastIndexOf("@") + 1));
    await this.mailsPerAddress.consume(email);
  }

  /** Counts a request that mails `email`, or throws RATE_LIMITED. */
  async mail(ip: string, email: string): Promise<void> {
    await this.mailRequestsPerIp.consume(ip);
    await this.mailsPerAddress.consume(email);
  }
}
