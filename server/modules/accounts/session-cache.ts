import type { Person } from "./person.entity";
import type { Session } from "./session.entity";

/** A live session and its person, as one statement reads them (AccountService.personForSession). */
export interface FoundSession {
  person: Person;
  session: Session;
}

/** Past this many remembered sessions, the oldest remembered is forgotten first. */
const MAX_REMEMBERED = 10_000;

/**
 * Sessions remembered for a few seconds by token, so that a signed-in reader's requests do not each
 * pay a statement (a round trip to PostgreSQL: two thirds of a small signed-in request's extra cost).
 * Only reads use what is remembered: mutations read the session again (`read`). A session that ends
 * (logout, password change or reset, deletion) is forgotten at once in this process, and in the
 * others when SESSION_ENDED reaches them, so `ttlMs` only bounds how long another process may still
 * accept it if that event is lost, and how stale the viewer's own row may be in a read: the same
 * bound as a WebSocket's session check (SESSION_CACHE_MS). Never past the session's expiry.
 */
export class SessionCache {
  readonly #remembered = new Map<string, { found: FoundSession; until: number }>();
  /** Counts `forgetPerson` calls: a read that started before one is not remembered. */
  #forgets = 0;

  constructor(
    private readonly find: (token: string) => Promise<FoundSession | null>,
    private readonly ttlMs: number,
  ) {}

  /** The session behind a token, remembered if it was read less than `ttlMs` ago. */
  async lookup(token: string): Promise<{ found: FoundSession | null; remembered: boolean }> {
    const entry = this.#remembered.get(token);
    if (entry && entry.until > Date.now()) return { found: entry.found, remembered: true };
    return { found: await this.read(token), remembered: false };
  }

  /** The session behind a token as the database says now; remembered for the next reads. */
  async read(token: string): Promise<FoundSession | null> {
    const forgets = this.#forgets;
    const found = await this.find(token);
    this.#remembered.delete(token);
    if (!found || this.ttlMs <= 0 || forgets !== this.#forgets) return found;
    if (this.#remembered.size >= MAX_REMEMBERED) this.#remembered.delete(this.#remembered.keys().next().value!);
    const until = Math.min(Date.now() + this.ttlMs, found.session.expiresAt.getTime());
    this.#remembered.set(token, { found, until });
    return found;
  }

  /** Forgets every session of a person: they ended, or a mutation of theirs may have changed their row. */
  forgetPerson(personId: string): void {
    this.#forgets++;
    for (const [token, { found }] of this.#remembered) {
      if (found.person.id === personId) this.#remembered.delete(token);
    }
  }
}
