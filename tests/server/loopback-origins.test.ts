import WebSocket from "ws";
import { createPerson } from "../support/factories";
import { picture, upload } from "../support/media";
import { startTestServer, type TestServer } from "../support/server";

/** The default configuration: no PUBLIC_URL, so the app is opened on this machine under any loopback name. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { PUBLIC_URL: "" } });
});
afterAll(() => server.stop());

const port = () => new URL(server.url).port;

function upgrade(origin: string): Promise<number | "open"> {
  const socket = new WebSocket(`${server.url.replace("http", "ws")}/graphql`, "graphql-transport-ws", {
    headers: { origin },
  });
  return new Promise<number | "open">((resolve) => {
    socket.on("open", () => resolve("open"));
    socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    socket.on("error", () => undefined);
  }).finally(() => socket.terminate());
}

describe("loopback names without PUBLIC_URL", () => {
  it("accepts the WebSocket of the app opened as localhost, 127.0.0.1 or [::1] on its port", async () => {
    expect(server.config.publicUrl).toBe(`http://localhost:${port()}`);
    for (const host of ["localhost", "127.0.0.1", "[::1]"]) {
      expect(await upgrade(`http://${host}:${port()}`)).toBe("open");
    }
  });

  it("treats other hosts and other ports as foreign: their queries are refused", async () => {
    const person = await createPerson(server);
    for (const origin of [
      `http://127.0.0.2:${port()}`,
      `http://127.0.0.1:${Number(port()) + 1}`,
      `https://127.0.0.1:${port()}`,
      "https://evil.example",
    ]) {
      const client = person.agent.ws(origin);
      const result = await new Promise<unknown>((resolve) =>
        client.subscribe({ query: "{ me { id } }" }, { next: resolve, error: resolve, complete: () => resolve(null) }),
      ).finally(() => client.dispose());
      expect(JSON.stringify(result)).toContain("forbidden.foreignOrigin");
    }
    expect(await upgrade(`http://127.0.0.1:${port()}`)).toBe("open");
  });

  it("accepts image uploads from the app opened as 127.0.0.1 or [::1]", async () => {
    const person = await createPerson(server);
    for (const host of ["127.0.0.1", "[::1]"]) {
      const origin = `http://${host}:${port()}`;
      const response = await upload(server.url, person.agent, await picture("png"), { headers: { origin } });
      expect(response.status).toBe(201);
      expect(response.headers.get("access-control-allow-origin")).toBe(origin);
    }
    const foreign = await upload(server.url, person.agent, await picture("png"), {
      headers: { origin: `http://127.0.0.2:${port()}` },
    });
    expect(foreign.status).toBe(403);
  });
});
