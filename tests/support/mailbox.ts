import { type AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  /** Header lines by lower-case name (the last one of a name). */
  headers: Record<string, string>;
}

/** A real SMTP server on a free port that keeps what it receives. */
export class Mailbox {
  readonly mails: ReceivedMail[] = [];
  private waiters: (() => void)[] = [];
  private held: Promise<void> | null = null;
  private server: SMTPServer;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then(async (parsed: ParsedMail) => {
            await this.held;
            const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ""));
            const headers = Object.fromEntries(
              parsed.headerLines.map(({ key, line }) => [key, line.slice(key.length + 1).trim()]),
            );
            this.mails.push({ to, subject: parsed.subject ?? "", text: parsed.text ?? "", headers });
            this.waiters.splice(0).forEach((wake) => wake());
            callback();
          })
          .catch(callback);
      },
    });
  }

  static async start(): Promise<Mailbox> {
    const mailbox = new Mailbox();
    await new Promise<void>((resolve) => mailbox.server.listen(0, "127.0.0.1", resolve));
    return mailbox;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /**
   * Accepts no mail until the returned function is called: the sender waits for the SMTP
   * answer meanwhile, which shows whether a response waited for a mail to be sent.
   */
  hold(): () => void {
    let release!: () => void;
    this.held = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.held = null;
      release();
    };
  }

  /** Waits (up to 10 s) for a mail to this address matching the predicate. */
  async waitFor(to: string, match: (mail: ReceivedMail) => boolean = () => true): Promise<ReceivedMail> {
    // Generous: on 2 busy cores a registration (argon2) and its mail can take several seconds.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const found = this.mails.find((m) => m.to.includes(to.toLowerCase()) && match(m));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${to} arrived`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  /** The token of the last link of that kind mailed to this address. */
  async linkToken(to: string, path: "/verify-email" | "/reset-password"): Promise<string> {
    const mail = await this.waitFor(to, (m) => m.text.includes(path));
    const match = [...mail.text.matchAll(/token=([\w-]+)/g)].pop();
    if (!match) throw new Error(`no token in the mail to ${to}`);
    this.mails.splice(this.mails.indexOf(mail), 1);
    return match[1];
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
