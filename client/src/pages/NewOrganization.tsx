import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import {
  OrganizationForm,
  type OrganizationFormValues,
  organizationFormValues,
  organizationInput,
} from "../components/organizations/OrganizationForm";
import { PageTitle } from "../components/PageTitle";
import { RequireLogin } from "../components/RequireLogin";
import { useSubmission } from "../forms";
import { CREATE_ORGANIZATION, ORGANIZATIONS } from "../graphql/organizations";
import { HelpLink } from "../components/help/HelpLink";

function NewOrganizationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The directory lists the new organization next time it is shown.
  const [create] = useMutation(CREATE_ORGANIZATION, { refetchQueries: [ORGANIZATIONS] });
  const { busy, problem, run } = useSubmission();

  async function submit(values: OrganizationFormValues) {
    const result = await run(() => create({ variables: { input: organizationInput(values) } }));
    if (result.ok && result.value.data) {
      await navigate(`/organizations/${result.value.data.createOrganization.slug}`);
    }
  }

  return (
    <OrganizationForm
      initial={organizationFormValues()}
      onSubmit={submit}
      busy={busy}
      problem={problem}
      submitLabel={t("organization.new.submit")}
    />
  );
}

export function NewOrganization() {
  const { t } = useTranslation();
  return (
    <RequireLogin>
      <section>
        <PageTitle>{t("organization.new.title")}</PageTitle>
        <div className="title-with-help">
          <h1>{t("organization.new.title")}</h1>
          <HelpLink slug="create-organization" />
        </div>
        <p className="lead">{t("organization.new.intro")}</p>
        <NewOrganizationForm />
      </section>
    </RequireLogin>
  );
}
