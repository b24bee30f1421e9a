import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { StatusMessage } from "../components/StatusMessage";
import { elementPath } from "../elements";
import { useSubmission } from "../forms";
import { apiProblem } from "../graphql/errors";
import type { MailDelivery, NotificationKind, NotificationLevel } from "../graphql/generated/graphql";
import { NOTIFICATION_SETTINGS, SET_MAIL_DELIVERY, SET_NOTIFICATION_LEVEL } from "../graphql/notifications";

const DELIVERIES: MailDelivery[] = ["IMMEDIATELY", "DIGEST", "NEVER"];
const LEVELS: NotificationLevel[] = ["EVERYTHING", "IMPORTANT", "NOTHING"];

/** One kind's mail delivery: saved as soon as it is chosen. */
function DeliveryChoice({ kind, initial }: { kind: NotificationKind; initial: MailDelivery }) {
  const { t } = useTranslation();
  const id = useId();
  const [delivery, setDelivery] = useState(initial);
  const [save] = useMutation(SET_MAIL_DELIVERY);
  const { busy, problem, run } = useSubmission();
  const [saved, setSaved] = useState(false);

  async function choose(next: MailDelivery) {
    setDelivery(next);
    setSaved(false);
    const result = await run(() => save({ variables: { input: { kind, delivery: next } } }));
    setSaved(result.ok);
  }

  return (
    <fieldset className="group choice-group" aria-busy={busy}>
      <legend>{t(`settings.notifications.kinds.${kind}`)}</legend>
      <div className="choices">
        {DELIVERIES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-delivery`}
              value={option}
              checked={delivery === option}
              onChange={() => void choose(option)}
            />
            {t(`settings.notifications.deliveries.${option}`)}
          </label>
        ))}
      </div>
      <FormError problem={problem} />
      <StatusMessage>{saved ? t("settings.notifications.saved") : null}</StatusMessage>
    </fieldset>
  );
}

function LevelChoice({
  element,
  initial,
}: {
  element: { id: string; kind: Parameters<typeof elementPath>[0]["kind"]; slug: string; name: string };
  initial: NotificationLevel;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [level, setLevel] = useState(initial);
  const [save] = useMutation(SET_NOTIFICATION_LEVEL);
  const { busy, problem, run } = useSubmission();
  const [saved, setSaved] = useState(false);

  async function choose(next: NotificationLevel) {
    setLevel(next);
    setSaved(false);
    const result = await run(() => save({ variables: { input: { elementId: element.id, level: next } } }));
    setSaved(result.ok);
  }

  return (
    <li className="field">
      <label htmlFor={id}>
        <Link to={elementPath(element)}>{element.name}</Link>
      </label>
      <select
        id={id}
        value={level}
        onChange={(event) => void choose(event.target.value as NotificationLevel)}
        aria-busy={busy}
      >
        {LEVELS.map((option) => (
          <option key={option} value={option}>
            {t(`settings.notifications.levels.${option}`)}
          </option>
        ))}
      </select>
      <FormError problem={problem} />
      <StatusMessage>{saved ? t("settings.notifications.saved") : null}</StatusMessage>
    </li>
  );
}

export function NotificationSettings() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(NOTIFICATION_SETTINGS, { fetchPolicy: "network-only" });
  const title = t("settings.notifications.title");
  return (
    <section>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      {loading && !data && <Loading />}
      {error && !data && <FormError problem={apiProblem(error)} />}
      {data && (
        <>
          <h2>{t("settings.notifications.mailTitle")}</h2>
          <p>{t("settings.notifications.mailIntro")}</p>
          {data.notificationSettings.deliveries.map(({ kind, delivery }) => (
            <DeliveryChoice key={kind} kind={kind} initial={delivery} />
          ))}
          <h2>{t("settings.notifications.elementsTitle")}</h2>
          <p>{t("settings.notifications.elementsIntro")}</p>
          {data.notificationSettings.elements.length === 0 ? (
            <p className="empty-state">{t("settings.notifications.noElements")}</p>
          ) : (
            <ul className="form notification-levels">
              {data.notificationSettings.elements.map(({ element, level }) => (
                <LevelChoice key={element.id} element={element} initial={level} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
