import DataLoader from "dataloader";
import { DEFAULT_PAGE_SIZE, type Ordering, type Page } from "./connection";

export interface PageArguments {
  first?: number;
  after?: string;
}

/** One parent's page of a list (an organization's members, an event's sub-events), with the list's arguments. */
export interface ParentPage<A extends PageArguments> {
  parentId: string;
  args: A;
}

/** What a list reads for a batch of parents: up to `first + 1` rows of each, in order, and each one's total. */
export type ReadPages<T, A> = (
  args: A,
  parentIds: string[],
  first: number,
) => Promise<Map<string, { rows: T[]; totalCount: number }>>;

/**
 * A per-request loader of pages for many parents at once: keys sharing their arguments are
 * read together, so a list of 50 organizations asking for `community(first: 5)` costs the
 * same statements as one. A cursor is checked against the list's ordering before any read;
 * a refused one fails only the keys that carry it.
 */
export function parentPageLoader<T extends { id: string }, A extends PageArguments>(
  order: Ordering<T>,
  read: ReadPages<T, A>,
) {
  return new DataLoader<ParentPage<A>, Page<T>, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; parentIds: Set<string> }>();
      for (const { parentId, args } of keys) {
        const signature = JSON.stringify(args);
        const group = groups.get(signature) ?? { args, parentIds: new Set<string>() };
        group.parentIds.add(parentId);
        groups.set(signature, group);
      }
      const answers = new Map<string, Map<string, Page<T>> | Error>();
      for (const [signature, { args, parentIds }] of groups) {
        try {
          order.decode(args.after);
          const first = args.first ?? DEFAULT_PAGE_SIZE;
          const found = await read(args, [...parentIds], first);
          const pages = new Map<string, Page<T>>();
          for (const parentId of parentIds) {
            const { rows, totalCount } = found.get(parentId) ?? { rows: [], totalCount: 0 };
            pages.set(parentId, order.page(rows, first, totalCount, args.after));
          }
          answers.set(signature, pages);
        } catch (error) {
          answers.set(signature, error instanceof Error ? error : new Error(String(error)));
        }
      }
      return keys.map(({ parentId, args }) => {
        const answer = answers.get(JSON.stringify(args))!;
        return answer instanceof Error ? answer : answer.get(parentId)!;
      });
    },
    { cacheKeyFn: ({ parentId, args }) => JSON.stringify([parentId, args]) },
  );
}
