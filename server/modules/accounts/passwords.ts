import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/** Returns why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "is one of the most common passwords: choose another";
  // Short fragments (an e-mail like a@b.org) would refuse almost any password.
  if (personal.some((p) => p.length >= 4 && lower.includes(p.toLowerCase()))) {
    return "must not contain your username or e-mail";
  }
  return null;
}

export const hashPassword = (password: string) => hash(password);

export const verifyPassword = (passwordHash: string, password: string) =>
  verify(passwordHash, password).catch(() => false);

/** Hashing a throw-away value when the account does not exist keeps response times alike. */
const DUMMY_HASH = hash("communect-timing-equaliser");
export async function spendVerifyTime(password: string): Promise<void> {
  await verifyPassword(await DUMMY_HASH, password);
}
