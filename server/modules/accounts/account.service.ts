import { DataSource, type EntityManager, IsNull, LessThan, MoreThan } from "typeorm";
import { Conflict, Forbidden, InvalidInput, Unauthenticated } from "../../graphql/errors";
import type { Mailer } from "../../mail/mailer";
import type {
  ChangeEmailInput,
  ChangePasswordInput,
  LoginInput,
  RegisterInput,
  ResetPasswordInput,
} from "./account.inputs";
import { EmailToken, TokenPurpose } from "./email-token.entity";
import type { LoginThrottle } from "./login-throttle";
import { hashPassword, passwordProblem, spendVerifyTime, verifyPassword } from "./passwords";
import { Language, Person } from "./person.entity";
import { Session } from "./session.entity";
import { digest, newToken } from "./tokens";

const HOUR = 3600_000;
export const SESSION_LIFETIME_MS = 30 * 24 * HOUR;
const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  [TokenPurpose.VERIFY_EMAIL]: 48 * HOUR,
  [TokenPurpose.RESET_PASSWORD]: 1 * HOUR,
};

const normaliseEmail = (email: string) => email.trim().toLowerCase();

export interface AccountServiceDeps {
  dataSource: DataSource;
  mailer: Mailer;
  throttle: LoginThrottle;
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

  async register(input: RegisterInput): Promise<Person> {
    const email = normaliseEmail(input.email);
    const username = input.username.toLowerCase();
    this.assertPassword(input.password, "password", [username, email.split("@")[0]]);
    const person = this.db.getRepository(Person).create({
      email,
      username,
      displayName: input.displayName.trim(),
      language: input.language ?? Language.FR,
      passwordHash: await hashPassword(input.password),
    });
    const { token } = await this.db.transaction(async (tx) => {
      await this.assertFree(tx, { email, username });
      await tx.save(person);
      return this.createToken(tx, person, TokenPurpose.VERIFY_EMAIL, email);
    });
    await this.mail(person, email, "verify", `/verify-email?token=${token}`);
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

  /** Sends the verification link again; says nothing about whether the address exists. */
  async resendVerification(email: string): Promise<void> {
    const person = await this.db.getRepository(Person).findOneBy({ email: normaliseEmail(email) });
    if (!person || person.emailVerifiedAt) return;
    const { token } = await this.createToken(this.db.manager, person, TokenPurpose.VERIFY_EMAIL, person.email);
    await this.mail(person, person.email, "verify", `/verify-email?token=${token}`);
  }

  async login(input: LoginInput, ip: string): Promise<{ person: Person; token: string }> {
    const login = input.login.trim().toLowerCase();
    await this.deps.throttle.check(login, ip);
    const person = await this.db
      .getRepository(Person)
      .findOne({ where: login.includes("@") ? { email: login } : { username: login } });
    const valid = person
      ? await verifyPassword(person.passwordHash, input.password)
      : await spendVerifyTime(input.password).then(() => false);
    if (!person || !valid) {
      await this.deps.throttle.failed(login, ip);
      throw new Unauthenticated("The login or the password is wrong.");
    }
    await this.deps.throttle.succeeded(login);
    if (!person.emailVerifiedAt) {
      throw new Forbidden("Confirm your e-mail address first: follow the link we sent you.", "EMAIL_NOT_VERIFIED");
    }
    return { person, token: await this.openSession(this.db.manager, person.id) };
  }

  /** The person behind a session cookie, or null when it is unknown or expired. */
  async personForSession(token: string): Promise<{ person: Person; session: Session } | null> {
    const session = await this.db.getRepository(Session).findOne({
      where: { tokenHash: digest(token), expiresAt: MoreThan(new Date()) },
      relations: { person: true },
    });
    return session?.person ? { person: session.person, session } : null;
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.getRepository(Session).delete({ id: sessionId });
  }

  /** Mails a reset link when the address is known; answers the same either way. */
  async requestPasswordReset(email: string): Promise<void> {
    const person = await this.db.getRepository(Person).findOneBy({ email: normaliseEmail(email) });
    if (!person) return;
    const { token } = await this.createToken(this.db.manager, person, TokenPurpose.RESET_PASSWORD, person.email);
    await this.mail(person, person.email, "reset", `/reset-password?token=${token}`);
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
    });
  }

  /** Sends a verification link to the new address; the e-mail changes once it is followed. */
  async requestEmailChange(viewer: Person, input: ChangeEmailInput): Promise<void> {
    await this.assertCurrentPassword(viewer, input.password, "password");
    const email = normaliseEmail(input.newEmail);
    if (email === viewer.email)
      throw new InvalidInput([{ field: "newEmail", message: "is already your e-mail address" }]);
    const { token } = await this.db.transaction(async (tx) => {
      await this.assertFree(tx, { email }, viewer.id, "newEmail");
      return this.createToken(tx, viewer, TokenPurpose.VERIFY_EMAIL, email);
    });
    await this.mail(viewer, email, "verify", `/verify-email?token=${token}`);
  }

  /**
   * Deletes the account at once: the profile, sessions and pending links go with it
   * (foreign keys cascade); the username and e-mail become free again.
   */
  async deleteAccount(viewer: Person, password: string): Promise<void> {
    await this.assertCurrentPassword(viewer, password, "password");
    await this.db.getRepository(Person).delete({ id: viewer.id });
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
    if (problem) throw new InvalidInput([{ field, message: problem }]);
  }

  private async assertCurrentPassword(viewer: Person, password: string, field: string): Promise<void> {
    if (!(await verifyPassword(viewer.passwordHash, password))) {
      throw new InvalidInput([{ field, message: "is not your current password" }]);
    }
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
      if (other && other.id !== exceptId)
        throw new Conflict("An account already uses this e-mail address.", emailField);
    }
    if (wanted.username) {
      const other = await tx.findOneBy(Person, { username: wanted.username });
      if (other && other.id !== exceptId) throw new Conflict("This username is already taken.", "username");
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
    if (!row) throw new InvalidInput([{ field: "token", message: "this link is invalid, expired or already used" }]);
    return tx.create(EmailToken, {
      id: row.id as string,
      personId: row.person_id as string,
      email: row.email as string,
      purpose,
    });
  }

  private async mail(person: Person, to: string, kind: "verify" | "reset", pathAndQuery: string) {
    await this.deps.mailer.sendLinkMail({
      to,
      name: person.displayName,
      language: person.language,
      kind,
      link: `${this.deps.publicUrl}${pathAndQuery}`,
    });
  }
}
