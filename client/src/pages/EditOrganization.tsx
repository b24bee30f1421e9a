import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useElement } from "../components/elements/ElementLayout";
import {
  OrganizationForm,
  type OrganizationFormValues,
  organizationFormValues,
  organizationInput,
} from "../components/organizations/OrganizationForm";
import { PageTitle } from "../components/PageTitle";
import { RequireLogin } from "../components/RequireLogin";
import { StatusMessage } from "../components/StatusMessage";
import { canSeeContacts } from "../elements";
import { changesFrom, useSubmission } from "../forms";
import { UPDATE_ORGANIZATION } from "../graphql/organizations";
import { HelpLink } from "../components/help/HelpLink";

/** The descriptive fields, for anyone the API lets edit (open edition); every change goes to the history. */
function EditForm() {
  const { t } = useTranslation();
  const { element, basePath } = useElement();
  const [initial, setInitial] = useState(() => organizationFormValues(element));
  const [update] = useMutation(UPDATE_ORGANIZATION);
  const { busy, problem, run } = useSubmission();
  const [saved, setSaved] = useState<"saved" | "unchanged" | null>(null);

  async function submit(values: OrganizationFormValues) {
    setSaved(null);
    // Only what changed: the history then shows what this person really edited.
    const changes = changesFrom(organizationInput(initial), organizationInput(values));
    if (Object.keys(changes).length === 0) {
      setSaved("unchanged");
      return;
    }
    const result = await run(() => update({ variables: { input: { id: element.id, ...changes } } }));
    if (result.ok) {
      setInitial(values);
      setSaved("saved");
    }
  }

  if (!element.viewer.canEdit) return <p className="notice notice-info">{t("organization.edit.membersOnly")}</p>;
  return (
    <>
      <p className="notice notice-info">
        {element.viewer.isAdmin || element.viewer.inCommunity
          ? t("organization.edit.historyNote")
          : t("organization.edit.openEditionNote")}
      </p>
      <OrganizationForm
        initial={initial}
        onSubmit={submit}
        busy={busy}
        problem={problem}
        submitLabel={t("organization.edit.submit")}
        contactsShown={canSeeContacts(element)}
      >
        <StatusMessage>
          {saved === "saved" ? (
            <>
              {t("organization.edit.saved")} <Link to={basePath}>{t("organization.edit.view")}</Link>
            </>
          ) : saved === "unchanged" ? (
            t("organization.edit.unchanged")
          ) : null}
        </StatusMessage>
      </OrganizationForm>
    </>
  );
}

export function EditOrganization() {
  const { t } = useTranslation();
  const { element } = useElement();
  return (
    <RequireLogin>
      <section aria-labelledby="organization-edit">
        <PageTitle>{`${t("organization.edit.title")} · ${element.name}`}</PageTitle>
        <div className="title-with-help">
          <h2 id="organization-edit">{t("organization.edit.title")}</h2>
          <HelpLink slug="edit-existing-element" />
        </div>
        <EditForm />
      </section>
    </RequireLogin>
  );
}
