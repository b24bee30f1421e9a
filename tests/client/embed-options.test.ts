import { iframeSnippet, readOptions, snippet } from "../../client/src/embed/options";

/** The widgets' attributes as a partner writes them (client/src/embed/options.ts). */
const read = (widget: Parameters<typeof readOptions>[0], attributes: Record<string, string>, language = "fr") =>
  readOptions(widget, (name) => attributes[name] ?? null, language);

describe("widget options", () => {
  it("read the discovery filters, with defaults", () => {
    expect(read("directory", { town: "2a004", tags: "#jardin, vélo", types: "ngo,local-business" })).toEqual({
      options: {
        area: { inseeCode: "2A004" },
        kinds: ["ORGANIZATION", "PROJECT"],
        types: ["NGO", "LOCAL_BUSINESS"],
        tags: ["jardin", "vélo"],
        organization: null,
        limit: 10,
        lang: "fr",
        theme: "auto",
        accent: null,
        target: "_blank",
      },
    });
    const agenda = read("agenda", { near: "45.76, 4.83", radius: "5", limit: "3", lang: "EN", target: "_self" });
    expect(agenda).toMatchObject({
      options: {
        area: { near: { latitude: 45.76, longitude: 4.83, radiusKm: 5 } },
        kinds: ["EVENT"],
        limit: 3,
        lang: "en",
        target: "_self",
      },
    });
    // The host page's language when the widget names none.
    expect(read("map", {}, "en-GB")).toMatchObject({ options: { lang: "en", area: null } });
  });

  it("tell every bad attribute, and the Live's missing place", () => {
    const result = read("agenda", {
      town: "Lyon",
      limit: "0",
      types: "ngo",
      near: "north",
      theme: "pink",
      target: "_top",
      tags: ",",
    });
    expect("problems" in result && result.problems.map((problem) => problem.attribute).sort()).toEqual(
      ["limit", "near", "tags", "target", "theme", "town", "types"].sort(),
    );
    expect(read("live", {})).toEqual({ problems: [{ attribute: "town", value: "", expected: "area" }] });
    expect(
      readOptions(
        "directory",
        (name) => (name === "accent" ? "nope" : null),
        "fr",
        () => false,
      ),
    ).toEqual({
      problems: [{ attribute: "accent", value: "nope", expected: "accent" }],
    });
  });

  it("write snippets whose values cannot break out of their attributes", () => {
    const attributes = { tags: `a"><script>x</script>`, lang: "fr" };
    expect(snippet("https://c.example", "agenda", attributes)).toBe(
      `<script type="module" src="https://c.example/embed.js"></script>\n` +
        `<communect-agenda tags="a&quot;&gt;&lt;script&gt;x&lt;/script&gt;" lang="fr"></communect-agenda>`,
    );
    expect(iframeSnippet("https://c.example", "live", { town: "69123" })).toContain(
      `src="https://c.example/embed/live?town=69123"`,
    );
  });
});
