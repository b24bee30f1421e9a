import { useApolloClient } from "@apollo/client/react";
import { useSubmission } from "../../forms";

/**
 * Runs a change to a community (join, validate, remove…), then reads every query on screen
 * afresh: the element's counts, the viewer's standing and the lists all follow from it.
 */
export function useCommunityAction() {
  const client = useApolloClient();
  const submission = useSubmission();

  async function act<T>(action: () => Promise<T>) {
    const result = await submission.run(action);
    if (result.ok) await client.refetchQueries({ include: "active" });
    return result;
  }

  return { busy: submission.busy, problem: submission.problem, act };
}
