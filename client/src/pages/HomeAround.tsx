import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SearchResultCard } from "../components/discovery/SearchResultCard";
import { FormError } from "../components/FormError";
import { HomeSection } from "../components/HomeSection";
import { Loading } from "../components/Loading";
import { HOME_AROUND } from "../graphql/discovery";
import { apiProblem } from "../graphql/errors";
import { type ChosenPlace, nearOf } from "../place";

const SHOWN = 6;
type Kind = "organizations" | "projects" | "events";
const KIND_FILTER: Record<Kind, string> = { organizations: "ORGANIZATION", projects: "PROJECT", events: "EVENT" };

/** The home page "around me": the nearest organizations and projects and the next events near the chosen place. */
export function HomeAround({ place, create }: { place: ChosenPlace; create: (kind: Kind) => ReactNode }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(HOME_AROUND, {
    variables: { near: nearOf(place) },
    fetchPolicy: "cache-and-network",
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <FormError problem={apiProblem(error)} />;
  if (!data) return null;
  const today = new Date().toISOString().slice(0, 10);
  // Projects whose end date has passed are finished: the home page shows those still going on.
  const projects = data.projects.nodes.filter(
    (project) => !("endsOn" in project) || !project.endsOn || project.endsOn >= today,
  );
  const section = (kind: Kind, nodes: typeof projects) => (
    <HomeSection
      id={`home-${kind}`}
      title={t(`home.around.${kind}`)}
      more={{ to: `/discover?kind=${KIND_FILTER[kind]}`, label: t("home.around.all") }}
      empty={{ text: t("home.around.none", { radius: place.radiusKm }), action: create(kind) }}
      count={nodes.length}
    >
      {nodes.slice(0, SHOWN).map((element) => (
        <SearchResultCard key={element.id} element={element} headingLevel={3} />
      ))}
    </HomeSection>
  );
  return (
    <>
      {section("events", data.events.nodes)}
      {section("organizations", data.organizations.nodes)}
      {section("projects", projects)}
    </>
  );
}
