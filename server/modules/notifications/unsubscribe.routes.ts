import { Router } from "express";
import { notificationTranslator } from "./notification.texts";
import type { NotificationService } from "./notification.service";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function page(language: string, title: string, body: string): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/**
 * One-click unsubscribe without a session. POST /unsubscribe/:token is what mail clients send
 * (RFC 8058, `List-Unsubscribe-Post: List-Unsubscribe=One-Click`) and what the page's button
 * sends; GET only shows the page with that button, since mail scanners open links on their own.
 */
export function unsubscribeRoutes(notifications: NotificationService): Router {
  const router = Router();
  router.get("/unsubscribe/:token", async (req, res) => {
    const target = await notifications.unsubscribeTarget(req.params.token);
    const t = notificationTranslator(target?.language ?? "fr");
    res.set("Cache-Control", "no-store").type("html");
    if (!target) {
      res.status(404).send(page("fr", t("page.title"), `<p>${escapeHtml(t("page.invalid"))}</p>`));
      return;
    }
    const what =
      target.scope === "digest"
        ? t("page.digest")
        : t("page.kind", { what: t(`kind.${target.scope}`, { count: 1, actor: "…", element: "…" }) });
    const action = `/unsubscribe/${encodeURIComponent(req.params.token)}`;
    res.send(
      page(
        target.language,
        t("page.title"),
        `<p>${escapeHtml(what)}</p><form method="post" action="${action}"><button type="submit">${escapeHtml(t("page.confirm"))}</button></form>`,
      ),
    );
  });
  router.post("/unsubscribe/:token", async (req, res) => {
    const target = await notifications.unsubscribeTarget(req.params.token);
    const t = notificationTranslator(target?.language ?? "fr");
    res.set("Cache-Control", "no-store").type("html");
    if (!target || !(await notifications.unsubscribe(req.params.token))) {
      res.status(404).send(page("fr", t("page.title"), `<p>${escapeHtml(t("page.invalid"))}</p>`));
      return;
    }
    res.send(page(target.language, t("page.title"), `<p>${escapeHtml(t("page.done"))}</p>`));
  });
  return router;
}
