import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ElementCard } from "../components/elements/ElementCard";
import { HomeSection } from "../components/HomeSection";
import { PlacePrompt, PlaceSummary } from "../components/places/PlacePrompt";
import { FormError } from "../components/FormError";
import { FirstStepsChecklist } from "../components/help/FirstStepsChecklist";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { buttonClass } from "../components/ui/Button";
import { formatEventTime } from "../events";
import { apiProblem } from "../graphql/errors";
import { HOME } from "../graphql/home";
import { useChosenPlace, usePlacePromptDismissed } from "../place";
import { useViewer } from "../viewer";
import { HomeAround } from "./HomeAround";

const SHOWN = 6;

export function Home() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const place = useChosenPlace();
  const promptDismissed = usePlacePromptDismissed();
  // With a chosen place the page shows what is around it; otherwise today's latest lists.
  const { data, loading, error } = useQuery(HOME, { fetchPolicy: "cache-and-network", skip: Boolean(place) });
  const today = new Date().toISOString().slice(0, 10);
  // Projects whose end date has passed are finished: the home page shows those still going on.
  const projects = (data?.projects.nodes ?? []).filter((project) => !project.endsOn || project.endsOn >= today);
  const create = (kind: "organizations" | "projects" | "events") =>
    viewer ? (
      <Link className={buttonClass("primary")} to={`/${kind}/new`}>
        {t(`${kind}.create`)}
      </Link>
    ) : (
      <Link to={`/login?next=${encodeURIComponent(`/${kind}/new`)}`}>{t(`${kind}.loginToCreate`)}</Link>
    );

  return (
    <article className="home wide">
      <PageTitle>{t("home.title")}</PageTitle>
      <header className="home-hero">
        <h1>{t("home.title")}</h1>
        <p className="lead">{t("home.intro")}</p>
        {viewer ? (
          <p>{t("home.welcomeBack", { name: viewer.displayName })}</p>
        ) : (
          <>
            <ul className="home-points">
              <li>{t("home.points.people")}</li>
              <li>{t("home.points.privacy")}</li>
              <li>{t("home.points.local")}</li>
            </ul>
            <p className="actions">
              <Link className={buttonClass("primary")} to="/signup">
                {t("home.signup")}
              </Link>
              <Link className={buttonClass("secondary")} to="/login">
                {t("home.login")}
              </Link>
            </p>
          </>
        )}
      </header>
      {viewer && <FirstStepsChecklist />}
      {place ? <PlaceSummary place={place} /> : !promptDismissed && <PlacePrompt />}
      {place ? (
        <HomeAround place={place} create={create} />
      ) : loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <FormError problem={apiProblem(error)} />
      ) : data ? (
        <>
          <HomeSection
            id="home-events"
            title={t("home.sections.events")}
            more={{ to: "/events", label: t("home.sections.allEvents") }}
            empty={{ text: t("home.sections.noEvents"), action: create("events") }}
            count={data.events.nodes.length}
          >
            {data.events.nodes.map((event) => (
              <ElementCard key={event.id} element={event} headingLevel={3} kindLabel={t(`event.types.${event.type}`)}>
                <p className="element-card-when">
                  <time dateTime={event.startsAt}>{formatEventTime(event, i18n.language)}</time>
                </p>
              </ElementCard>
            ))}
          </HomeSection>
          <HomeSection
            id="home-organizations"
            title={t("home.sections.organizations")}
            more={{ to: "/organizations", label: t("home.sections.allOrganizations") }}
            empty={{
              text: t("home.sections.noOrganizations"),
              action: create("organizations"),
            }}
            count={data.organizations.nodes.length}
          >
            {data.organizations.nodes.map((organization) => (
              <ElementCard
                key={organization.id}
                element={organization}
                headingLevel={3}
                kindLabel={t(`organization.types.${organization.type}`)}
              />
            ))}
          </HomeSection>
          <HomeSection
            id="home-projects"
            title={t("home.sections.projects")}
            more={{ to: "/projects", label: t("home.sections.allProjects") }}
            empty={{ text: t("home.sections.noProjects"), action: create("projects") }}
            count={projects.length}
          >
            {projects.slice(0, SHOWN).map((project) => (
              <ElementCard
                key={project.id}
                element={project}
                headingLevel={3}
                kindLabel={t(`project.stages.${project.stage}`)}
              />
            ))}
          </HomeSection>
        </>
      ) : null}
    </article>
  );
}
