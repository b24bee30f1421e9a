import MarkdownIt from "markdown-it";
import { renderMarkdown } from "../elements/markdown";

/** Bounds of what a news item or a comment may hold. */
export const NEWS_TEXT_MAX = 5000;
export const COMMENT_TEXT_MAX = 2000;
export const NEWS_IMAGES_MAX = 4;
export const NEWS_PLACES_MAX = 5;
const TAGS_MAX = 20;
const MENTIONS_MAX = 20;
const LINKS_MAX = 20;
const TAG_LENGTH_MAX = 50;

// The link finder the Markdown renderer itself uses, so that "links" are the ones it shows.
const linkify = new MarkdownIt().linkify;
// A #tag starts a text or follows a space or an opening bracket; letters, digits, _ and -.
const TAG = /(^|[\s([{])#([\p{L}\p{N}_][\p{L}\p{N}_-]*)/gu;
// An @handle: a username or an element's slug (letters, digits, - and _).
const MENTION = /(^|[^\p{L}\p{N}_@/.-])@([A-Za-z0-9][A-Za-z0-9_-]{0,79})/gu;

/** What a text says beyond its words: its tags, mentions and links, each once, in order. */
export interface TextParts {
  tags: string[];
  /** Lower-case handles. */
  handles: string[];
  links: string[];
}

function unique(values: string[], key: (value: string) => string = (value) => value): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function textParts(text: string): TextParts {
  const tags = unique(
    [...text.matchAll(TAG)].map((match) => match[2]).filter((tag) => tag.length <= TAG_LENGTH_MAX),
    (tag) => tag.toLowerCase(),
  ).slice(0, TAGS_MAX);
  const handles = unique([...text.matchAll(MENTION)].map((match) => match[2].toLowerCase())).slice(0, MENTIONS_MAX);
  const links = unique(
    (linkify.match(text) ?? [])
      .map((match) => match.url)
      .filter((url) => /^https?:\/\//i.test(url) && url.length <= 2000),
  ).slice(0, LINKS_MAX);
  return { tags, handles, links };
}

/** A mention the viewer may see, and where it leads in the web app. */
export interface ShownMention {
  handle: string;
  path: string;
}

/**
 * The text as sanitized HTML, with the mentions the viewer may see as links to their pages;
 * the others stay as written (the author's words), with nothing resolved behind them.
 */
export function renderNewsText(text: string, mentions: ShownMention[]): string {
  const paths = new Map(mentions.map((mention) => [mention.handle, mention.path]));
  const linked = text.replace(MENTION, (whole, before: string, handle: string) => {
    const path = paths.get(handle.toLowerCase());
    return path ? `${before}[@${handle}](${path})` : whole;
  });
  return renderMarkdown(linked) ?? "";
}
