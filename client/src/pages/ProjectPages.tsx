import { LoadMore } from "../components/LoadMore";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ElementCard } from "../components/elements/ElementCard";
import { ElementEdit } from "../components/elements/ElementEdit";
import type { ElementTab } from "../components/elements/ElementLayout";
import { ElementPage } from "../components/elements/ElementPage";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { ExportLinks } from "../components/opendata/ExportLinks";
import { PageTitle } from "../components/PageTitle";
import { ProjectForm, projectFormValues, projectInput } from "../components/projects/ProjectForm";
import { RequireLogin } from "../components/RequireLogin";
import { useSubmission } from "../forms";
import { apiProblem } from "../graphql/errors";
import { MY_MEMBERSHIPS } from "../graphql/links";
import { CREATE_PROJECT, PROJECT, PROJECTS, UPDATE_PROJECT } from "../graphql/projects";
import { useViewer } from "../viewer";

/** The project directory, newest first. */
export function Projects() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error, fetchMore } = useQuery(PROJECTS, { fetchPolicy: "cache-and-network" });
  const projects = data?.projects;

  return (
    <section className="wide">
      <PageTitle>{t("projects.title")}</PageTitle>
      <header className="directory-header">
        <div>
          <h1>{t("projects.title")}</h1>
          <p className="lead">{t("projects.intro")}</p>
        </div>
        {viewer ? (
          <Link className="button button-primary" to="/projects/new">
            {t("projects.create")}
          </Link>
        ) : (
          <p className="muted">
            <Link to="/login?next=%2Fprojects%2Fnew">{t("projects.loginToCreate")}</Link>
          </p>
        )}
      </header>
      <ExportLinks filter={{ kinds: ["PROJECT"] }} calendar={false} />
      {loading && !projects ? (
        <Loading />
      ) : error && !projects ? (
        <FormError problem={apiProblem(error)} />
      ) : projects && projects.nodes.length === 0 ? (
        <p className="empty-state">{t("projects.empty")}</p>
      ) : projects ? (
        <>
          <ul className="element-list card-grid">
            {projects.nodes.map((project) => (
              <ElementCard key={project.id} element={project} kindLabel={t(`project.stages.${project.stage}`)} />
            ))}
          </ul>
          <p className="muted" role="status">
            {t("projects.count", { count: projects.nodes.length, total: projects.totalCount })}
          </p>
          <LoadMore
            pageInfo={projects.pageInfo}
            load={(after) => fetchMore({ variables: { after } })}
            label={t("projects.more")}
          />
        </>
      ) : null}
    </section>
  );
}

function NewProjectForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(CREATE_PROJECT, { refetchQueries: [PROJECTS] });
  const { busy, problem, run } = useSubmission();
  const [values, setValues] = useState(() => projectFormValues());
  // The organizations this person administers may carry the project instead of them.
  const { data: memberships } = useQuery(MY_MEMBERSHIPS, { variables: { state: "ACTIVE" } });
  const carrierChoices = (memberships?.me?.memberships?.nodes ?? []).flatMap((link) =>
    link.isAdmin && link.element?.kind === "ORGANIZATION" ? [{ id: link.element.id, name: link.element.name }] : [],
  );

  async function submit() {
    const result = await run(() => create({ variables: { input: projectInput(values) } }));
    if (result.ok && result.value.data) await navigate(`/projects/${result.value.data.createProject.slug}`);
  }

  return (
    <ProjectForm
      values={values}
      onChange={(changes) => setValues((current) => ({ ...current, ...changes }))}
      onSubmit={submit}
      busy={busy}
      problem={problem}
      submitLabel={t("projects.new.submit")}
      carrierChoices={carrierChoices}
    />
  );
}

export function NewProject() {
  const { t } = useTranslation();
  return (
    <RequireLogin>
      <section>
        <PageTitle>{t("projects.new.title")}</PageTitle>
        <h1>{t("projects.new.title")}</h1>
        <p className="lead">{t("projects.new.intro")}</p>
        <NewProjectForm />
      </section>
    </RequireLogin>
  );
}

/** A project's page, with the given tabs. */
export function ProjectPage({ tabs }: { tabs: ElementTab[] }) {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const { data, loading, error } = useQuery(PROJECT, { variables: { slug }, fetchPolicy: "cache-and-network" });
  return (
    <ElementPage
      element={data?.project}
      loading={loading}
      error={error}
      tabs={tabs}
      directory="/projects"
      kindLabel={(element) =>
        element.__typename === "Project"
          ? `${t("project.kind")} · ${t(`project.stages.${element.stage}`)}`
          : t("project.kind")
      }
      notFound={{ title: t("project.notFoundTitle"), text: t("project.notFound"), back: t("project.backToDirectory") }}
    />
  );
}

export function EditProject() {
  const [update] = useMutation(UPDATE_PROJECT);
  return (
    <ElementEdit
      initialValues={projectFormValues}
      toInput={projectInput}
      save={(input) => update({ variables: { input } })}
      renderForm={(props) => <ProjectForm {...props} />}
    />
  );
}
