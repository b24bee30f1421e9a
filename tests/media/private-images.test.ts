import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { makeMember } from "../support/links";
import { picture, upload } from "../support/media";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let member: PersonFixture;
let stranger: PersonFixture;
beforeAll(async () => {
  server = await startTestServer();
  [admin, member, stranger] = await Promise.all([createPerson(server), createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

const PUBLIC_CACHE = "public, max-age=31536000, immutable";
const PRIVATE_CACHE = "private, no-cache";

async function uploadAs(person: PersonFixture) {
  const { status, body } = await upload(server.url, person.agent, await picture("jpeg"));
  expect(status).toBe(201);
  return body as { id: string; urls: Record<string, string> };
}

/** Fetches as an anonymous visitor, or with a person's session cookie. */
function fetchAs(who: PersonFixture | null, url: string, headers: Record<string, string> = {}) {
  return fetch(url, { headers: { ...headers, ...(who ? { cookie: who.agent.cookie! } : {}) } });
}

/** The status and cache rule of every version of an image, for one viewer. */
async function servedTo(who: PersonFixture | null, urls: Record<string, string>) {
  const answers = await Promise.all(Object.values(urls).map((url) => fetchAs(who, url)));
  return [...new Set(answers.map((a) => `${a.status} ${a.headers.get("cache-control")}`))];
}

/** A public organization with `member` in its community, showing a fresh logo. */
async function organizationWithLogo() {
  const logo = await uploadAs(admin);
  const organization = await createOrganization(admin, { imageId: logo.id });
  await makeMember(admin, member, organization.id);
  return { organization, logo };
}

describe("images of private elements", () => {
  it("are served to members only, never to shared caches; others get 404", async () => {
    const { organization, logo } = await organizationWithLogo();
    await setElementSettings(admin, organization.id, { private: true });

    expect(await servedTo(null, logo.urls)).toEqual(["404 null"]);
    expect(await servedTo(stranger, logo.urls)).toEqual(["404 null"]);
    expect(await servedTo(member, logo.urls)).toEqual([`200 ${PRIVATE_CACHE}`]);
    expect(await servedTo(admin, logo.urls)).toEqual([`200 ${PRIVATE_CACHE}`]);

    const forMember = await fetchAs(member, logo.urls.thumb);
    expect(forMember.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    expect(forMember.headers.get("vary")).toMatch(/cookie/i);
    expect(forMember.headers.get("x-content-type-options")).toBe("nosniff");
    // Revalidation answers 304 to a member, and still 404 to anyone else.
    // As a browser revalidates (fetch would otherwise add "Cache-Control: no-cache").
    const revalidation = { "if-none-match": forMember.headers.get("etag")!, "cache-control": "max-age=0" };
    expect((await fetchAs(member, logo.urls.thumb, revalidation)).status).toBe(304);
    expect((await fetchAs(stranger, logo.urls.thumb, revalidation)).status).toBe(404);
    expect((await fetchAs(null, logo.urls.thumb, revalidation)).status).toBe(404);
  });

  it("cover banners as logos, and the logo of a private element inviting the viewer", async () => {
    const banner = await uploadAs(admin);
    const { organization, logo } = await organizationWithLogo();
    await admin.agent.ok(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, {
      input: { id: organization.id, bannerId: banner.id },
    });
    await setElementSettings(admin, organization.id, { private: true });
    expect(await servedTo(null, banner.urls)).toEqual(["404 null"]);
    expect(await servedTo(stranger, banner.urls)).toEqual(["404 null"]);
    expect(await servedTo(member, banner.urls)).toEqual([`200 ${PRIVATE_CACHE}`]);

    const invited = await createPerson(server);
    await admin.agent.ok(`mutation($input: InviteToElementInput!) { inviteToElement(input: $input) { id } }`, {
      input: { elementId: organization.id, personId: invited.id },
    });
    expect(await servedTo(invited, logo.urls)).toEqual([`200 ${PRIVATE_CACHE}`]);
  });

  it("become public again, with the year-long cache, when the element does", async () => {
    const { organization, logo } = await organizationWithLogo();
    expect(await servedTo(null, logo.urls)).toEqual([`200 ${PUBLIC_CACHE}`]);
    await setElementSettings(admin, organization.id, { private: true });
    expect(await servedTo(null, logo.urls)).toEqual(["404 null"]);
    await setElementSettings(admin, organization.id, { private: false });
    expect(await servedTo(null, logo.urls)).toEqual([`200 ${PUBLIC_CACHE}`]);
    expect(await servedTo(stranger, logo.urls)).toEqual([`200 ${PUBLIC_CACHE}`]);
  });
});

describe("images of public elements and people", () => {
  it("are served to anyone with the year-long public cache", async () => {
    const { logo } = await organizationWithLogo();
    const avatar = await uploadAs(stranger);
    await stranger.agent.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, {
      input: { imageId: avatar.id },
    });
    for (const who of [null, stranger, member]) {
      expect(await servedTo(who, logo.urls)).toEqual([`200 ${PUBLIC_CACHE}`]);
      expect(await servedTo(who, avatar.urls)).toEqual([`200 ${PUBLIC_CACHE}`]);
    }
  });
});

describe("an upload shown nowhere yet", () => {
  it("is served to its uploader only, privately", async () => {
    const draft = await uploadAs(member);
    expect(await servedTo(member, draft.urls)).toEqual([`200 ${PRIVATE_CACHE}`]);
    expect(await servedTo(stranger, draft.urls)).toEqual(["404 null"]);
    expect(await servedTo(null, draft.urls)).toEqual(["404 null"]);
  });
});

describe("images of news items", () => {
  const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id audience images { id } } }`;

  it("are served to those who may see the item, and nobody else", async () => {
    const { organization } = await organizationWithLogo();
    const follower = await createPerson(server);
    await follower.agent.ok(`mutation($input: FollowTargetInput!) { follow(input: $input) { id } }`, {
      input: { elementId: organization.id },
    });
    const image = await uploadAs(member);
    // Not shown anywhere yet: only its uploader.
    expect(await servedTo(follower, image.urls)).toEqual(["404 null"]);
    const { postNews } = await member.agent.ok(POST, {
      input: { wallId: organization.id, text: "For our members", audience: "PRIVATE", imageIds: [image.id] },
    });
    expect(postNews.images).toEqual([{ id: image.id }]);
    expect(await servedTo(member, image.urls)).toEqual([`200 ${PRIVATE_CACHE}`]);
    expect(await servedTo(admin, image.urls)).toEqual([`200 ${PRIVATE_CACHE}`]);
    for (const outsider of [null, stranger, follower])
      expect(await servedTo(outsider, image.urls)).toEqual(["404 null"]);

    const restrictedImage = await uploadAs(member);
    await member.agent.ok(POST, {
      input: { wallId: organization.id, text: "For followers", audience: "RESTRICTED", imageIds: [restrictedImage.id] },
    });
    expect(await servedTo(follower, restrictedImage.urls)).toEqual([`200 ${PRIVATE_CACHE}`]);
    expect(await servedTo(stranger, restrictedImage.urls)).toEqual(["404 null"]);
  });

  it("are public for a public item, and withdrawn when it is deleted", async () => {
    const organization = await createOrganization(admin, { address: { postalCode: "69001", city: "Lyon" } });
    const image = await uploadAs(admin);
    const { postNews } = await admin.agent.ok(POST, {
      input: { wallId: organization.id, text: "Open day", audience: "PUBLIC", imageIds: [image.id] },
    });
    expect(postNews.audience).toBe("PUBLIC");
    expect(await servedTo(null, image.urls)).toEqual([`200 ${PUBLIC_CACHE}`]);
    await admin.agent.ok(`mutation($id: ID!) { deleteNews(input: { id: $id }) { id } }`, { id: postNews.id });
    expect(await servedTo(stranger, image.urls)).toEqual(["404 null"]);
    expect(await servedTo(admin, image.urls)).toEqual([`200 ${PRIVATE_CACHE}`]);
  });
});
