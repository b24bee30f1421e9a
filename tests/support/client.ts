import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

/** An HTTP GraphQL client that keeps its session cookie, like a browser tab. */
export class Agent {
  cookie?: string;

  constructor(readonly baseUrl: string) {}

  async gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) {
      const pair = setCookie.split(";")[0];
      this.cookie = pair.endsWith("=") ? undefined : pair;
    }
    const body = (await response.json()) as { data?: T; errors?: GraphQLErrorShape[] };
    return { status: response.status, headers: response.headers, ...body };
  }

  /** Like gql, but fails the test when the response has errors. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** A graphql-ws client sending this agent's cookie and the given Origin. */
  ws(origin?: string): Client {
    const cookie = this.cookie;
    class WithHeaders extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) } });
      }
    }
    return createClient({
      url: this.baseUrl.replace(/^http/, "ws") + "/graphql",
      webSocketImpl: WithHeaders,
      retryAttempts: 0,
      lazy: true,
    });
  }
}

export function codeOf(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
