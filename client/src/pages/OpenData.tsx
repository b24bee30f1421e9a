import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageTitle } from "../components/PageTitle";
import { OPEN_DATA_INSTANCE } from "../graphql/open-data";
import { exportUrl, LIST_EXPORTS } from "../open-data";

/** The list filters the exports take, as they come from a directory's "open data" link. */
const FILTER_PARAMETERS = [
  "kind",
  "type",
  "stage",
  "tags",
  "allTags",
  "text",
  "near",
  "radiusKm",
  "bbox",
  "town",
  "postalCode",
  "from",
  "to",
];

const EXAMPLE_QUERY = `{
  instance { dataLicence }
  search(filter: { kinds: [EVENT], tags: ["garden"] }, first: 10) {
    totalCount
    nodes { name slug ... on Event { startsAt address { city } } }
  }
}`;

/** /data: what is published, under which licence, and each export's address for the chosen filters. */
export function OpenData() {
  const { t } = useTranslation();
  const [query] = useSearchParams();
  const { data, error } = useQuery(OPEN_DATA_INSTANCE);
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMETERS) {
    const value = query.get(name);
    if (value) params.set(name, value);
  }
  const origin = window.location.origin;
  const filtered = [...params.keys()].length > 0;
  const licence = data?.instance.dataLicence;
  const feedQuery = params.get("town") ? `town=${params.get("town")}` : "town=69123";

  return (
    <section className="open-data">
      <PageTitle>{t("openData.title")}</PageTitle>
      <h1>{t("openData.title")}</h1>
      <p className="lead">{t("openData.intro")}</p>

      <section aria-labelledby="open-data-licence">
        <h2 id="open-data-licence">{t("openData.licence.title")}</h2>
        {licence ? (
          <p>{t("openData.licence.text", { licence })}</p>
        ) : error ? (
          <p className="notice notice-info">{t("openData.licence.unknown")}</p>
        ) : (
          <p className="muted">{t("app.loading")}</p>
        )}
        <p>{t("openData.privacy")}</p>
      </section>

      <section aria-labelledby="open-data-exports">
        <h2 id="open-data-exports">{t("openData.exports.title")}</h2>
        <p>{filtered ? t("openData.exports.filtered", { filters: params.toString() }) : t("openData.exports.all")}</p>
        <ul className="export-list">
          {LIST_EXPORTS.map((entry) => {
            const url = exportUrl(entry.path, params);
            return (
              <li key={entry.format}>
                <h3>{t(`openData.formats.${entry.format}.name`)}</h3>
                <p>{t(`openData.formats.${entry.format}.description`)}</p>
                <p>
                  <code className="code url">{origin + url}</code>
                </p>
                <a className="button button-secondary" href={url} download>
                  {t("openData.exports.download", { format: t(`openData.formats.${entry.format}.name`) })}
                </a>
              </li>
            );
          })}
          <li>
            <h3>{t("openData.formats.feeds.name")}</h3>
            <p>{t("openData.formats.feeds.description")}</p>
            <p>
              <code className="code url">{`${origin}/open-data/live.rss?${feedQuery}`}</code>
            </p>
            <p>
              <code className="code url">{`${origin}/open-data/live.atom?wall=…`}</code>
            </p>
          </li>
        </ul>
        <p>{t("openData.exports.parameters")}</p>
        <p>{t("openData.exports.freshness")}</p>
      </section>

      <section aria-labelledby="open-data-curl">
        <h2 id="open-data-curl">{t("openData.curl.title")}</h2>
        <pre className="code" tabIndex={0}>
          {[
            `curl -s '${origin}${exportUrl("/open-data/elements.geojson", params)}'`,
            `curl -s '${origin}${exportUrl("/open-data/events.ics", params)}' > events.ics`,
            `curl -s -H 'If-None-Match: "…"' -o /dev/null -w '%{http_code}\\n' '${origin}/open-data/elements.jsonld'`,
          ].join("\n")}
        </pre>
      </section>

      <section aria-labelledby="open-data-api">
        <h2 id="open-data-api">{t("openData.api.title")}</h2>
        <p>{t("openData.api.text")}</p>
        <pre className="code" tabIndex={0}>
          {EXAMPLE_QUERY}
        </pre>
        <pre className="code" tabIndex={0}>
          {`curl -s ${origin}/graphql -H 'content-type: application/json' \\\n  -d '{"query": "{ instance { dataLicence } }"}'`}
        </pre>
        <p>
          <Link to="/graphql">{t("openData.api.explorer")}</Link>
        </p>
      </section>
    </section>
  );
}
