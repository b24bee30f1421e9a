import { LoadMore } from "../components/LoadMore";
import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ElementCard } from "../components/elements/ElementCard";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { ExportLinks } from "../components/opendata/ExportLinks";
import { PageTitle } from "../components/PageTitle";
import { apiProblem } from "../graphql/errors";
import { ORGANIZATIONS } from "../graphql/organizations";
import { useViewer } from "../viewer";

/** The directory of organizations, newest first, a page at a time. */
export function Organizations() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error, fetchMore } = useQuery(ORGANIZATIONS, { fetchPolicy: "cache-and-network" });
  const organizations = data?.organizations;

  return (
    <section className="wide">
      <PageTitle>{t("organizations.title")}</PageTitle>
      <header className="directory-header">
        <div>
          <h1>{t("organizations.title")}</h1>
          <p className="lead">{t("organizations.intro")}</p>
        </div>
        {viewer ? (
          <Link className="button button-primary" to="/organizations/new">
            {t("organizations.create")}
          </Link>
        ) : (
          <p className="muted">
            <Link to="/login?next=%2Forganizations%2Fnew">{t("organizations.loginToCreate")}</Link>
          </p>
        )}
      </header>
      <ExportLinks filter={{ kinds: ["ORGANIZATION"] }} calendar={false} />
      {loading && !organizations ? (
        <Loading />
      ) : error && !organizations ? (
        <FormError problem={apiProblem(error)} />
      ) : organizations && organizations.nodes.length === 0 ? (
        <p className="empty-state">{t("organizations.empty")}</p>
      ) : organizations ? (
        <>
          <ul className="element-list card-grid">
            {organizations.nodes.map((organization) => (
              <ElementCard
                key={organization.id}
                element={organization}
                kindLabel={t(`organization.types.${organization.type}`)}
              />
            ))}
          </ul>
          <p className="muted" role="status">
            {t("organizations.count", { count: organizations.nodes.length, total: organizations.totalCount })}
          </p>
          <LoadMore
            pageInfo={organizations.pageInfo}
            load={(after) => fetchMore({ variables: { after } })}
            label={t("organizations.more")}
          />
        </>
      ) : null}
    </section>
  );
}
