import { useMutation } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { deletionDeadline, useDeletionDelayDays } from "../../elements";
import { formatDate } from "../../format";
import { useSubmission } from "../../forms";
import { REFUSE_ELEMENT_DELETION, REQUEST_ELEMENT_DELETION, UPDATE_ELEMENT_SETTINGS } from "../../graphql/elements";
import type { Audience, ElementDetailsFragment } from "../../graphql/generated/graphql";
import { FormError } from "../FormError";
import { Loading } from "../Loading";
import { PageTitle } from "../PageTitle";
import { RequireLogin } from "../RequireLogin";
import { StatusMessage } from "../StatusMessage";
import { SubmitButton } from "../SubmitButton";
import { useElement } from "./ElementLayout";
import { HelpLink } from "../help/HelpLink";

const AUDIENCES: Audience[] = ["PUBLIC", "MEMBERS"];
const AUDIENCE_SETTINGS = ["memberList", "contactFields"] as const;

type Settings = ElementDetailsFragment["settings"];

/** The settings that are on or off. */
type Switch = "private" | "openEdition" | "openMembership";

/** A setting that is on or off, with its label and hint (element.settings.<setting> and <setting>Hint). */
function CheckboxField({
  setting,
  settings,
  set,
}: {
  setting: Switch;
  settings: Settings;
  set: (key: Switch, value: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="checkbox-field">
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={settings[setting]}
          aria-describedby={`${id}-hint`}
          onChange={(e) => set(setting, e.target.checked)}
        />
        <label htmlFor={id}>{t(`element.settings.${setting}`)}</label>
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        {t(`element.settings.${setting}Hint`)}
      </p>
    </div>
  );
}

function PrivacyForm({ element }: { element: ElementDetailsFragment }) {
  const { t } = useTranslation();
  const id = useId();
  const [settings, setSettings] = useState<Settings>(() => ({ ...element.settings }));
  const [update] = useMutation(UPDATE_ELEMENT_SETTINGS);
  const { busy, problem, run } = useSubmission();
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setSettings((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const { private: isPrivate, memberList, contactFields, openEdition, openMembership } = settings;
    const input = { id: element.id, private: isPrivate, memberList, contactFields, openEdition, openMembership };
    const result = await run(() => update({ variables: { input } }));
    setSaved(result.ok);
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h3 id={`${id}-title`}>{t("element.settings.privacyTitle")}</h3>
      <form onSubmit={submit} aria-busy={busy} className="form">
        <FormError problem={problem} />
        <CheckboxField setting="private" settings={settings} set={set} />
        {AUDIENCE_SETTINGS.map((setting) => (
          <fieldset key={setting} className="group choice-group" aria-describedby={`${id}-${setting}-hint`}>
            <legend>{t(`element.settings.${setting}`)}</legend>
            <p className="field-hint" id={`${id}-${setting}-hint`}>
              {t(`element.settings.${setting}Hint`)}
            </p>
            <div className="choices">
              {AUDIENCES.map((audience) => (
                <label key={audience} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${setting}`}
                    value={audience}
                    checked={settings[setting] === audience}
                    onChange={() => set(setting, audience)}
                  />
                  {t(`element.settings.audiences.${audience}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <CheckboxField setting="openEdition" settings={settings} set={set} />
        <CheckboxField setting="openMembership" settings={settings} set={set} />
        <SubmitButton busy={busy}>{t("element.settings.submit")}</SubmitButton>
        <StatusMessage>{saved && t("element.settings.saved")}</StatusMessage>
      </form>
    </section>
  );
}

/** Two steps: an administrator asks, and another one can refuse within the delay. */
function Deletion({ element }: { element: ElementDetailsFragment }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [requestDeletion] = useMutation(REQUEST_ELEMENT_DELETION);
  const [refuseDeletion] = useMutation(REFUSE_ELEMENT_DELETION);
  const { busy, problem, run } = useSubmission();
  const [confirmed, setConfirmed] = useState(false);
  const delayDays = useDeletionDelayDays();
  /** What was just done, to announce it. */
  const [done, setDone] = useState<"requested" | "refused" | null>(null);
  const input = { id: element.id };

  async function request(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const result = await run(() => requestDeletion({ variables: { input } }));
    setDone(result.ok ? "requested" : null);
  }

  async function refuse(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const result = await run(() => refuseDeletion({ variables: { input } }));
    setConfirmed(false);
    setDone(result.ok ? "refused" : null);
  }

  const requestedAt = element.deletionRequestedAt;
  if (delayDays === null) return <Loading />;
  return (
    <section aria-labelledby={`${id}-title`} className="card card-danger">
      <h3 id={`${id}-title`}>{t("element.deletion.title")}</h3>
      {requestedAt ? (
        <>
          <p>
            {t("element.deletion.pending", {
              date: formatDate(requestedAt, i18n.language),
              deadline: formatDate(deletionDeadline(requestedAt, delayDays), i18n.language),
            })}
          </p>
          <p className="field-hint">{t("element.deletion.refuseHint")}</p>
          <form onSubmit={refuse} aria-busy={busy} className="form">
            <FormError
              problem={problem}
              message={problem?.code === "FORBIDDEN" ? t("element.deletion.ownRequest") : undefined}
            />
            <SubmitButton busy={busy}>{t("element.deletion.refuse")}</SubmitButton>
          </form>
        </>
      ) : (
        <>
          <p>{t("element.deletion.explain", { count: delayDays })}</p>
          <form onSubmit={request} aria-busy={busy} className="form">
            <FormError problem={problem} />
            <div className="checkbox">
              <input
                id={`${id}-confirm`}
                type="checkbox"
                required
                checked={confirmed}
                onChange={(e) => setConfirmed(e.target.checked)}
              />
              <label htmlFor={`${id}-confirm`}>{t("element.deletion.confirm")}</label>
            </div>
            <SubmitButton busy={busy} busyLabel={t("form.sending")} variant="danger">
              {t("element.deletion.request")}
            </SubmitButton>
          </form>
        </>
      )}
      <StatusMessage>{done && t(`element.deletion.${done}`)}</StatusMessage>
    </section>
  );
}

/** Settings > Privacy and edition, and deletion: for the element's administrators. */
export function ElementSettingsPage() {
  const { t } = useTranslation();
  const { element } = useElement();
  return (
    <RequireLogin>
      <section aria-labelledby="element-settings">
        <PageTitle>{`${t("element.settings.title")} · ${element.name}`}</PageTitle>
        <div className="title-with-help">
          <h2 id="element-settings">{t("element.settings.title")}</h2>
          <HelpLink slug="organization-settings" />
        </div>
        {element.viewer.isAdmin ? (
          <>
            <PrivacyForm element={element} />
            <Deletion element={element} />
          </>
        ) : (
          <p className="notice notice-info">{t("element.settings.adminsOnly")}</p>
        )}
      </section>
    </RequireLogin>
  );
}
