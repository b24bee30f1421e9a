import { useQuery } from "@apollo/client/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { DiscoveryFiltersForm, useDiscoveryFilters } from "../components/discovery/DiscoveryFiltersForm";
import { SearchResultCard } from "../components/discovery/SearchResultCard";
import { Field } from "../components/Field";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { LoadMore } from "../components/LoadMore";
import { ExportLinks } from "../components/opendata/ExportLinks";
import { PageTitle } from "../components/PageTitle";
import { buttonClass } from "../components/ui/Button";
import { searchFilter, sortFor, sortsFor } from "../discovery";
import { SEARCH } from "../graphql/discovery";
import { apiProblem } from "../graphql/errors";
import type { SearchSort } from "../graphql/generated/graphql";
import { nearOf, useChosenPlace } from "../place";

const PAGE_SIZE = 20;

/** Loads the next page when the "load more" button scrolls into view (the button stays for keyboards). */
function useInfiniteScroll(load: (() => void) | null) {
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !load || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load());
    observer.observe(element);
    return () => observer.disconnect();
  }, [load]);
  return sentinel;
}

/** The discovery page: organizations, projects and events by words, tags, place and date, a page at a time. */
export function Discover() {
  const { t } = useTranslation();
  const [filters, update] = useDiscoveryFilters();
  const [params] = useSearchParams();
  const place = useChosenPlace();
  const filter = searchFilter(filters, place && !filters.everywhere ? { near: nearOf(place) } : null);
  const sort = sortFor(filters, filter);
  const { data, loading, error, fetchMore } = useQuery(SEARCH, {
    variables: { filter, sort, first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const search = data?.search;
  const next = search?.pageInfo.hasNextPage && search.pageInfo.endCursor;
  const loadNext = useRef<Promise<unknown> | null>(null);
  const sentinel = useInfiniteScroll(
    next
      ? () => {
          loadNext.current ??= fetchMore({ variables: { after: next } }).finally(() => (loadNext.current = null));
        }
      : null,
  );

  return (
    <section className="wide">
      <PageTitle>{t("discover.title")}</PageTitle>
      <header className="directory-header">
        <div>
          <h1>{t("discover.title")}</h1>
          <p className="lead">{t("discover.intro")}</p>
        </div>
        <Link className={buttonClass("secondary")} to={`/map?${params.toString()}`}>
          {t("discover.showMap")}
        </Link>
      </header>
      <ExportLinks filter={filter} />
      <div className="discover">
        <DiscoveryFiltersForm />
        <section aria-labelledby="discover-results">
          <div className="discover-toolbar">
            <h2 id="discover-results" className="visually-hidden">
              {t("discover.results")}
            </h2>
            <p className="muted" role="status">
              {search ? t("discover.count", { shown: search.nodes.length, total: search.totalCount }) : ""}
            </p>
            <Field label={t("discover.sort")}>
              {(control) => (
                <select {...control} value={sort} onChange={(e) => update({ sort: e.target.value as SearchSort })}>
                  {sortsFor(filter).map((option) => (
                    <option key={option} value={option}>
                      {t(`discover.sorts.${option}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {loading && !search ? (
            <Loading />
          ) : error && !search ? (
            <FormError problem={apiProblem(error)} />
          ) : search && search.nodes.length === 0 ? (
            <p className="empty-state">{t("discover.empty")}</p>
          ) : search ? (
            <>
              <ul className="element-list card-grid">
                {search.nodes.map((element) => (
                  <SearchResultCard key={element.id} element={element} />
                ))}
              </ul>
              <div ref={sentinel}>
                <LoadMore
                  pageInfo={search.pageInfo}
                  load={(after) => fetchMore({ variables: { after } })}
                  label={t("discover.more")}
                />
              </div>
            </>
          ) : null}
        </section>
      </div>
    </section>
  );
}
