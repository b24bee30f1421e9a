import { ConfigError, loadConfig } from "../../server/config";

describe("configuration", () => {
  it("has defaults that need nothing set", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, publicUrl: "http://localhost:4000", logLevel: "info" });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.allowedOrigins).toEqual(["http://localhost:4000"]);
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
    });
    expect(config).toMatchObject({
      port: 8080,
      publicUrl: "https://communect.example",
      dataDir: "/var/lib/communect",
      allowedOrigins: ["https://communect.example", "https://partner.example", "https://other.example"],
      logLevel: "warn",
    });
  });

  it.each([
    ["PORT", { PORT: "eighty" }],
    ["PORT", { PORT: "70000" }],
    ["PUBLIC_URL", { PUBLIC_URL: "ftp://x" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://localhost/db" }],
    ["REDIS_URL", { REDIS_URL: "localhost:6379" }],
    ["SMTP_URL", { SMTP_URL: "mail.example" }],
    ["LOG_LEVEL", { LOG_LEVEL: "loud" }],
    ["ALLOWED_ORIGINS", { ALLOWED_ORIGINS: "https://ok.example,https://bad.example/path" }],
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
