import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../components/PageTitle";
import { Button } from "../components/ui/Button";

/** Queries a reuser starts from; the first one fills the form. */
const EXAMPLES = [
  {
    id: "directory",
    query: `# The directory of an area: elements of a town (INSEE code), with their pages
query Directory($inseeCode: String!, $first: Int) {
  instance { name licence { name attribution } }
  search(filter: { area: { inseeCode: $inseeCode } }, first: $first) {
    totalCount
    nodes { __typename ... on Element { name url shortDescription tags } }
  }
}
`,
    variables: `{ "inseeCode": "69123", "first": 10 }`,
  },
  {
    id: "events",
    query: `# Events of the coming month, with their places
query Events($from: DateTimeISO, $to: DateTimeISO) {
  events(from: $from, to: $to, first: 20) {
    nodes {
      name url startsAt endsAt timeZone
      address { street postalCode city inseeCode }
      location { latitude longitude }
    }
  }
}
`,
    variables: () => {
      const from = new Date();
      const to = new Date(from.getTime() + 31 * 86_400_000);
      return JSON.stringify({ from: from.toISOString(), to: to.toISOString() });
    },
  },
  {
    id: "element",
    query: `# An organization with its links: members, projects and events
query Organization($slug: String!) {
  organization(slug: $slug) {
    name url description tags website
    community(first: 20) { nodes { type roles person { name url } memberOrganization { name url } } }
    projects(first: 20) { nodes { name url } }
    events(first: 20) { nodes { name url startsAt } }
  }
}
`,
    variables: `{ "slug": "" }`,
  },
  {
    id: "tag",
    query: `# Public posts of a tag in a town's Live
query Tag($tag: String!, $inseeCode: String!) {
  live(area: { inseeCode: $inseeCode }, tags: [$tag], first: 20) {
    nodes { text createdAt tags author { name url } wall { name url } }
  }
}
`,
    variables: `{ "tag": "jardin", "inseeCode": "69123" }`,
  },
] as const;

const variablesOf = (example: (typeof EXAMPLES)[number]) =>
  typeof example.variables === "function" ? example.variables() : example.variables;

/** Posts a query to the API as any client would (JSON, same origin, with the session cookie). */
async function runQuery(query: string, variables: unknown): Promise<unknown> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    credentials: "same-origin",
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** The schema in GraphQL's own language, as the server prints it (no GraphQL library in the page). */
function useSchemaText() {
  const [schema, setSchema] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void fetch("/graphql/schema.graphql", { headers: { accept: "text/plain" } })
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => {
        if (live && text) setSchema(text);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return schema;
}

/**
 * What `/graphql` shows in a browser: how to use the public API, a query to run and change,
 * and the whole schema. Everything is served by this server (no outside script).
 */
export function ApiExplorer() {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState<string>(EXAMPLES[0].query);
  const [variables, setVariables] = useState<string>(() => variablesOf(EXAMPLES[0]));
  const [example, setExample] = useState<string>(EXAMPLES[0].id);

  function chooseExample(exampleId: string) {
    const chosen = EXAMPLES.find((candidate) => candidate.id === exampleId) ?? EXAMPLES[0];
    setExample(chosen.id);
    setQuery(chosen.query);
    setVariables(variablesOf(chosen));
    setResult("");
  }
  const [result, setResult] = useState<string>("");
  const [busy, setBusy] = useState(false);
  const schema = useSchemaText();

  async function submit(event: FormEvent) {
    event.preventDefault();
    let parsed: unknown;
    try {
      parsed = variables.trim() ? JSON.parse(variables) : {};
    } catch {
      setResult(t("explorer.badVariables"));
      return;
    }
    setBusy(true);
    try {
      setResult(JSON.stringify(await runQuery(query, parsed), null, 2));
    } catch {
      setResult(t("explorer.failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="wide explorer">
      <PageTitle>{t("explorer.title")}</PageTitle>
      <h1>{t("explorer.title")}</h1>
      <p className="lead">{t("explorer.intro")}</p>
      <p>
        <Link to="/widgets">{t("widgets.link")}</Link>
      </p>
      <p>{t("explorer.howTo")}</p>
      <pre
        className="code"
        tabIndex={0}
      >{`curl -X POST -H 'content-type: application/json' \\\n  --data '{"query":"{ organizations(first: 5) { nodes { name } } }"}' \\\n  ${location.origin}/graphql`}</pre>
      <p>{t("explorer.rateLimit")}</p>
      <form className="form explorer-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-example`}>{t("explorer.example")}</label>
          <select id={`${id}-example`} value={example} onChange={(event) => chooseExample(event.target.value)}>
            {EXAMPLES.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {t(`explorer.examples.${candidate.id}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-query`}>{t("explorer.query")}</label>
          <textarea
            id={`${id}-query`}
            className="code"
            rows={16}
            spellCheck={false}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-variables`}>{t("explorer.variables")}</label>
          <textarea
            id={`${id}-variables`}
            className="code"
            rows={3}
            spellCheck={false}
            value={variables}
            onChange={(event) => setVariables(event.target.value)}
          />
        </div>
        <p>
          <Button type="submit" variant="primary" busy={busy}>
            {t("explorer.run")}
          </Button>
        </p>
      </form>
      <section aria-labelledby={`${id}-result`}>
        <h2 id={`${id}-result`}>{t("explorer.result")}</h2>
        <output htmlFor={`${id}-query ${id}-variables`} aria-live="polite">
          <pre className="code" tabIndex={0}>
            {result || t("explorer.noResult")}
          </pre>
        </output>
      </section>
      <details className="explorer-schema">
        <summary>{t("explorer.schema")}</summary>
        <pre className="code" tabIndex={0}>
          {schema ?? t("app.loading")}
        </pre>
      </details>
    </section>
  );
}
