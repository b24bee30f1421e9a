import { randomBytes } from "node:crypto";
import { Agent } from "./client";
import type { TestServer } from "./server";

export const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { id username displayName }
}`;
export const VERIFY = `mutation Verify($token: String!) { verifyEmail(input: { token: $token }) { id } }`;
export const LOGIN = `mutation Login($login: String!, $password: String!) {
  login(input: { login: $login, password: $password }) { id username }
}`;

export function uniqueName(prefix = "user"): string {
  return `${prefix}${randomBytes(5).toString("hex")}`;
}

export interface PersonFixture {
  id: string;
  username: string;
  email: string;
  password: string;
  agent: Agent;
}

export function newPersonInput(overrides: Record<string, unknown> = {}) {
  const username = uniqueName();
  return {
    email: `${username}@example.org`,
    password: "a long and quiet river",
    displayName: `Person ${username}`,
    username,
    ...overrides,
  };
}

/** Registers someone through the API (mail, link, login) and returns a logged-in agent. */
export async function createPerson(
  server: TestServer,
  overrides: Record<string, unknown> = {},
): Promise<PersonFixture> {
  const input = newPersonInput(overrides);
  const agent = new Agent(server.url);
  const { register } = await agent.ok(REGISTER, { input });
  const token = await server.mailbox.linkToken(input.email, "/verify-email");
  await agent.ok(VERIFY, { token });
  await agent.ok(LOGIN, { login: input.email, password: input.password });
  return { id: register.id, username: input.username, email: input.email, password: input.password, agent };
}
