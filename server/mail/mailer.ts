import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { mailTranslator } from "./texts";

export interface LinkMail {
  to: string;
  name: string;
  language: string;
  /** `taken`: someone tried to sign up with (or move an account to) an address that has an account. */
  kind: "verify" | "reset" | "taken" | "invite";
  link: string;
  /** Values for the kind's texts, such as who invites to what. */
  params?: Record<string, string>;
}

/** A mail written by its sender (notifications), with extra headers such as List-Unsubscribe. */
export interface Message {
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
  /** Names the outbox file. */
  kind: string;
}

export interface Mailer {
  sendLinkMail(mail: LinkMail): Promise<void>;
  sendMessage(message: Message): Promise<void>;
  /** Folder where mails are written when no SMTP server is configured. */
  outboxDir?: string;
  close(): void;
}

function compose(from: string, mail: LinkMail) {
  const t = mailTranslator(mail.language);
  const text = [
    t("greeting", { name: mail.name }),
    "",
    t(`${mail.kind}.body`, mail.params),
    mail.link,
    "",
    t(`${mail.kind}.ignore`, mail.params),
    "",
    t("signature"),
  ].join("\n");
  return { from, to: mail.to, subject: t(`${mail.kind}.subject`, mail.params), text, kind: mail.kind };
}

function withSender(from: string, message: Message) {
  return { ...message, from };
}

/** Sends through SMTP_URL, or writes .eml files to DATA_DIR/outbox so a local user can follow links. */
export function createMailer(config: Config, logger: Logger): Mailer {
  if (config.smtpUrl) {
    const transport: Transporter = nodemailer.createTransport(config.smtpUrl);
    return {
      async sendLinkMail(mail) {
        await transport.sendMail(compose(config.mailFrom, mail));
      },
      async sendMessage(message) {
        await transport.sendMail(withSender(config.mailFrom, message));
      },
      close: () => transport.close(),
    };
  }
  const outboxDir = path.join(config.dataDir, "outbox");
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  async function write(mail: ReturnType<typeof withSender>) {
    const info = await transport.sendMail(mail);
    await mkdir(outboxDir, { recursive: true });
    const file = path.join(outboxDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.kind}.eml`);
    await writeFile(file, info.message as Buffer);
    const { to, subject, text } = mail;
    await writeFile(file.replace(/\.eml$/, ".json"), JSON.stringify({ to, subject, text, date: new Date() }));
    logger.info({ file }, "no SMTP_URL: mail written to the outbox");
  }
  return {
    outboxDir,
    sendLinkMail: (mail) => write(compose(config.mailFrom, mail)),
    sendMessage: (message) => write(withSender(config.mailFrom, message)),
    close: () => transport.close(),
  };
}

export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  date: string;
}

/** The newest outbox mails (from the .json written beside each .eml), for the local "check your mail" page. */
export async function readOutbox(outboxDir: string, limit = 20): Promise<OutboxMail[]> {
  const names = await readdir(outboxDir).catch(() => [] as string[]);
  const newest = names
    .filter((n) => n.endsWith(".json"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(newest.map(async (name) => JSON.parse(await readFile(path.join(outboxDir, name), "utf8"))));
}
