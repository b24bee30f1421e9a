import { randomUUID } from "node:crypto";
import { Brackets, DataSource, type EntityManager, IsNull, LessThan, MoreThan, Not } from "typeorm";
import type { Background } from "../../background";
import { Conflict, Forbidden, InvalidInput, Unauthenticated } from "../../graphql/errors";
import type { Mailer } from "../../mail/mailer";
import type { AccountLimits } from "./account-limits";
import type {
  ChangeEmailInput,
  ChangePasswordInput,
  LoginInput,
  RegisterInput,
  ResetPasswordInput,
} from "./account.inputs";
import { Link, LinkState } from "../links/link.entity";
import { EmailToken, TokenPurpose } from "./email-token.entity";
import type { LoginThrottle } from "./login-throttle";
import { hashPassword, passwordProblem, spendVerifyTime, verifyPassword } from "./passwords";
import { DEFAULT_PRIVACY } from "../profiles/privacy";
import { Language, Person } from "./person.entity";
import { publishAfterCommit } from "../../graphql/pubsub";
import { Session } from "./session.entity";
import { digest, newToken } from "./tokens";
import { EntityRows } from "../../db/rows";

const HOUR = 3600_000;
export const SESSION_LIFETIME_MS = 30 * 24 * HOUR;
const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  [TokenPurpose.VERIFY_EMAIL]: 48 * HOUR,
  [TokenPurpose.RESET_PASSWORD]: 1 * HOUR,
};
/** An account not verified within its link's lifetime releases its username and address. */
const UNVERIFIED_LIFETIME_MS = TOKEN_LIFETIME_MS[TokenPurpose.VERIFY_EMAIL];

const normaliseEmail = (email: string) => email.trim().toLowerCase();

export interface AccountServiceDeps {
  dataSource: DataSource;
  mailer: Mailer;
  throttle: LoginThrottle;
  limits: AccountLimits;
  /** Mails go out after the answer, so that its timing tells nothing about the address. */
  background: Background;
  publicUrl: string;
  /** Runs in the verification's transaction, such as to claim invitations sent to the address. */
  onEmailVerified?: (tx: EntityManager, person: Person) => Promise<void>;
}

/** Accounts: registration, e-mail verification, login sessions, passwords and deletion. */
export class AccountService {
  constructor(private readonly deps: AccountServiceDeps) {}

  private get db() {
    return this.deps.dataSource;
  }

