import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LinkifiedText } from "../components/LinkifiedText";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";

interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  date: string;
}

type OutboxState =
  | { status: "loading" }
  | { status: "ready"; directory: string; mails: OutboxMail[] }
  | { status: "forbidden" | "unavailable" | "error" };

async function fetchOutbox(): Promise<OutboxState> {
  try {
    const response = await fetch("/outbox.json", { headers: { accept: "application/json" }, cache: "no-store" });
    if (response.status === 403) return { status: "forbidden" };
    if (!response.ok) return { status: "error" };
    const body = (await response.json()) as { directory: string | null; mails: OutboxMail[] };
    // No directory: this server sends real e-mail.
    if (body.directory === null) return { status: "unavailable" };
    return { status: "ready", directory: body.directory, mails: body.mails };
  } catch {
    return { status: "error" };
  }
}

/** Mail the server wrote to disk because no SMTP server is configured (local installs). */
export function Outbox() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<OutboxState>({ status: "loading" });
  const load = useCallback(() => {
    setState({ status: "loading" });
    void fetchOutbox().then(setState);
  }, []);
  useEffect(load, [load]);

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section>
      <PageTitle>{t("outbox.title")}</PageTitle>
      <h1>{t("outbox.title")}</h1>
      <p className="lead">{t("outbox.intro")}</p>
      {state.status === "loading" && <Loading />}
      {(state.status === "forbidden" || state.status === "unavailable" || state.status === "error") && (
        <div role="alert" className="notice notice-error">
          <p>{t(`outbox.${state.status}`)}</p>
        </div>
      )}
      {state.status === "ready" && (
        <>
          <p className="muted">{t("outbox.directory", { directory: state.directory })}</p>
          <p>
            <button type="button" className="button button-secondary" onClick={load}>
              {t("outbox.refresh")}
            </button>
          </p>
          {state.mails.length === 0 ? (
            <p>{t("outbox.empty")}</p>
          ) : (
            <ol className="mail-list">
              {state.mails.map((mail) => (
                <li key={`${mail.date}-${mail.to}-${mail.subject}`} className="card mail">
                  <h2>{mail.subject}</h2>
                  <p className="muted">
                    {t("outbox.to", { to: mail.to })} ·{" "}
                    <time dateTime={mail.date}>{dateFormat.format(new Date(mail.date))}</time>
                  </p>
                  <p className="mail-text">
                    <LinkifiedText text={mail.text} />
                  </p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
