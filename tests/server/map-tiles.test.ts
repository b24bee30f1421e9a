import { Agent } from "../support/client";
import { startTestServer, type TestServer } from "../support/server";

const MAP_TILES = `{ instance { mapTiles { urlTemplate attribution } } }`;

describe("map tiles", () => {
  let withTiles: TestServer;
  let withoutTiles: TestServer;
  beforeAll(async () => {
    [withTiles, withoutTiles] = await Promise.all([
      startTestServer({
        env: { MAP_TILE_URL: "https://{s}.tiles.example.org/{z}/{x}/{y}.png", MAP_TILE_ATTRIBUTION: "© Tile makers" },
      }),
      startTestServer(),
    ]);
  });
  afterAll(() => Promise.all([withTiles?.stop(), withoutTiles?.stop()]));

  const imageSources = async (server: TestServer) => {
    const policy = (await fetch(`${server.url}/healthz`)).headers.get("content-security-policy") ?? "";
    return policy.split(";").find((directive) => directive.trim().startsWith("img-src"));
  };

  it("gives the configured tile URL template and credits, and lets the page load those images only", async () => {
    const { instance } = await new Agent(withTiles.url).ok(MAP_TILES);
    expect(instance).toEqual({
      mapTiles: { urlTemplate: "https://{s}.tiles.example.org/{z}/{x}/{y}.png", attribution: "© Tile makers" },
    });
    expect(await imageSources(withTiles)).toBe("img-src 'self' data: blob: https://*.tiles.example.org");
  });

  it("has no tiles by default: the map draws its markers on a plain background, and no outside image is allowed", async () => {
    const { instance } = await new Agent(withoutTiles.url).ok(MAP_TILES);
    expect(instance).toEqual({ mapTiles: null });
    expect(await imageSources(withoutTiles)).toBe("img-src 'self' data: blob:");
  });
});
