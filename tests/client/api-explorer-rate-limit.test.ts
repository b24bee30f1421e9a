import { browserSession } from "../support/browser";

/** The explorer past the API's budget: the refusal shows as the API gives it (HTTP 429, RATE_LIMITED). */
const session = browserSession({ server: { env: { API_RATE_ANONYMOUS: "12", API_BURST_ANONYMOUS: "0" } } });

it("shows RATE_LIMITED once the anonymous budget is spent", async () => {
  const { page } = await session.tab({ language: "en" });
  await page.goto(`${session.server.url}/graphql`);
  await page.getByRole("heading", { level: 1, name: "API explorer" }).waitFor();
  await page.getByLabel("Example").selectOption({ label: "Public posts of a tag" });
  for (let i = 0; i < 13; i++) await page.getByRole("button", { name: "Run the query" }).click();
  await page.getByRole("status").getByText('"RATE_LIMITED"', { exact: false }).waitFor();
  await page.getByRole("status").getByText('"retryAfterSeconds"', { exact: false }).waitFor();
}, 60_000);
