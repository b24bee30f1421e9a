import type { Person } from "../modules/accounts/person.entity";
import type { FoundSession } from "../modules/accounts/session-cache";
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
  /**
   * Reads the session again, when the viewer came from the few seconds' memory of sessions
   * (session-cache.ts): before a mutation, whose context is then built anew. Absent when fresh.
   */
  rereadSession?: () => Promise<FoundSession | null>;
  /** Sets or clears the session cookie; absent over WebSocket, where no cookie can be set. */
  setSessionCookie?: (token: string | null) => void;
}
