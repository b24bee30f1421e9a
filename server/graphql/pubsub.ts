import { createPubSub, type PubSub } from "@graphql-yoga/subscription";
import { setMaxListeners } from "node:events";
import Redis from "ioredis";
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from "typeorm";
import type { Logger } from "../logger";
import type { ActivityEvent } from "../modules/activity/activity.record";
import type { NewsActivityEvent, NewsEvent } from "../modules/news/news.events";
import { createRedisEventTarget } from "./redis-event-target";

/**
 * Every subscription topic and its payload. Payloads stay small and JSON-safe
 * (ids and what filtering needs) so they cross processes through Redis unchanged.
 * A topic with a leading id argument is scoped to that id.
 */
export type Topics = {
  PERSON_UPDATED: [personId: string, payload: { personId: string }];
  /** Sessions of a person ended (logout, password change or reset, deletion): their sockets check at once. */
  SESSION_ENDED: [payload: { personId: string }];
  /** Something happened to an element (see recordActivity); published once its transaction committed. */
  ACTIVITY_RECORDED: [payload: ActivityEvent];
  /** A news item was posted, edited, or removed (deleted or hidden); with what subscribers' filters need. */
  NEWS_CHANGED: [payload: NewsEvent];
  /** A news item was commented on or reacted to (scoped to the item). */
  NEWS_ACTIVITY: [newsId: string, payload: NewsActivityEvent];
  /** A person's notifications changed (a new one, or some read): their bell counts again. Scoped to the person. */
  NOTIFICATIONS_CHANGED: [personId: string, payload: { personId: string }];
};

export type Events = PubSub<Topics>;

export interface EventBus {
  pubSub: Events;
  close(): Promise<void>;
}

/** The bus of this process, or of every process sharing Redis (and `prefix`, which starts each channel's name). */
export function createEventBus(logger: Logger, redisUrl?: string, prefix = "communect"): EventBus {
  if (!redisUrl) {
    // Every open subscription listens on the target: thousands are expected, not a leak.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    return { pubSub: createPubSub<Topics>({ eventTarget }), close: async () => {} };
  }
  const publishClient = new Redis(redisUrl, { lazyConnect: false });
  // No ready check on the subscribing connection: ioredis writes a SUBSCRIBE made while it is
  // connecting at once, and its ready check (INFO) then fails on a connection in subscriber
  // mode, which drops the connection and the subscriptions made meanwhile (seen when a server
  // subscribes as it starts).
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, enableReadyCheck: false });
  const eventTarget = createRedisEventTarget(publishClient, subscribeClient, `${prefix}:`, logger);
  return {
    pubSub: createPubSub<Topics>({ eventTarget }),
    async close() {
      await Promise.all([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

/** An event waiting for its transaction to commit. */
interface Publication {
  topic: keyof Topics;
  publish(events: Events): void;
}

/** Where a transaction keeps its publications (TypeORM's QueryRunner.data is meant for such sharing). */
const PENDING = Symbol("publications after commit");

function pending(queryRunner: QueryRunner): Publication[] {
  const data = queryRunner.data as { [PENDING]?: Publication[] };
  return (data[PENDING] ??= []);
}

/**
 * Queues an event to publish once the transaction `tx` commits; a rollback drops it. Domain
 * events published this way never announce a change that other readers cannot see yet, or
 * that never happened. Refuses to run outside a transaction.
 */
export function publishAfterCommit<K extends keyof Topics>(tx: EntityManager, topic: K, ...args: Topics[K]): void {
  if (!tx.queryRunner?.isTransactionActive) {
    throw new Error(`${topic} must be published from inside the transaction of its change`);
  }
  pending(tx.queryRunner).push({ topic, publish: (events) => events.publish(topic, ...args) });
}

/**
 * Publishes each committed transaction's queued events on the bus, in order. Installed once
 * per app on its data source; returns how to uninstall it. Savepoints are not used by the
 * services: only the outermost commit or rollback counts.
 */
export function publishCommittedEvents(dataSource: DataSource, events: Events, logger: Logger): () => void {
  const publisher: EntitySubscriberInterface = {
    afterTransactionCommit({ queryRunner }) {
      if (queryRunner.isTransactionActive) return;
      for (const { topic, publish } of pending(queryRunner).splice(0)) {
        try {
          publish(events);
        } catch (error) {
          // The change is committed: a lost event must not turn it into an error.
          logger.error({ err: error, topic }, "could not publish an event");
        }
      }
    },
    afterTransactionRollback({ queryRunner }) {
      if (!queryRunner.isTransactionActive) pending(queryRunner).splice(0);
    },
  };
  dataSource.subscribers.push(publisher);
  return () => {
    const index = dataSource.subscribers.indexOf(publisher);
    if (index >= 0) dataSource.subscribers.splice(index, 1);
  };
}
