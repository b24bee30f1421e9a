import { parseCookie, stringifySetCookie } from "cookie";
import { SESSION_LIFETIME_MS } from "./account.service";

export const SESSION_COOKIE = "communect_session";

export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
}

/** httpOnly, SameSite=Lax, Secure when the public URL is https. */
export function sessionCookie(token: string | null, secure: boolean): string {
  return stringifySetCookie(SESSION_COOKIE, token ?? "", {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: token ? SESSION_LIFETIME_MS / 1000 : 0,
  });
}
