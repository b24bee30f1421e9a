import type { Person } from "../modules/accounts/person.entity";
import type { Loaders } from "./loaders";
import type { Services } from "./services";

/** What every resolver receives, over HTTP and over WebSocket alike. */
export interface Context {
  requestId: string;
  viewer: Person | null;
  sessionId?: string;
  ip: string;
  services: Services;
  loaders: Loaders;
  /** Sets or clears the session cookie; absent over WebSocket, where no cookie can be set. */
  setSessionCookie?: (token: string | null) => void;
}
