import { Agent } from "../support/client";
import { createOrganization } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { makeMember } from "../support/links";
import { QUIET_JOBS_MS, startTestServer, type TestServer } from "../support/server";
import { statementsDuring } from "../support/statements";

const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`;
/** The web app's Live page (client/src/graphql/news.ts: LIVE with the NewsItem fragment). */
const LIVE_PAGE = `query($area: AreaInput!, $first: Int) {
  live(area: $area, first: $first) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes {
      id audience text textHtml tags createdAt edited asElement commentCount
      viewerReaction viewerMayRemove viewerMayEdit viewerMayHide
      reactionCounts { kind count }
      author { id username displayName image { id url(size: THUMB) } }
      wall { id kind slug name image { id url(size: THUMB) } }
      images { id width height url(size: MEDIUM) large: url(size: LARGE) }
      activity { kind stage person { id username displayName } organization { id kind slug name } }
    }
  }
}`;

// A spot in the South Pacific, where no other test file places news; earthdistance's sphere.
const CENTRE = { latitude: -45, longitude: -140 };
const EARTH_RADIUS_METRES = 6378168;
/** The latitude `metres` north of the centre, along its meridian. */
const northOf = (metres: number) => CENTRE.latitude + (metres / EARTH_RADIUS_METRES) * (180 / Math.PI);

let server: TestServer;
let admin: PersonFixture;
let anonymous: Agent;
const inside: string[] = [];
const outside: string[] = [];

/** Runs the Live page and returns its answer and how many SQL statements the server ran for it. */
async function livePage(radiusKm: number, first: number) {
  let live: { totalCount: number; nodes: { id: string }[] } | undefined;
  const statements = await statementsDuring(server, async () => {
    ({ live } = await anonymous.ok(LIVE_PAGE, { area: { near: { ...CENTRE, radiusKm } }, first }));
  });
  return { live: live!, statements: statements.length };
}

beforeAll(async () => {
  // Statements are counted: no job queue poll may fall in between.
  server = await startTestServer({
    jobPollMs: QUIET_JOBS_MS,
    newsLimits: { posts: { points: 1000, seconds: 3600 }, comments: { points: 100, seconds: 3600 } },
  });
  anonymous = new Agent(server.url);
  admin = await createPerson(server);
  const member = await createPerson(server);
  const org = await createOrganization(admin, {});
  await makeMember(admin, member, org.id);
  // Items on an element's wall and on a person's, each mentioning someone, placed at chosen distances
  // from the centre: 12 just inside 10 km, 2 just outside.
  for (let i = 0; i < 14; i++) {
    const onOrg = i % 2 === 0;
    const { postNews } = await (onOrg ? member : admin).agent.ok(POST, {
      input: {
        wallId: onOrg ? org.id : admin.id,
        text: `Live item ${i} for @${admin.username}`,
        audience: "PUBLIC",
        placeIds: ["fr:69123"],
      },
    });
    (i < 12 ? inside : outside).push(postNews.id);
    await server.database.dataSource.query(`UPDATE news_place SET latitude = $2, longitude = $3 WHERE news_id = $1`, [
      postNews.id,
      northOf(i < 12 ? 9_990 : 10_010),
      CENTRE.longitude,
    ]);
  }
}, 120_000);
afterAll(() => server.stop());

describe("the Live page around a point", () => {
  it("shows the items placed within the radius, and only them", async () => {
    const { live } = await livePage(10, 20);
    expect(live.totalCount).toBe(inside.length);
    expect(live.nodes.map((node) => node.id).sort()).toEqual([...inside].sort());
    const wider = await livePage(10.1, 20);
    expect(wider.live.totalCount).toBe(inside.length + outside.length);
  });

  it("runs as many SQL statements for 12 items as for 3", async () => {
    const small = await livePage(10, 3);
    const large = await livePage(10, 12);
    expect(small.live.nodes).toHaveLength(3);
    expect(large.live.nodes).toHaveLength(12);
    expect(large.statements).toBe(small.statements);
    // Page with its total, comment and reaction counts, mentions, people (authors, person walls; the
    // person mentioned is one of them), element walls.
    expect(small.statements).toBe(5);
  });
});
