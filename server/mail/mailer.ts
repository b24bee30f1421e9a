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
  kind: "verify" | "reset" | "invite";
  link: string;
  /** Values for the kind's texts, such as who invites to what. */
  params?: Record<string, string>;
}

export interface Mailer {
  sendLinkMail(mail: LinkMail): Promise<void>;
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
  return { from, to: mail.to, subject: t(`${mail.kind}.subject`, mail.params), text };
}

/** Sends through SMTP_URL, or writes .eml files to DATA_DIR/outbox so a local user can follow links. */
export function createMailer(config: Config, logger: Logger): Mailer {
  if (config.smtpUrl) {
    const transport: Transporter = nodemailer.createTransport(config.smtpUrl);
    return {
      async sendLinkMail(mail) {
        await transport.sendMail(compose(config.mailFrom, mail));
      },
      close: () => transport.close(),
    };
  }
  const outboxDir = path.join(config.dataDir, "outbox");
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    outboxDir,
    async sendLinkMail(mail) {
      const info = await transport.sendMail(compose(config.mailFrom, mail));
      await mkdir(outboxDir, { recursive: true });
      const file = path.join(outboxDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.kind}.eml`);
      await writeFile(file, info.message as Buffer);
      const { to, subject, text } = compose(config.mailFrom, mail);
      await writeFile(file.replace(/\.eml$/, ".json"), JSON.stringify({ to, subject, text, date: new Date() }));
      logger.info({ file }, "no SMTP_URL: mail written to the outbox");
    },
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
