import { useQuery } from "@apollo/client/react";
import { type FormEvent, type MouseEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { Button } from "../components/ui/Button";
import { apiProblem } from "../graphql/errors";
import type { HelpArticlesQuery, HelpCategory } from "../graphql/generated/graphql";
import { HELP_ARTICLE, HELP_ARTICLES, HELP_COMMUNITY } from "../graphql/help";
import { LANGUAGES, type LanguageCode } from "../i18n";

/**
 * The interface language as the API spells it, read from i18next's `language`: right after
 * start-up its `resolvedLanguage` (which currentLanguage() reads) is not set yet.
 */
function useHelpLanguage(): LanguageCode {
  const { i18n } = useTranslation();
  return LANGUAGES.find((code) => code.toLowerCase() === i18n.language) ?? "FR";
}

/** The server's bound on a search. */
const MAX_SEARCH_LENGTH = 100;

/** The help's sections, in the order they are offered. */
export const HELP_CATEGORIES = [
  "FIRST_STEPS",
  "ACCOUNT",
  "PRIVACY",
  "ORGANIZATIONS",
  "PROJECTS_EVENTS",
  "LIVE",
  "DATA",
] as const satisfies readonly HelpCategory[];

const isCategory = (value: string | null): value is HelpCategory =>
  HELP_CATEGORIES.some((category) => category === value);

/** Where beginners ask: the help community's page, when the instance has one. */
function HelpCommunityCard() {
  const { t } = useTranslation();
  const { data } = useQuery(HELP_COMMUNITY);
  const community = data?.helpCommunity;
  if (!community) return null;
  return (
    <aside className="card help-community" aria-labelledby="help-community-title">
      <h2 id="help-community-title">{t("help.community.title")}</h2>
      <p>{t("help.community.text")}</p>
      <p>
        <Link to={`/organizations/${community.slug}/news`}>{t("help.community.link")}</Link>
      </p>
    </aside>
  );
}

type ArticleSummary = HelpArticlesQuery["helpArticles"][number];

/** Articles as titles (at the heading level the page needs) and their first sentences. */
function ArticleList(props: { articles: ArticleSummary[]; level: 2 | 3; showCategory?: boolean }) {
  const { t } = useTranslation();
  const Heading = props.level === 2 ? "h2" : "h3";
  return (
    <ul className="help-articles">
      {props.articles.map((article) => (
        <li key={article.slug}>
          <Heading>
            <Link to={`/help/${article.slug}`}>{article.title}</Link>
          </Heading>
          {props.showCategory && <p className="muted">{t(`help.category.${article.category}`)}</p>}
          <p>{article.excerpt}</p>
        </li>
      ))}
    </ul>
  );
}

/** /help: "Communect for beginners", its search box, its sections and articles. */
export function Help() {
  const { t } = useTranslation();
  const language = useHelpLanguage();
  const [params, setParams] = useSearchParams();
  const search = params.get("q")?.trim().slice(0, MAX_SEARCH_LENGTH) || null;
  const requested = params.get("category");
  const category = isCategory(requested) ? requested : null;
  const [text, setText] = useState(search ?? "");
  const { data, loading, error } = useQuery(HELP_ARTICLES, { variables: { language, search, category } });
  const articles = data?.helpArticles;

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = text.trim();
    setParams(query ? { q: query } : {});
  }

  return (
    <section className="wide help">
      <PageTitle>{t("help.title")}</PageTitle>
      <header className="directory-header">
        <div>
          <h1>{t("help.title")}</h1>
          <p className="lead">{t("help.intro")}</p>
        </div>
      </header>
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="help-search">{t("help.searchLabel")}</label>
        <input
          id="help-search"
          type="search"
          value={text}
          maxLength={MAX_SEARCH_LENGTH}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit" variant="primary">
          {t("help.search")}
        </Button>
      </form>
      <nav aria-label={t("help.categories")}>
        <ul className="help-categories">
          <li>
            <Link to="/help" aria-current={!category && !search ? "page" : undefined}>
              {t("help.allCategories")}
            </Link>
          </li>
          {HELP_CATEGORIES.map((value) => (
            <li key={value}>
              <Link to={`/help?category=${value}`} aria-current={category === value ? "page" : undefined}>
                {t(`help.category.${value}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="help-layout">
        <div aria-live="polite">
          {loading && !articles ? (
            <Loading />
          ) : error && !articles ? (
            <FormError problem={apiProblem(error)} />
          ) : articles && articles.length === 0 ? (
            <p className="empty-state">{t("help.noMatch", { search: search ?? "" })}</p>
          ) : articles && (search || category) ? (
            <>
              {search && <p className="muted">{t("help.results", { count: articles.length, search })}</p>}
              <ArticleList articles={articles} level={2} showCategory={Boolean(search)} />
            </>
          ) : articles ? (
            HELP_CATEGORIES.map((section) => (
              <section key={section} aria-labelledby={`help-${section}`}>
                <h2 id={`help-${section}`}>{t(`help.category.${section}`)}</h2>
                <ArticleList articles={articles.filter((article) => article.category === section)} level={3} />
              </section>
            ))
          ) : null}
        </div>
        <HelpCommunityCard />
      </div>
    </section>
  );
}

/** /help/<slug>: one article in the interface's language. */
export function HelpArticlePage() {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const navigate = useNavigate();
  const language = useHelpLanguage();
  const valid = /^[a-z0-9-]{1,80}$/.test(slug);
  const { data, loading, error } = useQuery(HELP_ARTICLE, { variables: { slug, language }, skip: !valid });
  const article = data?.helpArticle;

  // The article's links to the app's own pages stay in the app (no full reload).
  function followInternalLink(event: MouseEvent<HTMLDivElement>) {
    const link = (event.target as HTMLElement).closest("a");
    const href = link?.getAttribute("href");
    if (!href?.startsWith("/") || href.startsWith("//") || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void navigate(href);
  }

  return (
    <article className="help-article">
      <p>
        <Link to="/help">{t("help.back")}</Link>
      </p>
      {loading && !article ? (
        <Loading />
      ) : error && !article ? (
        <FormError problem={apiProblem(error)} />
      ) : !article ? (
        <>
          <PageTitle>{t("help.notFound")}</PageTitle>
          <h1>{t("help.notFound")}</h1>
          <p>
            <Link to="/help">{t("help.title")}</Link>
          </p>
        </>
      ) : (
        <>
          <PageTitle>{article.title}</PageTitle>
          <p className="muted">
            <Link to={`/help?category=${article.category}`}>{t(`help.category.${article.category}`)}</Link>
          </p>
          <h1>{article.title}</h1>
          {/* Sanitized on the server (markdown-it without raw HTML, then sanitize-html). */}
          <div className="rich-text" onClick={followInternalLink} dangerouslySetInnerHTML={{ __html: article.html }} />
          <HelpCommunityCard />
        </>
      )}
    </article>
  );
}
