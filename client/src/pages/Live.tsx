import { useLazyQuery } from "@apollo/client/react";
import { type FormEvent, useCallback, useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { NewsComposer } from "../components/news/NewsComposer";
import { NewsFeed } from "../components/news/NewsFeed";
import { useFeed } from "../components/news/useFeed";
import { PageTitle } from "../components/PageTitle";
import type { LiveQuery, MyFeedQuery, NewsItemFragment, NewsPageFragment } from "../graphql/generated/graphql";
import { LIVE, LIVE_CHANGES, MY_FEED, MY_FEED_CHANGES, PLACES } from "../graphql/news";
import { type ChosenPlace, useChosenPlace } from "../places";
import { useViewer } from "../viewer";
import { HelpLink } from "../components/help/HelpLink";

const DEFAULT_RADIUS_KM = 10;
type Prepend = (items: NewsItemFragment[]) => void;
type View = "feed" | "place";

/** Chooses the place whose Live is shown: a town found by name or postal code. */
function PlacePicker({ place, onChoose }: { place: ChosenPlace | null; onChoose: (place: ChosenPlace) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState("");
  const [find, { data, loading }] = useLazyQuery(PLACES);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (search.trim()) void find({ variables: { search: search.trim() } }).catch(() => undefined);
  }

  const found = data?.places ?? [];
  return (
    <div className="place-picker">
      <form className="place-search" onSubmit={submit} role="search">
        <label htmlFor={id}>{place ? t("live.place.change") : t("live.place.choose")}</label>
        <div className="place-search-row">
          <input
            id={id}
            type="search"
            value={search}
            maxLength={100}
            placeholder={t("live.place.placeholder")}
            onChange={(event) => setSearch(event.target.value)}
          />
          <button type="submit" className="button button-secondary" disabled={loading}>
            {t("live.place.find")}
          </button>
        </div>
      </form>
      {found.length > 0 && (
        <ul className="place-results" aria-label={t("live.place.results")}>
          {found.map((town) => (
            <li key={town.id}>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  onChoose({
                    name: town.name,
                    latitude: town.latitude,
                    longitude: town.longitude,
                    radiusKm: DEFAULT_RADIUS_KM,
                  });
                  setSearch("");
                }}
              >
                {town.name} {town.postalCodes[0] ? `(${town.postalCodes[0]})` : ""}
              </button>
            </li>
          ))}
        </ul>
      )}
      {data && found.length === 0 && <p className="muted">{t("live.place.none")}</p>}
    </div>
  );
}

function PlaceLive({ place }: { place: ChosenPlace }) {
  const { t } = useTranslation();
  const area = useMemo(
    () => ({ near: { latitude: place.latitude, longitude: place.longitude, radiusKm: place.radiusKm } }),
    [place.latitude, place.longitude, place.radiusKm],
  );
  const variables = useMemo(() => ({ area }), [area]);
  const page = useCallback((data: LiveQuery) => data.live, []);
  const withPage = useCallback((data: LiveQuery, live: NewsPageFragment) => ({ ...data, live }), []);
  const feed = useFeed({
    query: LIVE,
    variables,
    page,
    withPage,
    subscription: LIVE_CHANGES,
    subscriptionVariables: variables,
    change: (data) => data.liveNews,
  });
  return (
    <NewsFeed
      feed={feed.feed}
      loading={feed.loading}
      error={feed.error}
      pending={feed.pending}
      reveal={feed.reveal}
      loadMore={feed.loadMore}
      empty={t("live.placeEmpty", { place: place.name })}
    />
  );
}

function MyFeed({ onFeed }: { onFeed: (prepend: Prepend) => void }) {
  const { t } = useTranslation();
  const variables = useMemo(() => ({}), []);
  const page = useCallback((data: MyFeedQuery) => data.myFeed, []);
  const withPage = useCallback((data: MyFeedQuery, myFeed: NewsPageFragment) => ({ ...data, myFeed }), []);
  const feed = useFeed({
    query: MY_FEED,
    variables,
    page,
    withPage,
    subscription: MY_FEED_CHANGES,
    subscriptionVariables: variables,
    change: (data) => data.myFeedNews,
  });
  const { prepend } = feed;
  useEffect(() => onFeed(prepend), [onFeed, prepend]);
  return (
    <NewsFeed
      feed={feed.feed}
      loading={feed.loading}
      error={feed.error}
      pending={feed.pending}
      reveal={feed.reveal}
      loadMore={feed.loadMore}
      empty={t("live.feedEmpty")}
    />
  );
}

/**
 * The Live: for a signed-in person, their feed (what the people and elements they follow or
 * belong to post) and a composer; for everyone, the public Live of a chosen place. New items
 * arrive through subscriptions, announced in a bar rather than pushed into the list.
 */
export function Live() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [place, choosePlace] = useChosenPlace();
  const [view, setView] = useState<View>("feed");
  const [prependToFeed, setPrependToFeed] = useState<Prepend | null>(null);
  const shown: View = viewer ? view : "place";
  const onFeed = useCallback((prepend: Prepend) => setPrependToFeed(() => prepend), []);

  return (
    <section className="live">
      <PageTitle>{t("live.title")}</PageTitle>
      <header className="directory-header">
        <div>
          <div className="title-with-help">
            <h1>{t("live.title")}</h1>
            <HelpLink slug="live" />
          </div>
          <p className="lead">{t("live.intro")}</p>
        </div>
      </header>
      {viewer && (
        <NewsComposer
          onPosted={(item) => {
            if (shown === "feed") prependToFeed?.([item]);
          }}
        />
      )}
      {viewer && (
        <div className="segmented" role="group" aria-label={t("live.views")}>
          <button type="button" aria-pressed={shown === "feed"} onClick={() => setView("feed")}>
            {t("live.myFeed")}
          </button>
          <button type="button" aria-pressed={shown === "place"} onClick={() => setView("place")}>
            {place ? t("live.placeLive", { place: place.name }) : t("live.aroundMe")}
          </button>
        </div>
      )}
      {shown === "feed" ? (
        <MyFeed onFeed={onFeed} />
      ) : (
        <>
          <PlacePicker place={place} onChoose={choosePlace} />
          {place ? (
            <>
              <h2>{t("live.placeLive", { place: place.name })}</h2>
              <PlaceLive place={place} />
            </>
          ) : (
            <p className="empty-state">{t("live.noPlace")}</p>
          )}
        </>
      )}
    </section>
  );
}
