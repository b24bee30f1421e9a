import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { Agent } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { picture, upload } from "../support/media";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let person: PersonFixture;
const send = (bytes: Buffer, options?: Parameters<typeof upload>[3], agent: Agent | null = person.agent) =>
  upload(server.url, agent, bytes, options);

async function mediaRowsOf(personId: string): Promise<number> {
  const rows = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM media WHERE owner_id = $1`, [
    personId,
  ]);
  return rows[0].n;
}

/** Fetches as the uploader: an upload shown nowhere yet is theirs only. */
async function fetchImage(url: string) {
  const response = await fetch(url, { headers: { cookie: person.agent.cookie! } });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes, metadata: await sharp(bytes).metadata() };
}

beforeAll(async () => {
  server = await startTestServer();
  person = await createPerson(server);
});
afterAll(() => server.stop());

describe("POST /media", () => {
  it.each([
    ["jpeg", "image/jpeg", "jpg"],
    ["png", "image/png", "png"],
    ["webp", "image/webp", "webp"],
  ] as const)("stores a %s image with its resized versions", async (format, contentType, extension) => {
    const { status, headers, body } = await send(await picture(format, 2000, 1000), { name: `x.${extension}` });
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.any(String),
      width: 2000,
      height: 1000,
      urls: {
        thumb: `${server.url}/media/${body.id}/thumb.webp`,
        medium: `${server.url}/media/${body.id}/medium.webp`,
        large: `${server.url}/media/${body.id}/large.webp`,
        original: `${server.url}/media/${body.id}/original.${extension}`,
      },
    });
    expect(headers.get("location")).toBe(body.urls.original);

    const expected = { thumb: [128, 64], medium: [512, 256], large: [1600, 800] };
    for (const [version, [width, height]] of Object.entries(expected)) {
      const { response, metadata } = await fetchImage(body.urls[version]);
      expect(response.headers.get("content-type")).toBe("image/webp");
      expect([metadata.format, metadata.width, metadata.height]).toEqual(["webp", width, height]);
    }
    const original = await fetchImage(body.urls.original);
    expect(original.response.headers.get("content-type")).toBe(contentType);
    expect([original.metadata.format, original.metadata.width, original.metadata.height]).toEqual([format, 2000, 1000]);

    const folder = path.join(server.config.dataDir, "media", body.id);
    for (const name of ["thumb.webp", "medium.webp", "large.webp", `original.${extension}`]) {
      expect(existsSync(path.join(folder, name))).toBe(true);
    }
    const [row] = await server.database.dataSource.query(
      `SELECT owner_id, content_type, width, height, bytes FROM media WHERE id = $1`,
      [body.id],
    );
    expect(row).toEqual({
      owner_id: person.id,
      content_type: contentType,
      width: 2000,
      height: 1000,
      bytes: original.bytes.length,
    });
  });

  it("does not enlarge small images", async () => {
    const { status, body } = await send(await picture("png", 300, 200), { name: "small.png" });
    expect(status).toBe(201);
    const thumb = await fetchImage(body.urls.thumb);
    const medium = await fetchImage(body.urls.medium);
    const large = await fetchImage(body.urls.large);
    expect([thumb.metadata.width, thumb.metadata.height]).toEqual([128, 85]);
    expect([medium.metadata.width, medium.metadata.height]).toEqual([300, 200]);
    expect([large.metadata.width, large.metadata.height]).toEqual([300, 200]);
  });

  it("turns images upright and strips EXIF and GPS data from every stored version", async () => {
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#884422" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Copyright: "Secret Owner", Artist: "Secret Artist" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "43/1 36/1 0/1" },
      })
      .toBuffer();
    const given = await sharp(photo).metadata();
    expect(given.exif?.toString("latin1")).toContain("Secret Owner");
    expect(given.orientation).toBe(6);

    const { status, body } = await send(photo);
    expect(status).toBe(201);
    expect([body.width, body.height]).toEqual([200, 300]);
    for (const url of Object.values(body.urls) as string[]) {
      const { bytes, metadata } = await fetchImage(url);
      expect(metadata.exif).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(bytes.toString("latin1")).not.toContain("Secret");
      expect(metadata.height).toBeGreaterThan(metadata.width!);
    }
  });

  it("checks the type from the bytes, not from the name, and stores nothing it refuses", async () => {
    const before = await mediaRowsOf(person.id);
    const svg = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>`,
    );
    const tiny = () => sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } });
    const jpeg = await picture("jpeg");
    const refused: [Buffer, string][] = [
      [Buffer.from("just some text, not an image"), "x.jpg"],
      [svg, "logo.png"],
      [await tiny().gif().toBuffer(), "anim.webp"],
      [await tiny().tiff().toBuffer(), "scan.jpg"],
      [jpeg.subarray(0, 100), "cut.jpg"],
      [Buffer.concat([Buffer.from("RIFF\0\0\0\0WEBP"), Buffer.alloc(64)]), "fake.webp"],
    ];
    for (const [bytes, name] of refused) {
      const { status, body } = await send(bytes, { name, type: "image/jpeg" });
      expect([name, status]).toEqual([name, 415]);
      expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "file" }] });
      expect(body.errors[0].message).toMatch(/JPEG, PNG or WebP|could not be read/);
    }
    expect(await mediaRowsOf(person.id)).toBe(before);
  });

  it("refuses files over 5 MB and images over 40 megapixels", async () => {
    const huge = Buffer.concat([await picture("jpeg"), Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await send(huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors[0]).toMatchObject({
      message: "The image is larger than 5 MB.",
      extensions: { code: "PAYLOAD_TOO_LARGE" },
    });

    // A small file can describe a huge picture: refused before it is decoded.
    const bomb = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: "#fff" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const manyPixels = await send(bomb, { name: "bomb.png", type: "image/png" });
    expect(manyPixels.status).toBe(413);
    expect(manyPixels.body.errors[0]).toMatchObject({
      message: "The image is larger than 40 megapixels.",
      extensions: { code: "PAYLOAD_TOO_LARGE" },
    });
  });

  it("asks for the image in a field named file", async () => {
    const wrongField = await send(await picture("png"), { field: "image" });
    const notMultipart = await fetch(`${server.url}/media`, {
      method: "POST",
      headers: { "X-Requested-With": "x", cookie: person.agent.cookie!, "content-type": "application/json" },
      body: "{}",
    });
    for (const result of [wrongField, { status: notMultipart.status, body: await notMultipart.json() }]) {
      expect(result.status).toBe(400);
      expect(result.body.errors[0].message).toContain("field named file");
    }
  });

  it("refuses anonymous uploads", async () => {
    const { status, body } = await send(await picture("jpeg"), {}, new Agent(server.url));
    expect(status).toBe(401);
    expect(body).toEqual({
      errors: [
        {
          message: "You need to log in first.",
          extensions: {
            code: "UNAUTHENTICATED",
            messageKey: "auth.required",
            messageParams: {},
            requestId: expect.any(String),
          },
        },
      ],
    });
  });

  it("refuses uploads from another site, and those a plain form could send", async () => {
    const image = await picture("jpeg");
    const foreign = await send(image, { headers: { origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();

    const withoutHeader = await send(image, { headers: { "X-Requested-With": "" } });
    expect(withoutHeader.status).toBe(403);
    expect(withoutHeader.body.errors[0].message).toContain("X-Requested-With");

    const own = await send(image, { headers: { origin: server.config.allowedOrigins[0] } });
    expect(own.status).toBe(201);
  });

  it("lets only allowed origins through the CORS preflight", async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/media`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "x-requested-with",
        },
      });
    const allowed = await preflight(server.config.allowedOrigins[0]);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(server.config.allowedOrigins[0]);
    expect(allowed.headers.get("access-control-allow-credentials")).toBe("true");
    const foreign = await preflight("https://evil.example");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("limits each person to 60 uploads an hour", async () => {
    const busy = await createPerson(server);
    const image = await picture("png", 4, 4);
    for (let batch = 0; batch < 6; batch++) {
      const results = await Promise.all(
        Array.from({ length: 10 }, () => upload(server.url, busy.agent, image, { name: "x.png" })),
      );
      expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    }
    const refused = await upload(server.url, busy.agent, image, { name: "x.png" });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Someone else is not affected.
    expect((await send(image, { name: "x.png" })).status).toBe(201);
  });
});

describe("GET /media/<id>/<file>", () => {
  it("serves the files of a shown image as immutable, for a year, with their type and nosniff", async () => {
    const { body } = await send(await picture("jpeg"));
    await person.agent.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, {
      input: { imageId: body.id },
    });
    for (const [url, type] of [
      [body.urls.medium, "image/webp"],
      [body.urls.original, "image/jpeg"],
    ]) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    }
    // As a browser revalidates (fetch would otherwise add "Cache-Control: no-cache").
    const etag = (await fetch(body.urls.thumb)).headers.get("etag")!;
    const again = await fetch(body.urls.thumb, { headers: { "if-none-match": etag, "cache-control": "max-age=0" } });
    expect(again.status).toBe(304);
  });

  it("answers 404 in JSON for unknown images and files", async () => {
    const { body } = await send(await picture("png"), { name: "x.png" });
    for (const url of [
      `${server.url}/media/00000000-0000-4000-8000-000000000000/thumb.webp`,
      `${server.url}/media/${body.id}/original.jpg`,
      `${server.url}/media/${body.id}/huge.webp`,
      `${server.url}/media/not-an-id/thumb.webp`,
      `${server.url}/media/${body.id}/..%2F..%2Fpgdata%2FPG_VERSION`,
      `${server.url}/media/..%2F..%2Fetc/passwd`,
      `${server.url}/media`,
    ]) {
      const response = await fetch(url);
      expect([url, response.status]).toEqual([url, 404]);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe("NOT_FOUND");
    }
  });
});
