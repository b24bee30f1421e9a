import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatEventTime } from "../../events";
import { apiProblem } from "../../graphql/errors";
import { ORGANIZATION_EVENTS, PROJECT_EVENTS } from "../../graphql/events";
import { ORGANIZATION_PROJECTS } from "../../graphql/projects";
import { FormError } from "../FormError";
import { Loading } from "../Loading";
import { useElement } from "./ElementLayout";

/** The Projects tab of an organization: the projects it carries. */
export function ElementProjects() {
  const { t } = useTranslation();
  const { element } = useElement();
  const { data, loading, error } = useQuery(ORGANIZATION_PROJECTS, { variables: { slug: element.slug } });
  const projects = data?.organization?.projects;
  if (loading && !projects) return <Loading />;
  if (error && !projects) return <FormError problem={apiProblem(error)} />;
  if (!projects || projects.nodes.length === 0) return <p className="empty-state">{t("element.plans.noProjects")}</p>;
  return (
    <section aria-labelledby="element-projects">
      <h2 id="element-projects">{t("element.tabs.projects")}</h2>
      <ul className="element-list">
        {projects.nodes.map((project) => (
          <li key={project.id} className="card element-card">
            <h3>
              <Link to={`/projects/${project.slug}`}>{project.name}</Link>
            </h3>
            <p className="element-kind">{t(`project.stages.${project.stage}`)}</p>
            {project.shortDescription && <p>{project.shortDescription}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The Events tab of an organization or a project: the upcoming events it organizes. */
export function ElementEvents() {
  const { t, i18n } = useTranslation();
  const { element } = useElement();
  const isProject = element.kind === "PROJECT";
  const variables = { slug: element.slug };
  const ofOrganization = useQuery(ORGANIZATION_EVENTS, { variables, skip: isProject });
  const ofProject = useQuery(PROJECT_EVENTS, { variables, skip: !isProject });
  const events = isProject ? ofProject.data?.project?.events : ofOrganization.data?.organization?.events;
  const { loading, error } = isProject ? ofProject : ofOrganization;
  if (loading && !events) return <Loading />;
  if (error && !events) return <FormError problem={apiProblem(error)} />;
  if (!events || events.nodes.length === 0) return <p className="empty-state">{t("element.plans.noEvents")}</p>;
  return (
    <section aria-labelledby="element-events">
      <h2 id="element-events">{t("element.tabs.events")}</h2>
      <ul className="element-list">
        {events.nodes.map((event) => (
          <li key={event.id} className="card element-card">
            <h3>
              <Link to={`/events/${event.slug}`}>{event.name}</Link>
            </h3>
            <p className="element-kind">{t(`event.types.${event.type}`)}</p>
            <p>
              <time dateTime={event.startsAt}>{formatEventTime(event, i18n.language)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
