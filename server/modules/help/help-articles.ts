import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Language } from "../accounts/person.entity";
import { searchKey } from "../geography/search-key";

export enum HelpCategory {
  FIRST_STEPS = "first-steps",
  ACCOUNT = "account",
  PRIVACY = "privacy",
  ORGANIZATIONS = "organizations",
  PROJECTS_EVENTS = "projects-events",
  LIVE = "live",
  DATA = "data",
}
registerEnumType(HelpCategory, {
  name: "HelpCategory",
  description: "A section of the help",
  valuesConfig: {
    FIRST_STEPS: { description: "Getting started" },
    ACCOUNT: { description: "Your account and profile" },
    PRIVACY: { description: "Privacy settings and pseudonymity" },
    ORGANIZATIONS: { description: "Organizations and their communities" },
    PROJECTS_EVENTS: { description: "Projects and events" },
    LIVE: { description: "The Live: news, comments, reactions" },
    DATA: { description: "Open data, licence and hosting" },
  },
});

@ObjectType({ description: "A help article: a question and its answer, a tip or a tutorial" })
export class HelpArticle {
  @Field({ description: "Its name in URLs, the same in every language (/help/<slug>)" })
  slug: string;

  @Field(() => Language, { description: "The language it is written in" })
  language: Language;

  @Field({ description: "Its title, often a question" })
  title: string;

  @Field(() => HelpCategory, { description: "The section it belongs to" })
  category: HelpCategory;

  @Field(() => [String], { description: "Words it answers to besides those of its text" })
  keywords: string[];

  @Field(() => [String], { description: "Paths of the web app's pages it explains (/settings/privacy…)" })
  pages: string[];

  @Field({ description: "Its first sentences as plain text, for lists of results" })
  excerpt: string;

  @Field({ description: "The article as sanitized HTML (written in Markdown)" })
  html: string;

  /** Its place in its section (front matter `order`, 100 when not given). */
  order: number;

  /** searchKey of the title, keywords and text, split into words: what a search matches. */
  words: { title: string[]; keywords: string[]; text: string[] };
}

// Articles are files of this repository: their links to the app's own pages stay in the tab.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

function renderArticle(source: string): string {
  return sanitizeHtml(markdown.render(source), {
    allowedTags: sanitizeHtml.defaults.allowedTags,
    allowedSchemes: ["http", "https", "mailto"],
    transformTags: {
      a: (tagName, attribs): sanitizeHtml.Tag =>
        attribs.href?.startsWith("/") && !attribs.href.startsWith("//")
          ? { tagName, attribs: { href: attribs.href } }
          : { tagName, attribs: { ...attribs, rel: "nofollow noopener", target: "_blank" } },
    },
  });
}

const words = (text: string) => searchKey(text).split(" ").filter(Boolean);
const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/** Reads `key: value` lines between the `---` fences that open a help file. */
export function parseHelpFile(slug: string, language: Language, source: string): HelpArticle {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, "\n"));
  if (!match) throw new Error(`help/${language}/${slug}.md: no front matter`);
  const fields = Object.fromEntries(
    match[1].split("\n").map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    }),
  ) as Record<string, string | undefined>;
  const category = fields.category as HelpCategory;
  if (!fields.title || !Object.values(HelpCategory).includes(category) || Number.isNaN(Number(fields.order ?? 0))) {
    throw new Error(`help/${language}/${slug}.md: a title and a known category are required`);
  }
  const body = match[2].trim();
  const html = renderArticle(body);
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
  const keywords = list(fields.keywords);
  return Object.assign(new HelpArticle(), {
    slug,
    language,
    title: fields.title,
    category,
    keywords,
    pages: list(fields.pages),
    order: Number(fields.order ?? 100),
    excerpt: text.length > 180 ? `${text.slice(0, 180).replace(/\s+\S*$/, "")}…` : text,
    html,
    words: { title: words(fields.title), keywords: words(keywords.join(" ")), text: words(text) },
  });
}

const CATEGORY_ORDER = Object.values(HelpCategory);

/** Sections in the order of HelpCategory, then each article's `order`, then titles. */
const byPlace = (a: HelpArticle, b: HelpArticle) =>
  CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
  a.order - b.order ||
  a.title.localeCompare(b.title, a.language);

/** Every article of help/<language>/*.md, section by section. */
export function loadHelpArticles(directory: string): HelpArticle[] {
  return Object.values(Language).flatMap((language) =>
    readdirSync(path.join(directory, language))
      .filter((file) => file.endsWith(".md"))
      .sort()
      .map((file) =>
        parseHelpFile(file.slice(0, -3), language, readFileSync(path.join(directory, language, file), "utf8")),
      )
      .sort(byPlace),
  );
}

/** How much a word found in each part of an article weighs. */
const WEIGHTS = { title: 4, keywords: 3, text: 1 } as const;

/**
 * An article's score for the typed words: every word must begin a word of the article
 * (accents, case and punctuation aside, as the places' search); a whole word counts more
 * than a beginning, the title more than the keywords, the keywords more than the text.
 * 0 when a word is found nowhere.
 */
export function helpScore(article: HelpArticle, typed: string[]): number {
  let score = 0;
  for (const word of typed) {
    let best = 0;
    for (const part of ["title", "keywords", "text"] as const) {
      const found = article.words[part];
      if (found.includes(word)) best = Math.max(best, WEIGHTS[part] * 2);
      else if (found.some((candidate) => candidate.startsWith(word))) best = Math.max(best, WEIGHTS[part]);
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** The help's articles, read once at start; searches run in memory (a few dozen articles). */
export class HelpArticles {
  constructor(private readonly articles: HelpArticle[]) {}

  find(slug: string, language: Language): HelpArticle | null {
    return this.articles.find((article) => article.slug === slug && article.language === language) ?? null;
  }

  /** A language's articles, optionally of one category, ranked by `search` when given. */
  search(language: Language, search?: string | null, category?: HelpCategory | null): HelpArticle[] {
    const inScope = this.articles.filter(
      (article) => article.language === language && (!category || article.category === category),
    );
    const typed = search ? words(search) : [];
    if (typed.length === 0) return inScope;
    return inScope
      .map((article) => ({ article, score: helpScore(article, typed) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || byPlace(a.article, b.article))
      .map(({ article }) => article);
  }
}