  /**
   * Creates an unverified account and mails a verification link. An address that already has
   * an account gets a notice instead, and the caller the same answer as for a new account: the
   * answer never tells which addresses have accounts (usernames are public, so a taken one is
   * a CONFLICT).
   */
  async register(input: RegisterInput, ip: string): Promise<Person> {
    const email = normaliseEmail(input.email);
    const username = input.username.toLowerCase();
    this.assertPassword(input.password, "password", [username, email.split("@")[0]]);
    await this.deps.limits.register(ip, email);
    const now = new Date();
    const person = this.db.getRepository(Person).create({
      id: randomUUID(),
      email,
      username,
      displayName: input.displayName.trim(),
      language: input.language ?? Language.FR,
      passwordHash: await hashPassword(input.password),
      // What the database would set, so that the answer looks the same when nothing is saved.
      tags: [],
      socialLinks: [],
      privacy: { ...DEFAULT_PRIVACY },
      emailVerifiedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const outcome = await this.db.transaction(async (tx) => {
      await this.releaseUnverified(tx, { email, username });
      await this.assertFree(tx, { username });
      const owner = await tx.findOneBy(Person, { email });
      if (owner) return { owner };
      await tx.save(person);
      return this.createToken(tx, person, TokenPurpose.VERIFY_EMAIL, email);
    });
    this.deps.background.run("sign-up mail", () =>
      "owner" in outcome
        ? this.mail(outcome.owner, email, "taken", "/forgot-password")
        : this.mail(person, email, "verify", `/verify-email?token=${outcome.token}`),
    );
    return person;
  }

  /** Confirms an address: the first one after registration, or a new one after a change. */
  async verifyEmail(token: string): Promise<Person> {
    return this.db.transaction(async (tx) => {
      const found = await this.useToken(tx, token, TokenPurpose.VERIFY_EMAIL);
      const person = await tx.findOneByOrFail(Person, { id: found.personId });
      if (person.email !== found.email) {
        await this.assertFree(tx, { email: found.email }, person.id);
        person.email = found.email;
      }
      person.emailVerifiedAt = new Date();
      const verified = await tx.save(person);
      await this.deps.onEmailVerified?.(tx, verified);
      return verified;
    });
  }

  /**
   * Sends the verification link again, after answering: neither the answer nor its timing says
   * whether the address has an account waiting for verification.
   */
  async resendVerification(email: string, ip: string): Promise<void> {
    const address = normaliseEmail(email);
    await this.deps.limits.mail(ip, address);
    this.deps.background.run("verification mail", async () => {
      const person = await this.db.getRepository(Person).findOneBy({ email: address });
      if (!person || person.emailVerifiedAt || isExpired(person)) return;
      const { token } = await this.createToken(this.db.manager, person, TokenPurpose.VERIFY_EMAIL, person.email);
      await this.mail(person, person.email, "verify", `/verify-email?token=${token}`);
    });
  }

  async login(input: LoginInput, ip: string): Promise<{ person: Person; token: string }> {
    const login = input.login.trim().toLowerCase();
    const person = await this.db
      .getRepository(Person)
      .findOne({ where: login.includes("@") ? { email: login } : { username: login } });
    // An account has one budget whatever identifies it; an unknown login is counted as typed.
    const throttleKey = person ? `account:${person.id}` : `login:${login}`;
    await this.deps.throttle.check(throttleKey, ip);
    const valid = person
      ? await verifyPassword(person.passwordHash, input.password)
      : await spendVerifyTime(input.password).then(() => false);
    if (!person || !valid) {
      await this.deps.throttle.failed(throttleKey, ip);
      throw new Unauthenticated("auth.wrongCredentials");
    }
    await this.deps.throttle.succeeded(throttleKey);
    if (!person.emailVerifiedAt) {
      throw new Forbidden("auth.emailNotVerified", "EMAIL_NOT_VERIFIED");
    }
    return { person, token: await this.openSession(this.db.manager, person.id) };
  }

  /**
   * The person behind a session cookie, and the session (its id and person only), or null when it
   * is unknown or expired.
   */
  async personForSession(token: string): Promise<{ person: Person; session: Session } | null> {
    // One statement (findOne with a relation would run a second, DISTINCT one), hydrated without
    // TypeORM's query builder. Of the session, only what a request uses: its id, its person's, and its
    // expiry (SessionCache never remembers it longer). The clock is the database's, so that the
    // statement has a single parameter, the hash (a Date costs a conversion).
    const sessions = EntityRows.of(this.db, Session);
    const people = EntityRows.of(this.db, Person);
    const rows = await EntityRows.query(
      this.db,
      `SELECT session.id AS s_id, session.person_id AS s_person_id, session.expires_at AS s_expires_at,
              ${people.select("person", "p_")}
       FROM ${sessions.table} session JOIN ${people.table} person ON person.id = session.person_id
       WHERE session.token_hash = $1 AND session.expires_at > now()`,
      [digest(token)],
    );
    if (rows.length === 0) return null;
    const session = sessions.hydrate(rows[0], "s_");
    const person = people.hydrate(rows[0], "p_");
    session.person = person;
    return { person, session };
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const session = await tx.findOneBy(Session, { id: sessionId });
      if (!session) return;
      await tx.delete(Session, { id: sessionId });
      publishAfterCommit(tx, "SESSION_ENDED", { personId: session.personId });
    });
  }

