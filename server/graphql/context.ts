import type { Person } from "../modules/accounts/person.entity";
import type { Loaders } from "./loaders";
import type { Services } from "./services";

/**
 * What every resolver receives, over HTTP and over WebSocket alike: built for each request,
 * each WebSocket operation and each subscription event, never kept longer.
 */
export interface Context {
  requestId: string;
  viewer: Person | null;
  sessionId?: string;
  ip: string;
  services: Services;
  loaders: Loaders;
  /** A request from another site (cors.ts): anonymous, and refused any operation but queries (and subscriptions over WebSocket). */
  foreignOrigin?: boolean;
  /** Sets or clears the session cookie; absent over WebSocket, where no cookie can be set. */
  setSessionCookie?: (token: string | null) => void;
}
