import { skipToken, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { DiscoveryFiltersForm, useDiscoveryFilters } from "../components/discovery/DiscoveryFiltersForm";
import { LoadMore } from "../components/LoadMore";
import { ElementMap, type MapViewport } from "../components/map/ElementMap";
import { PageTitle } from "../components/PageTitle";
import { buttonClass } from "../components/ui/Button";
import { searchFilter } from "../discovery";
import { communityKind, elementPath, townOf } from "../elements";
import { MAP_MARKERS, SEARCH } from "../graphql/discovery";
import { INSTANCE } from "../graphql/viewer";
import { type ChosenPlace, useChosenPlace } from "../place";

const LIST_SIZE = 20;
/** Metropolitan France, when no place is chosen. */
const DEFAULT_VIEW = { center: [46.6, 2.4] as [number, number], zoom: 5 };

/** A zoom that shows about the chosen radius around the place. */
const zoomFor = (place: ChosenPlace) => Math.max(4, Math.min(14, Math.round(14 - Math.log2(place.radiusKm))));

/**
 * The map page: what the filters find in the visible part of the map, as markers and the server's
 * clusters, and the same as a list beside it (the map's text alternative), following every move.
 */
export function MapPage() {
  const { t } = useTranslation();
  const [filters] = useDiscoveryFilters();
  const [params] = useSearchParams();
  const place = useChosenPlace();
  // The first view only: later changes of place do not move a map someone is looking at.
  const [start] = useState(() =>
    place ? { center: [place.latitude, place.longitude] as [number, number], zoom: zoomFor(place) } : DEFAULT_VIEW,
  );
  const [viewport, setViewport] = useState<MapViewport | null>(null);
  const { data: instance } = useQuery(INSTANCE);
  const tiles = instance?.instance.mapTiles ?? null;
  const filter = searchFilter(filters, null);
  const inView = viewport ? { ...filter, area: { box: viewport.box } } : null;
  const { data: markers } = useQuery(
    MAP_MARKERS,
    viewport ? { variables: { box: viewport.box, zoom: viewport.zoom, filter } } : skipToken,
  );
  const { data: list, fetchMore } = useQuery(
    SEARCH,
    inView ? { variables: { filter: inView, sort: filter.text ? "RELEVANCE" : "NAME", first: LIST_SIZE } } : skipToken,
  );
  const search = list?.search;

  return (
    <section className="wide">
      <PageTitle>{t("map.title")}</PageTitle>
      <header className="directory-header">
        <div>
          <h1>{t("map.title")}</h1>
          <p className="lead">{t("map.intro")}</p>
        </div>
        <Link className={buttonClass("secondary")} to={`/discover?${params.toString()}`}>
          {t("discover.showList")}
        </Link>
      </header>
      <details className="map-filters">
        <summary>{t("discover.filters")}</summary>
        <DiscoveryFiltersForm withArea={false} />
      </details>
      <div className="map-layout">
        <div>
          <div className="map-frame" role="region" aria-label={t("map.label")}>
            <ElementMap
              center={start.center}
              zoom={start.zoom}
              view={markers?.mapMarkers}
              tiles={tiles}
              onViewportChange={setViewport}
            />
          </div>
          {instance && !tiles && <p className="field-hint">{t("map.noTiles")}</p>}
        </div>
        <section className="map-list" aria-labelledby="map-list-title">
          <h2 id="map-list-title" aria-live="polite">
            {t("map.inView", { count: search?.totalCount ?? markers?.mapMarkers.total ?? 0 })}
          </h2>
          {search && (
            <>
              <ul aria-label={t("map.listLabel")}>
                {search.nodes.map((element) => (
                  <li key={element.id}>
                    <Link to={elementPath(element)}>{element.name}</Link>
                    <span className="muted">
                      {" · "}
                      {t(`${communityKind(element.kind).toLowerCase() as "event"}.kind`)}
                      {townOf(element.address) ? ` · ${townOf(element.address)}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
              <LoadMore
                pageInfo={search.pageInfo}
                load={(after) => fetchMore({ variables: { after } })}
                label={t("discover.more")}
              />
            </>
          )}
        </section>
      </div>
    </section>
  );
}
