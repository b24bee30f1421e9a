import { Router } from "express";
import { renderMessage } from "../graphql/messages";
import { readOutbox } from "../mail/mailer";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * Without SMTP, mails land in DATA_DIR/outbox; this shows the newest ones so a local
 * user can follow their verification link. Only to loopback clients: the outbox holds
 * everyone's links. With SMTP (`outboxDir` null), it says there is no outbox.
 */
export function outboxRoutes(outboxDir: string | null): Router {
  const router = Router();
  router.get("/outbox.json", async (req, res) => {
    // req.ip: behind a trusted proxy on this machine, the client's address, not the proxy's.
    if (!LOOPBACK.has(req.ip ?? "")) {
      res.status(403).json({
        errors: [
          {
            message: renderMessage("outbox.localOnly"),
            extensions: { code: "FORBIDDEN", messageKey: "outbox.localOnly", messageParams: {} },
          },
        ],
      });
      return;
    }
    const mails = outboxDir ? await readOutbox(outboxDir) : [];
    res.set("Cache-Control", "no-store").json({ directory: outboxDir, mails });
  });
  return router;
}
