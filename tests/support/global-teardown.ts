import type { TestDatabase } from "./database";

export default async function globalTeardown() {
  await ((globalThis as Record<string, unknown>).__communectTestDb as TestDatabase | undefined)?.drop();
}
