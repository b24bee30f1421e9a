import { readdirSync } from "node:fs";
import path from "node:path";
import { Agent, codeOf } from "../support/client";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let anonymous: Agent;

const SEARCH = `query($language: Language!, $search: String, $category: HelpCategory) {
  helpArticles(language: $language, search: $search, category: $category) { slug language title category excerpt }
}`;
const ARTICLE = `query($slug: String!, $language: Language!) {
  helpArticle(slug: $slug, language: $language) { slug title category keywords pages html }
}`;

const slugs = (articles: { slug: string }[]) => articles.map((article) => article.slug);

beforeAll(async () => {
  server = await startTestServer();
  anonymous = new Agent(server.url);
});
afterAll(() => server.stop());

describe("the help's articles", () => {
  it("are the same articles in French and in English, at least 12 of each", () => {
    const files = (language: string) => readdirSync(path.join(__dirname, "../../help", language)).sort();
    expect(files("fr").length).toBeGreaterThanOrEqual(12);
    expect(files("en")).toEqual(files("fr"));
  });

  it("finds the pseudonymity answer for « pseudonyme » in French and « pseudonym » in English", async () => {
    const fr = (await anonymous.ok(SEARCH, { language: "FR", search: "pseudonyme" })).helpArticles;
    expect(fr[0]).toMatchObject({ slug: "pseudonymity", language: "FR", title: "Le pseudonymat est-il autorisé ?" });
    const en = (await anonymous.ok(SEARCH, { language: "EN", search: "pseudonym" })).helpArticles;
    expect(en[0]).toMatchObject({ slug: "pseudonymity", language: "EN", title: "Is pseudonymity allowed?" });
  });

  it("searches without regard to accents and case, on every word typed, best first", async () => {
    const plain = slugs((await anonymous.ok(SEARCH, { language: "FR", search: "HEBERGEES donnees" })).helpArticles);
    expect(plain[0]).toBe("data-hosting");
    const accented = slugs((await anonymous.ok(SEARCH, { language: "FR", search: "hébergées Données" })).helpArticles);
    expect(accented).toEqual(plain);
    // A word found nowhere leaves nothing.
    expect((await anonymous.ok(SEARCH, { language: "FR", search: "hébergées zyxwv" })).helpArticles).toEqual([]);
    // The title weighs more than the text: the article about open edition comes before those mentioning it.
    const edit = slugs((await anonymous.ok(SEARCH, { language: "EN", search: "limit edit" })).helpArticles);
    expect(edit[0]).toBe("limit-editing");
  });

  it("lists a language's articles, or one section's", async () => {
    const all = (await anonymous.ok(SEARCH, { language: "EN" })).helpArticles;
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(all.every((article: { language: string }) => article.language === "EN")).toBe(true);
    const privacy = (await anonymous.ok(SEARCH, { language: "EN", category: "PRIVACY" })).helpArticles;
    expect(slugs(privacy).sort()).toEqual(["privacy-settings", "pseudonymity"]);
  });

  it("answers the reference platform's questions in both languages", async () => {
    for (const language of ["FR", "EN"]) {
      for (const slug of [
        "account-for-organization",
        "edit-existing-element",
        "limit-editing",
        "pseudonymity",
        "data-hosting",
      ]) {
        const { helpArticle } = await anonymous.ok(ARTICLE, { slug, language });
        expect(helpArticle.title).toMatch(/\?$/);
      }
    }
  });

  it("renders an article as safe HTML, the app's own links in the same tab", async () => {
    const { helpArticle } = await anonymous.ok(ARTICLE, { slug: "privacy-settings", language: "EN" });
    expect(helpArticle).toMatchObject({ category: "PRIVACY", pages: ["/settings/privacy"] });
    expect(helpArticle.html).toContain('<a href="/settings/privacy">Privacy</a>');
    expect(helpArticle.html).toContain("<table>");
    expect(helpArticle.html).not.toMatch(/<script|onerror|target="_blank" href="\//);
    expect((await anonymous.ok(ARTICLE, { slug: "no-such-article", language: "FR" })).helpArticle).toBeNull();
  });

  it("refuses unbounded or malformed arguments", async () => {
    const long = await anonymous.gql(SEARCH, { language: "FR", search: "a".repeat(101) });
    expect(codeOf(long)).toBe("BAD_USER_INPUT");
    const blank = await anonymous.gql(SEARCH, { language: "FR", search: "   " });
    expect(codeOf(blank)).toBe("BAD_USER_INPUT");
    const slug = await anonymous.gql(ARTICLE, { slug: "../secrets", language: "FR" });
    expect(codeOf(slug)).toBe("BAD_USER_INPUT");
  });
});
