import { Agent, codeOf } from "../support/client";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`;
const REPORT = `mutation($input: ReportNewsInput!) { reportNews(input: $input) { id state } }`;
const REPORTS = `query($first: Int, $after: String) { instanceReports(first: $first, after: $after) {
  totalCount nodes { id reason state news { id text } } pageInfo { hasNextPage endCursor }
} }`;
const HANDLE = `mutation($id: ID!, $hide: Boolean!) { handleReport(input: { id: $id, hide: $hide }) { id state } }`;
const NEWS = `query($id: ID!) { news(newsId: $id) { id } }`;

const adminName = uniqueName("moderator");
let server: TestServer;
let moderator: PersonFixture;
let author: PersonFixture;
let reporter: PersonFixture;
beforeAll(async () => {
  server = await startTestServer({ env: { INSTANCE_ADMINS: adminName } });
  [moderator, author, reporter] = await Promise.all([
    createPerson(server, { username: adminName }),
    createPerson(server),
    createPerson(server),
  ]);
});
afterAll(() => server.stop());

async function reportedPost(text: string) {
  const { postNews } = await author.agent.ok(POST, {
    input: { wallId: author.id, text, audience: "PUBLIC", placeIds: ["fr:69123"] },
  });
  const { reportNews } = await reporter.agent.ok(REPORT, { input: { newsId: postNews.id, reason: `about ${text}` } });
  return { newsId: postNews.id as string, reportId: reportNews.id as string };
}

describe("the instance's reports", () => {
  it("lists the open reports of every wall to the instance's administrators, who hide or dismiss them", async () => {
    const kept = await reportedPost("un message correct");
    const spam = await reportedPost("achetez nos montres");
    const first = await moderator.agent.ok(REPORTS, { first: 1 });
    expect(first.instanceReports.nodes[0]).toMatchObject({
      id: spam.reportId,
      state: "OPEN",
      news: { id: spam.newsId },
    });
    expect(first.instanceReports.pageInfo.hasNextPage).toBe(true);
    const second = await moderator.agent.ok(REPORTS, { first: 1, after: first.instanceReports.pageInfo.endCursor });
    expect(second.instanceReports.nodes[0].id).toBe(kept.reportId);

    // The moderator administers neither wall: the instance's administrators act on every wall.
    expect((await moderator.agent.ok(HANDLE, { id: spam.reportId, hide: true })).handleReport.state).toBe("HIDDEN");
    expect((await moderator.agent.ok(HANDLE, { id: kept.reportId, hide: false })).handleReport.state).toBe("DISMISSED");
    const open = (await moderator.agent.ok(REPORTS, { first: 100 })).instanceReports.nodes.map(
      (n: { id: string }) => n.id,
    );
    expect(open).not.toContain(spam.reportId);
    expect(open).not.toContain(kept.reportId);
    const anonymous = new Agent(server.url);
    expect((await anonymous.gql(NEWS, { id: spam.newsId })).data?.news ?? null).toBeNull();
    expect((await anonymous.ok(NEWS, { id: kept.newsId })).news.id).toBe(kept.newsId);
  });

  it("refuses the list and the actions to a stranger and to people who do not administer the instance", async () => {
    const { reportId } = await reportedPost("encore un");
    const stranger = new Agent(server.url);
    expect(codeOf(await stranger.gql(REPORTS))).toBe("UNAUTHENTICATED");
    expect(codeOf(await stranger.gql(HANDLE, { id: reportId, hide: true }))).toBe("UNAUTHENTICATED");
    const refused = await reporter.agent.gql(REPORTS);
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect(refused.errors?.[0].extensions?.messageKey).toBe("forbidden.instanceAdministrators");
    expect(codeOf(await reporter.agent.gql(HANDLE, { id: reportId, hide: true }))).toBe("FORBIDDEN");
    const still = (await moderator.agent.ok(REPORTS, { first: 100 })).instanceReports.nodes;
    expect(still.find((n: { id: string }) => n.id === reportId)?.state).toBe("OPEN");
  });
});
