import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ElementLayout, type ElementTab } from "../components/elements/ElementLayout";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { apiProblem } from "../graphql/errors";
import { ORGANIZATION } from "../graphql/organizations";

/** An organization's page, with the given tabs; its sub-pages read it through useElement(). */
export function OrganizationPage({ tabs }: { tabs: ElementTab[] }) {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  // Read afresh on arrival: others may have edited it, and the viewer's standing may have changed.
  const { data, loading, error } = useQuery(ORGANIZATION, { variables: { slug }, fetchPolicy: "cache-and-network" });

  if (loading && !data) return <Loading />;
  const problem = error ? apiProblem(error) : null;
  // A malformed slug cannot name anything: same answer as an unknown one.
  if (problem && problem.code !== "BAD_USER_INPUT") return <FormError problem={problem} />;
  const organization = data?.organization;
  if (!organization || organization.__typename !== "Organization") {
    return (
      <section>
        <PageTitle>{t("organization.notFoundTitle")}</PageTitle>
        <h1>{t("organization.notFoundTitle")}</h1>
        <p>{t("organization.notFound")}</p>
        <p>
          <Link to="/organizations">{t("organization.backToDirectory")}</Link>
        </p>
      </section>
    );
  }
  return (
    <ElementLayout
      element={organization}
      basePath={`/organizations/${organization.slug}`}
      tabs={tabs}
      kindLabel={`${t("organization.kind")} · ${t(`organization.types.${organization.type}`)}`}
    />
  );
}
