import { DEFAULT_RADIUS_KM, parsePlace } from "../../client/src/chosen-place";

describe("the chosen place kept in the browser", () => {
  const millau = {
    placeId: "fr:12145",
    name: "Millau",
    postalCode: "12100",
    inseeCode: "12145",
    latitude: 44.1,
    longitude: 3.08,
    radiusKm: 25,
  };

  it("reads back what was stored", () => {
    expect(parsePlace(JSON.stringify(millau))).toEqual(millau);
  });

  it("ignores anything else in storage, field by field", () => {
    for (const stored of [null, "", "not json", "null", "42", JSON.stringify({ ...millau, latitude: 91 })]) {
      expect(parsePlace(stored)).toBeNull();
    }
    expect(parsePlace(JSON.stringify({ ...millau, name: "" }))).toBeNull();
    expect(parsePlace(JSON.stringify({ ...millau, longitude: "3" }))).toBeNull();
    // A radius the page does not offer falls back to the default; odd codes are dropped.
    expect(parsePlace(JSON.stringify({ ...millau, radiusKm: 7, postalCode: 12100, inseeCode: "x".repeat(9) }))).toEqual(
      {
        ...millau,
        radiusKm: DEFAULT_RADIUS_KM,
        postalCode: null,
        inseeCode: null,
      },
    );
  });
});
