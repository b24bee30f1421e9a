import { ConfigError, loadConfig } from "../../server/config";

describe("configuration", () => {
  it("has defaults that need nothing set", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      publicUrl: "http://localhost:4000",
      logLevel: "info",
      timeZone: "Europe/Paris",
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.allowedOrigins).toEqual(["http://localhost:4000", "http://127.0.0.1:4000", "http://[::1]:4000"]);
  });

  it("takes only the public URL's origin once PUBLIC_URL is set, even on a loopback name", () => {
    expect(loadConfig({ PUBLIC_URL: "http://localhost:4000" }).allowedOrigins).toEqual(["http://localhost:4000"]);
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      PUBLIC_URL: "https://communect.example/",
      DATABASE_URL: "postgres://u@db:5432/communect",
      DATA_DIR: "/var/lib/communect",
      REDIS_URL: "redis://cache:6379",
      SMTP_URL: "smtp://mail:25",
      MAIL_FROM: "Communect <hello@communect.example>",
      ALLOWED_ORIGINS: "https://partner.example, https://other.example",
      LOG_LEVEL: "warn",
      TIME_ZONE: "America/Montreal",
    });
    expect(config).toMatchObject({
      port: 8080,
      publicUrl: "https://communect.example",
      dataDir: "/var/lib/communect",
      allowedOrigins: ["https://communect.example", "https://partner.example", "https://other.example"],
      logLevel: "warn",
      timeZone: "America/Montreal",
    });
  });

  it("reads the map's tile URL template and the origin its images come from", () => {
    expect(loadConfig({}).mapTiles).toBeNull();
    expect(loadConfig({ MAP_TILE_URL: "https://tiles.example:8443/osm/{z}/{x}/{y}.png" }).mapTiles).toEqual({
      urlTemplate: "https://tiles.example:8443/osm/{z}/{x}/{y}.png",
      attribution: null,
      origin: "https://tiles.example:8443",
    });
    const withSubdomains = loadConfig({
      MAP_TILE_URL: "https://{s}.tile.example.org/{z}/{x}/{y}{r}.png",
      MAP_TILE_ATTRIBUTION: "© OpenStreetMap contributors",
    }).mapTiles;
    expect(withSubdomains).toMatchObject({
      origin: "https://*.tile.example.org",
      attribution: "© OpenStreetMap contributors",
    });
  });

  it("trusts no proxy by default, and reads TRUST_PROXY as hops or as addresses and ranges", () => {
    expect(loadConfig({}).trustProxy).toEqual({ addresses: [] });
    expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toEqual({ hops: 2 });
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8 ,fd00::1" }).trustProxy).toEqual({
      addresses: ["loopback", "10.0.0.0/8", "fd00::1"],
    });
  });

  it.each([
    ["PORT", { PORT: "eighty" }],
    ["PORT", { PORT: "70000" }],
    ["PUBLIC_URL", { PUBLIC_URL: "ftp://x" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://localhost/db" }],
    ["REDIS_URL", { REDIS_URL: "localhost:6379" }],
    ["REDIS_PREFIX", { REDIS_PREFIX: "two words" }],
    ["SMTP_URL", { SMTP_URL: "mail.example" }],
    ["LOG_LEVEL", { LOG_LEVEL: "loud" }],
    ["TIME_ZONE", { TIME_ZONE: "Mars/Olympus_Mons" }],
    ["ALLOWED_ORIGINS", { ALLOWED_ORIGINS: "https://ok.example,https://bad.example/path" }],
    ["MAP_TILE_URL", { MAP_TILE_URL: "ftp://tiles.example/{z}/{x}/{y}.png" }],
    ["MAP_TILE_URL", { MAP_TILE_URL: "https://tiles.example/{z}/{x}.png" }],
    ["MAP_TILE_URL", { MAP_TILE_URL: "https://tiles.{s}.example/{z}/{x}/{y}.png" }],
    ["TRUST_PROXY", { TRUST_PROXY: "0" }],
    ["TRUST_PROXY", { TRUST_PROXY: "10.0.0.1, proxy.example" }],
    ["TRUST_PROXY", { TRUST_PROXY: "10.0.0.0/33" }],
  ])("stops with a one-line message naming %s", (variable, env) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^Invalid ${variable}: [^\\n]+$`));
  });
});
