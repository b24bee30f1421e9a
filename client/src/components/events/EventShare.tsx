import { useState } from "react";
import { useTranslation } from "react-i18next";

type Copied = "copied" | "failed" | null;

/**
 * "Add to my calendar" (the public event's .ics file; a private event has none) and share
 * links: copy the page's address, or the device's own share sheet where the browser has one.
 */
export function EventShare({ event }: { event: { slug: string; name: string; settings: { private: boolean } } }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<Copied>(null);
  const url = `${window.location.origin}/events/${event.slug}`;
  const canShare = typeof navigator.share === "function";

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }

  async function share() {
    try {
      await navigator.share({ title: event.name, url });
    } catch {
      // Closing the share sheet rejects too: nothing to say.
    }
  }

  return (
    <section aria-labelledby="event-share" className="event-share">
      <h3 id="event-share">{t("event.share.title")}</h3>
      <div className="actions">
        {!event.settings.private && (
          <a
            className="button button-secondary"
            href={`/open-data/events/${encodeURIComponent(event.slug)}.ics`}
            download={`${event.slug}.ics`}
            aria-describedby="event-calendar-hint"
          >
            {t("event.share.addToCalendar")}
          </a>
        )}
        <button type="button" className="button button-secondary" onClick={copy}>
          {t("event.share.copyLink")}
        </button>
        {canShare && (
          <button type="button" className="button button-secondary" onClick={share}>
            {t("event.share.share")}
          </button>
        )}
      </div>
      {!event.settings.private && (
        <p className="field-hint" id="event-calendar-hint">
          {t("event.share.addToCalendarHint")}
        </p>
      )}
      <div role="status">
        {copied === "copied" && <p className="notice notice-success">{t("event.share.copied")}</p>}
        {copied === "failed" && (
          <p className="notice notice-info">
            {t("event.share.copyFailed")} <input readOnly value={url} aria-label={t("event.share.copyLink")} />
          </p>
        )}
      </div>
    </section>
  );
}
