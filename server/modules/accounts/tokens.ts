import { createHash, randomBytes } from "node:crypto";

/** A 256-bit random token for cookies and mailed links; only its digest is stored. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: digest(token) };
}

export function digest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
