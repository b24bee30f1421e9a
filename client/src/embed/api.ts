/**
 * Reads the public GraphQL API of the instance the script came from, anonymously: GET requests
 * (cached by the browser and proxies for a minute, see the server's cors.ts) that never carry
 * Communect's cookies.
 */

export class ApiError extends Error {}

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** `fresh`: a POST, which no cache keeps (an item the Live was just told about). */
export async function query<T>(
  base: string,
  document: string,
  variables: Record<string, unknown>,
  { fresh = false } = {},
): Promise<T> {
  const url = new URL("/graphql", base);
  if (!fresh) {
    url.searchParams.set("query", document);
    url.searchParams.set("variables", JSON.stringify(variables));
  }
  const response = await fetch(url, {
    method: fresh ? "POST" : "GET",
    credentials: "omit",
    // Apollo's CSRF prevention asks GET queries for a header a simple request cannot carry.
    headers: fresh
      ? { "content-type": "application/json", accept: "application/json" }
      : { "apollo-require-preflight": "1", accept: "application/json" },
    body: fresh ? JSON.stringify({ query: document, variables }) : undefined,
  });
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<T>;
  if (!response.ok || answer.errors?.length || !answer.data) {
    throw new ApiError(answer.errors?.[0]?.message ?? `HTTP ${response.status}`);
  }
  return answer.data;
}
