import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../components/Field";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { StatusMessage } from "../components/StatusMessage";
import { SubmitButton } from "../components/SubmitButton";
import { useSubmission } from "../forms";
import type { DataLicenceId } from "../graphql/generated/graphql";
import { fieldMessage } from "../graphql/errors";
import { INSTANCE_SETTINGS, UPDATE_INSTANCE } from "../graphql/instance";
import { useViewer } from "../viewer";

const LICENCES: readonly DataLicenceId[] = ["ODBL_1_0", "ETALAB_2_0", "CC_BY_4_0"];

/** The instance's settings, for its administrators: name, description, contact and data licence. */
export function InstanceAdmin() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(INSTANCE_SETTINGS);
  const [update] = useMutation(UPDATE_INSTANCE, { refetchQueries: ["InstanceLicence"] });
  const { busy, problem, run } = useSubmission();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [contactEmail, setContactEmail] = useState("");
  const [contactUrl, setContactUrl] = useState("");
  const [licence, setLicence] = useState<DataLicenceId>("ODBL_1_0");
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!data) return;
    setName(data.instance.name);
    setDescription(data.instance.description ?? "");
    setContactEmail(data.instance.contactEmail ?? "");
    setContactUrl(data.instance.contactUrl ?? "");
    setLicence(data.instance.licence.id);
  }, [data]);

  if (!viewer?.isInstanceAdmin) {
    return (
      <section className="narrow">
        <PageTitle>{t("instanceAdmin.title")}</PageTitle>
        <h1>{t("instanceAdmin.title")}</h1>
        <p>{t("instanceAdmin.adminsOnly")}</p>
      </section>
    );
  }
  if (loading) return <Loading />;
  if (error || !data) return <p role="alert">{t("instanceAdmin.loadFailed")}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = {
      name,
      description: description.trim() || null,
      contactEmail: contactEmail.trim() || null,
      contactUrl: contactUrl.trim() || null,
      licence,
    };
    const result = await run(() => update({ variables: { input } }));
    if (result.ok) setSaved(true);
  }

  return (
    <section className="narrow">
      <PageTitle>{t("instanceAdmin.title")}</PageTitle>
      <h1>{t("instanceAdmin.title")}</h1>
      <form onSubmit={submit} aria-busy={busy} className="form card">
        <FormError problem={problem} shownFields={["name", "description", "contactEmail", "contactUrl"]} />
        <Field label={t("instanceAdmin.name")} required error={fieldMessage(problem, "name")}>
          {(props) => <input {...props} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t("instanceAdmin.description")} error={fieldMessage(problem, "description")}>
          {(props) => (
            <textarea
              {...props}
              rows={4}
              value={description}
              maxLength={2000}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("instanceAdmin.contactEmail")} error={fieldMessage(problem, "contactEmail")}>
          {(props) => (
            <input {...props} type="email" value={contactEmail} onChange={(e) => setContactEmail(e.target.value)} />
          )}
        </Field>
        <Field label={t("instanceAdmin.contactUrl")} error={fieldMessage(problem, "contactUrl")}>
          {(props) => (
            <input {...props} type="url" value={contactUrl} onChange={(e) => setContactUrl(e.target.value)} />
          )}
        </Field>
        <Field label={t("instanceAdmin.licence")}>
          {(props) => (
            <select {...props} value={licence} onChange={(e) => setLicence(e.target.value as DataLicenceId)}>
              {LICENCES.map((id) => (
                <option key={id} value={id}>
                  {t(`instanceAdmin.licences.${id}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p>
          <SubmitButton busy={busy}>{t("instanceAdmin.save")}</SubmitButton>
        </p>
        <StatusMessage>{saved ? t("instanceAdmin.saved") : null}</StatusMessage>
      </form>
    </section>
  );
}
