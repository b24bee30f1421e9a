import { useState } from "react";
import { type ApiProblem, apiProblem } from "./graphql/errors";

/** Runs a form's action, keeping its busy state and the API's answer to show. */
export function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function run<T>(action: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    setBusy(true);
    setProblem(null);
    try {
      return { ok: true, value: await action() };
    } catch (error) {
      setProblem(apiProblem(error));
      return { ok: false };
    } finally {
      setBusy(false);
    }
  }

  return { busy, problem, run };
}

/** A same-site path to return to after logging in, never another site. */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : null;
}

/** Empty text means "clear this field" for the API. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** Tags typed as one comma-separated text. */
export function parseTags(text: string): string[] {
  return text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** The values that differ from what the form started with: only those are sent for an edit. */
export function changesFrom<T extends object>(initial: T, current: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(current).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify((initial as Record<string, unknown>)[key]),
    ),
  ) as Partial<T>;
}
