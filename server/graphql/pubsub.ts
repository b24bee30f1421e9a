import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub, type PubSub } from "@graphql-yoga/subscription";
import Redis from "ioredis";

/**
 * Every subscription topic and its payload. Payloads stay small and JSON-safe
 * (ids and what filtering needs) so they cross processes through Redis unchanged.
 * A topic with a leading id argument is scoped to that id.
 */
export type Topics = {
  PERSON_UPDATED: [personId: string, payload: { personId: string }];
};

export type Events = PubSub<Topics>;

export interface EventBus {
  pubSub: Events;
  close(): Promise<void>;
}

export function createEventBus(redisUrl?: string): EventBus {
  if (!redisUrl) return { pubSub: createPubSub<Topics>(), close: async () => {} };
  const publishClient = new Redis(redisUrl, { lazyConnect: false });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubSub: createPubSub<Topics>({ eventTarget }),
    async close() {
      await Promise.all([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
