import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { StatusMessage } from "../components/StatusMessage";
import { SubmitButton } from "../components/SubmitButton";
import { useSubmission } from "../forms";
import { apiProblem, fieldMessage } from "../graphql/errors";
import type { Visibility } from "../graphql/generated/graphql";
import { MY_PRIVACY_SETTINGS, UPDATE_PRIVACY_SETTINGS } from "../graphql/profiles";
import { HelpLink } from "../components/help/HelpLink";

const PRIVATE_FIELDS = ["email", "phone", "birthDate", "locality", "directory"] as const;
type PrivateField = (typeof PRIVATE_FIELDS)[number];
const LEVELS: Visibility[] = ["PUBLIC", "CONTACTS", "HIDDEN"];

type Choices = Record<PrivateField, Visibility>;

function PrivacyForm({ initial }: { initial: Choices }) {
  const { t } = useTranslation();
  const id = useId();
  const [choices, setChoices] = useState(initial);
  const [update] = useMutation(UPDATE_PRIVACY_SETTINGS);
  const { busy, problem, run } = useSubmission();
  const [saved, setSaved] = useState(false);
  const explanationId = (level: Visibility) => `${id}-explain-${level}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await run(() => update({ variables: { input: choices } }));
    setSaved(result.ok);
  }

  return (
    <form onSubmit={submit} aria-busy={busy} className="form">
      <dl className="levels">
        {LEVELS.map((level) => (
          <div key={level}>
            <dt>{t(`settings.privacy.levels.${level}`)}</dt>
            <dd id={explanationId(level)}>{t(`settings.privacy.explanations.${level}`)}</dd>
          </div>
        ))}
      </dl>
      <FormError problem={problem} shownFields={[...PRIVATE_FIELDS]} />
      {PRIVATE_FIELDS.map((field) => {
        const error = fieldMessage(problem, field);
        const errorId = `${id}-${field}-error`;
        return (
          <fieldset key={field} className="group choice-group" aria-describedby={error ? errorId : undefined}>
            <legend>{t(`settings.privacy.fields.${field}`)}</legend>
            <div className="choices">
              {LEVELS.map((level) => (
                <label key={level} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${field}`}
                    value={level}
                    checked={choices[field] === level}
                    aria-describedby={explanationId(level)}
                    onChange={() => setChoices((current) => ({ ...current, [field]: level }))}
                  />
                  {t(`settings.privacy.levels.${level}`)}
                </label>
              ))}
            </div>
            {error && (
              <p className="field-error" id={errorId}>
                {error}
              </p>
            )}
          </fieldset>
        );
      })}
      <SubmitButton busy={busy}>{t("settings.privacy.submit")}</SubmitButton>
      <StatusMessage>{saved && t("settings.privacy.saved")}</StatusMessage>
    </form>
  );
}

export function PrivacySettings() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MY_PRIVACY_SETTINGS, { fetchPolicy: "network-only" });
  const settings = data?.me?.privacySettings;
  return (
    <section>
      <PageTitle>{t("settings.privacy.title")}</PageTitle>
      <div className="title-with-help">
        <h1>{t("settings.privacy.title")}</h1>
        <HelpLink slug="privacy-settings" />
      </div>
      <p className="lead">{t("settings.privacy.intro")}</p>
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <FormError problem={apiProblem(error)} />
      ) : settings ? (
        <PrivacyForm
          initial={{
            email: settings.email,
            phone: settings.phone,
            birthDate: settings.birthDate,
            locality: settings.locality,
            directory: settings.directory,
          }}
        />
      ) : null}
    </section>
  );
}
