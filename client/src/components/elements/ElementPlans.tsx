import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatEventTime } from "../../events";
import { apiProblem } from "../../graphql/errors";
import { ORGANIZATION_EVENTS, PROJECT_EVENTS } from "../../graphql/events";
import { ORGANIZATION_PROJECTS } from "../../graphql/projects";
import { FormError } from "../FormError";
import { Loading } from "../Loading";
import { buttonClass } from "../ui/Button";
import { ElementCard } from "./ElementCard";
import { useElement } from "./ElementLayout";

/** An empty tab that says what to do: the way to fill it when the viewer can, else who can. */
function EmptyState({ text, action }: { text: string; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{text}</p>
      {action && <p>{action}</p>}
    </div>
  );
}

/** The Projects tab of an organization: the projects it carries. */
export function ElementProjects() {
  const { t } = useTranslation();
  const { element } = useElement();
  const { data, loading, error } = useQuery(ORGANIZATION_PROJECTS, {
    variables: { slug: element.slug },
    fetchPolicy: "cache-and-network",
  });
  const projects = data?.organization?.projects;
  if (loading && !projects) return <Loading />;
  if (error && !projects) return <FormError problem={apiProblem(error)} />;
  if (!projects || projects.nodes.length === 0) {
    return element.viewer.isAdmin ? (
      <EmptyState
        text={t("element.plans.noProjectsAdmin")}
        action={
          <Link className={buttonClass("primary")} to="/projects/new">
            {t("element.plans.createProject")}
          </Link>
        }
      />
    ) : (
      <EmptyState text={t("element.plans.noProjects")} />
    );
  }
  return (
    <section aria-labelledby="element-projects">
      <h2 id="element-projects">{t("element.tabs.projects")}</h2>
      <ul className="element-list card-grid">
        {projects.nodes.map((project) => (
          <ElementCard
            key={project.id}
            element={project}
            headingLevel={3}
            kindLabel={t(`project.stages.${project.stage}`)}
          />
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
  // Read afresh on arrival: an event created meanwhile for this element belongs here.
  const ofOrganization = useQuery(ORGANIZATION_EVENTS, {
    variables,
    skip: isProject,
    fetchPolicy: "cache-and-network",
  });
  const ofProject = useQuery(PROJECT_EVENTS, { variables, skip: !isProject, fetchPolicy: "cache-and-network" });
  const events = isProject ? ofProject.data?.project?.events : ofOrganization.data?.organization?.events;
  const { loading, error } = isProject ? ofProject : ofOrganization;
  if (loading && !events) return <Loading />;
  if (error && !events) return <FormError problem={apiProblem(error)} />;
  // Administrators may name their organization or project as an event's organizer.
  const create = element.viewer.isAdmin && (
    <Link
      className={buttonClass(events?.nodes.length ? "secondary" : "primary")}
      to={`/events/new?${isProject ? "project" : "organization"}=${encodeURIComponent(element.slug)}`}
    >
      {t(isProject ? "element.plans.createEventForProject" : "element.plans.createEventForOrganization")}
    </Link>
  );
  if (!events || events.nodes.length === 0) {
    return create ? (
      <EmptyState text={t("element.plans.noEventsAdmin")} action={create} />
    ) : (
      <EmptyState text={t("element.plans.noEvents")} />
    );
  }
  return (
    <section aria-labelledby="element-events">
      <div className="section-header">
        <h2 id="element-events">{t("element.tabs.events")}</h2>
        {create}
      </div>
      <ul className="element-list card-grid">
        {events.nodes.map((event) => (
          <ElementCard key={event.id} element={event} headingLevel={3} kindLabel={t(`event.types.${event.type}`)}>
            <p className="element-card-when">
              <time dateTime={event.startsAt}>{formatEventTime(event, i18n.language)}</time>
            </p>
          </ElementCard>
        ))}
      </ul>
    </section>
  );
}