  /**
   * Mails a reset link when the address is known. The lookup and the mail happen after
   * answering, so the answer and its timing are the same for known and unknown addresses.
   */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    const address = normaliseEmail(email);
    await this.deps.limits.mail(ip, address);
    this.deps.background.run("password reset mail", async () => {
      const person = await this.db.getRepository(Person).findOneBy({ email: address });
      if (!person) return;
      const { token } = await this.createToken(this.db.manager, person, TokenPurpose.RESET_PASSWORD, person.email);
      await this.mail(person, person.email, "reset", `/reset-password?token=${token}`);
    });
  }

  /** Sets a new password from a mailed link and ends every session. */
  async resetPassword(input: ResetPasswordInput): Promise<void> {
    await this.db.transaction(async (tx) => {
      const found = await this.useToken(tx, input.token, TokenPurpose.RESET_PASSWORD);
      const person = await tx.findOneByOrFail(Person, { id: found.personId });
      this.assertPassword(input.password, "password", [person.username, person.email.split("@")[0]]);
      person.passwordHash = await hashPassword(input.password);
      // Following the link proves the address too.
      person.emailVerifiedAt ??= new Date();
      await tx.save(person);
      await tx.delete(Session, { personId: person.id });
      publishAfterCommit(tx, "SESSION_ENDED", { personId: person.id });
    });
  }

  /** Changes the password and ends every other session. */
  async changePassword(
    viewer: Person,
    currentSessionId: string | undefined,
    input: ChangePasswordInput,
  ): Promise<void> {
    await this.assertCurrentPassword(viewer, input.currentPassword, "currentPassword");
    this.assertPassword(input.newPassword, "newPassword", [viewer.username, viewer.email.split("@")[0]]);
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (tx) => {
      await tx.update(Person, { id: viewer.id }, { passwordHash });
      const others = tx.createQueryBuilder().delete().from(Session).where("person_id = :id", { id: viewer.id });
      if (currentSessionId) others.andWhere("id <> :sid", { sid: currentSessionId });
      await others.execute();
      publishAfterCommit(tx, "SESSION_ENDED", { personId: viewer.id });
    });
  }

  /**
   * Sends a verification link to the new address; the e-mail changes once it is followed. An
   * address that another account uses gets a notice instead, after the same answer.
   */
  async requestEmailChange(viewer: Person, input: ChangeEmailInput, ip: string): Promise<void> {
    await this.assertCurrentPassword(viewer, input.password, "password");
    const email = normaliseEmail(input.newEmail);
    if (email === viewer.email) throw new InvalidInput([{ field: "newEmail", key: "account.sameEmail" }]);
    await this.deps.limits.mail(ip, email);
    this.deps.background.run("e-mail change mail", async () => {
      const outcome = await this.db.transaction(async (tx) => {
        await this.releaseUnverified(tx, { email });
        const owner = await tx.findOneBy(Person, { email });
        if (owner) return { owner };
        return this.createToken(tx, viewer, TokenPurpose.VERIFY_EMAIL, email);
      });
      if ("owner" in outcome) await this.mail(outcome.owner, email, "taken", "/forgot-password");
      else await this.mail(viewer, email, "verify", `/verify-email?token=${outcome.token}`);
    });
  }

  /**
   * Deletes the accounts never verified within their link's lifetime, so that their usernames
   * and addresses become free again. Runs hourly; registration also frees what it needs.
   */
  async purgeUnverified(): Promise<number> {
    const result = await this.unverifiedExpired(this.db.manager).delete().execute();
    return result.affected ?? 0;
  }

  /**
   * Deletes the account at once: the profile, sessions and pending links go with it
   * (foreign keys cascade); the username and e-mail become free again.
   */
  async deleteAccount(viewer: Person, password: string): Promise<void> {
    await this.assertCurrentPassword(viewer, password, "password");
    await this.db.transaction(async (tx) => {
      // Invitations by e-mail stay listed by their address: the inviter learns nothing from a deletion.
      await tx.update(
        Link,
        { personId: viewer.id, state: LinkState.INVITED, invitedEmail: Not(IsNull()) },
        { personId: null },
      );
      await tx.delete(Person, { id: viewer.id });
      publishAfterCommit(tx, "SESSION_ENDED", { personId: viewer.id });
    });
  }

  async openSession(manager: EntityManager, personId: string): Promise<string> {
    const { token, tokenHash } = newToken();
    // Expired rows are tidied up here rather than by a scheduled job.
    await manager.delete(Session, { personId, expiresAt: LessThan(new Date()) });
    await manager.insert(Session, { personId, tokenHash, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) });
    return token;
  }

  private assertPassword(password: string, field: string, personal: string[]): void {
    const problem = passwordProblem(password, personal);
    if (problem) throw new InvalidInput([{ field, ...problem }]);
  }

  private async assertCurrentPassword(viewer: Person, password: string, field: string): Promise<void> {
    if (!(await verifyPassword(viewer.passwordHash, password))) {
      throw new InvalidInput([{ field, key: "password.notCurrent" }]);
    }
  }

  /** Frees the username and address held by accounts past their verification time. */
  private async releaseUnverified(tx: EntityManager, held: { email?: string; username?: string }): Promise<void> {
    await this.unverifiedExpired(tx)
      .andWhere(
        new Brackets((holding) => {
          if (held.email) holding.orWhere("email = :email", { email: held.email });
          if (held.username) holding.orWhere("username = :username", { username: held.username });
        }),
      )
      .delete()
      .execute();
  }

  private unverifiedExpired(manager: EntityManager) {
    return manager
      .createQueryBuilder(Person, "person")
      .where("email_verified_at IS NULL")
      .andWhere("created_at < :cutoff", { cutoff: new Date(Date.now() - UNVERIFIED_LIFETIME_MS) });
  }

  /** Checks uniqueness up front for a clear message; the unique indexes still guard races. */
  private async assertFree(
    tx: EntityManager,
    wanted: { email?: string; username?: string },
    exceptId?: string,
    emailField = "email",
  ) {
    if (wanted.email) {
      const other = await tx.findOneBy(Person, { email: wanted.email });
      if (other && other.id !== exceptId) throw new Conflict("conflict.emailTaken", emailField);
    }
    if (wanted.username) {
      const other = await tx.findOneBy(Person, { username: wanted.username });
      if (other && other.id !== exceptId) throw new Conflict("conflict.usernameTaken", "username");
    }
  }

  private async createToken(tx: EntityManager, person: Person, purpose: TokenPurpose, email: string) {
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]);
    await tx.insert(EmailToken, { personId: person.id, purpose, email, tokenHash, expiresAt });
    return { token };
  }

  /** Marks a mailed token used, atomically, so a link works once. */
  private async useToken(tx: EntityManager, token: string, purpose: TokenPurpose): Promise<EmailToken> {
    const result = await tx
      .createQueryBuilder()
      .update(EmailToken)
      .set({ usedAt: () => "now()" })
      .where({ tokenHash: digest(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .returning("*")
      .execute();
    const row = (result.raw as Record<string, unknown>[])[0];
    if (!row) throw new InvalidInput([{ field: "token", key: "account.badToken" }]);
    return tx.create(EmailToken, {
      id: row.id as string,
      personId: row.person_id as string,
      email: row.email as string,
      purpose,
    });
  }

  private async mail(person: Person, to: string, kind: "verify" | "reset" | "taken", pathAndQuery: string) {
    await this.deps.mailer.sendLinkMail({
      to,
      name: person.displayName,
      language: person.language,
      kind,
      link: `${this.deps.publicUrl}${pathAndQuery}`,
    });
  }
}

function isExpired(person: Person): boolean {
  return !person.emailVerifiedAt && person.createdAt.getTime() < Date.now() - UNVERIFIED_LIFETIME_MS;
}
