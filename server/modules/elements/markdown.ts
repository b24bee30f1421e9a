import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// Raw HTML is not allowed in the source, and the output is sanitized again in case a
// markdown-it rule ever lets something through.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

export function renderMarkdown(source: string | null): string | null {
  if (!source) return null;
  return sanitizeHtml(markdown.render(source), {
    // No <img>: the content security policy only allows this site's images.
    allowedTags: sanitizeHtml.defaults.allowedTags,
    allowedSchemes: ["http", "https", "mailto"],
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener", target: "_blank" }) },
  });
}
