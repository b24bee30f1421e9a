import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import type { Message } from "../../graphql/messages";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/** Returns why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, personal: string[] = []): Message | null {
  if (password.length < PASSWORD_MIN_LENGTH) return { key: "password.tooShort", params: { min: PASSWORD_MIN_LENGTH } };
  if (password.length > PASSWORD_MAX_LENGTH) return { key: "password.tooLong", params: { max: PASSWORD_MAX_LENGTH } };
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return { key: "password.common" };
  // Short fragments (an e-mail like a@b.org) would refuse almost any password.
  if (personal.some((p) => p.length >= 4 && lower.includes(p.toLowerCase()))) {
    return { key: "password.personal" };
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
