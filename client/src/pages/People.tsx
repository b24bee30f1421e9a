import { useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { LoadMore } from "../components/LoadMore";
import { PageTitle } from "../components/PageTitle";
import { PersonCard } from "../components/people/PersonCard";
import { Button } from "../components/ui/Button";
import { apiProblem } from "../graphql/errors";
import { PEOPLE } from "../graphql/people";

/** The server's bound on a search. */
const MAX_SEARCH_LENGTH = 80;

/** The people directory: those whose directory setting shows them to the viewer, searched by name. */
export function People() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get("q")?.trim().slice(0, MAX_SEARCH_LENGTH) || null;
  const [text, setText] = useState(search ?? "");
  const { data, loading, error, fetchMore } = useQuery(PEOPLE, {
    variables: { search },
    fetchPolicy: "cache-and-network",
  });
  const people = data?.people;

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = text.trim();
    setParams(query ? { q: query } : {});
  }

  return (
    <section className="wide">
      <PageTitle>{t("people.title")}</PageTitle>
      <header className="directory-header">
        <div>
          <h1>{t("people.title")}</h1>
          <p className="lead">{t("people.intro")}</p>
        </div>
      </header>
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="people-search">{t("people.searchLabel")}</label>
        <input
          id="people-search"
          type="search"
          value={text}
          maxLength={MAX_SEARCH_LENGTH}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit" variant="primary">
          {t("people.search")}
        </Button>
      </form>
      {loading && !people ? (
        <Loading />
      ) : error && !people ? (
        <FormError problem={apiProblem(error)} />
      ) : people && people.nodes.length === 0 ? (
        <p className="empty-state">{search ? t("people.noMatch", { search }) : t("people.empty")}</p>
      ) : people ? (
        <>
          <ul className="element-list card-grid">
            {people.nodes.map((person) => (
              <PersonCard key={person.id} person={person} />
            ))}
          </ul>
          <p className="muted" role="status">
            {t("people.count", { count: people.nodes.length, total: people.totalCount })}
          </p>
          <LoadMore
            pageInfo={people.pageInfo}
            load={(after) => fetchMore({ variables: { after } })}
            label={t("people.more")}
          />
        </>
      ) : null}
    </section>
  );
}
