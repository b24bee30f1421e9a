import { filterParams, readFilters, searchFilter, sortFor, sortsFor } from "../../client/src/discovery";

const filtersOf = (query: string) => readFilters(new URLSearchParams(query));
const near = { near: { latitude: 44.1, longitude: 3.08, radiusKm: 10 } };

describe("the discovery filters in the address", () => {
  it("read what they know and leave out the rest, so that a hand-made address cannot make a refused query", () => {
    const filters = filtersOf(
      `q=${"é".repeat(250)}&kind=EVENT&kind=PERSON&kind=EVENT&type=NGO&type=KING&event=CONCERT&stage=IDEA` +
        `&tag=jardin&tag=${"x".repeat(41)}&tag=%20&all=1&when=YESTERDAY&from=2026-13&sort=RANDOM`,
    );
    expect(filters).toEqual({
      text: "é".repeat(200),
      kinds: ["EVENT"],
      organizationTypes: ["NGO"],
      eventTypes: ["CONCERT"],
      projectStages: ["IDEA"],
      tags: ["jardin"],
      allTags: true,
      everywhere: false,
      when: "",
      from: "",
      to: "",
      sort: "",
    });
    expect(filtersOf(Array.from({ length: 12 }, (_, i) => `tag=t${i}`).join("&")).tags).toHaveLength(10);
  });

  it("write back only what differs from the defaults, and read the same filters again", () => {
    const filters = filtersOf(
      "q=jardin&kind=ORGANIZATION&tag=a&tag=b&all=1&area=everywhere&when=BETWEEN&from=2026-12-01&to=2026-12-31&sort=NAME",
    );
    const written = filterParams(filters);
    expect(written.toString()).toBe(
      "q=jardin&kind=ORGANIZATION&tag=a&tag=b&all=1&area=everywhere&when=BETWEEN&from=2026-12-01&to=2026-12-31&sort=NAME",
    );
    expect(readFilters(written)).toEqual(filters);
    expect(filterParams(filtersOf("")).toString()).toBe("");
  });
});

describe("the search filter sent to the API", () => {
  it("leaves out empty lists and words without a letter or digit, which the API refuses", () => {
    expect(searchFilter(filtersOf("q=%20--%20&all=1"), null)).toEqual({});
    expect(searchFilter(filtersOf("q=%20v%C3%A9lo%20&tag=velo&kind=EVENT&when=UPCOMING"), near)).toEqual({
      text: "vélo",
      tags: ["velo"],
      allTags: false,
      kinds: ["EVENT"],
      area: near,
      dates: { preset: "UPCOMING" },
    });
  });

  it("takes whole days between two dates, in either order", () => {
    const { dates } = searchFilter(filtersOf("when=BETWEEN&from=2026-12-31&to=2026-12-01"), null);
    expect(dates).toEqual({
      from: new Date("2026-12-01T00:00:00").toISOString(),
      to: new Date("2026-12-31T23:59:59.999").toISOString(),
    });
    expect(searchFilter(filtersOf("when=BETWEEN"), null).dates).toBeUndefined();
  });

  it("offers only the sorts the filter allows, and picks the most useful one by default", () => {
    const plain = filtersOf("");
    expect(sortsFor(searchFilter(plain, null))).toEqual(["DATE", "NAME"]);
    expect(sortFor(plain, searchFilter(plain, null))).toBe("NAME");
    expect(sortFor(plain, searchFilter(plain, near))).toBe("DISTANCE");
    const words = filtersOf("q=jardin&sort=DISTANCE");
    expect(sortsFor(searchFilter(words, null))).toEqual(["RELEVANCE", "DATE", "NAME"]);
    // Distance was asked for, but there is no place: relevance, as there are words.
    expect(sortFor(words, searchFilter(words, null))).toBe("RELEVANCE");
    expect(sortFor(words, searchFilter(words, near))).toBe("DISTANCE");
    const upcoming = filtersOf("when=UPCOMING");
    expect(sortFor(upcoming, searchFilter(upcoming, near))).toBe("DATE");
  });
});
