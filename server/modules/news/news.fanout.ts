import { Repeater } from "@graphql-yoga/subscription";
import type { DataSource } from "typeorm";
import { Comment } from "./comment.entity";
import { type AudienceFacts, loadAudienceFacts, type NewsRouting } from "./news.audience";
import { News } from "./news.entity";
import { type ItemCounts, loadItemCounts } from "./news.loaders";

/** What every subscriber of a process shares about one published event (counts: for NEWS_ACTIVITY). */
export interface Delivery extends ItemCounts {
  facts: AudienceFacts;
  /** The item as it is now; null once deleted. */
  news: News | null;
  comment: Comment | null;
}

interface Published {
  eventId: string;
  routing: NewsRouting;
  commentId?: string | null;
}

/** How long a process keeps an event's delivery for its late subscribers' filters. */
const KEEP_MS = 30_000;

/**
 * The fan-out of the Live: when an event arrives, its item's audience (and the item) is read
 * once for the whole process, whatever the number of subscribers; each subscriber's filter is
 * then a match in memory (no query per subscriber). Deliveries are kept a little while, by
 * event id, so that every filter of the process finds the one read.
 */
export class NewsFanOut {
  private readonly deliveries = new Map<string, Promise<Delivery>>();
  /**
   * Each event's stream item, one for all the subscribers it reaches: their identical results
   * are executed once (see socketSessions' shared results, keyed by this object).
   */
  private readonly items = new WeakMap<object, { event: unknown; delivery: Delivery }>();
  /** How many audience lookups this process made (one per event, whatever the subscribers). */
  lookups = 0;

  constructor(
    private readonly db: DataSource,
    private readonly deletionDelayDays: number,
  ) {}

  delivery(event: Published, withActivity = false): Promise<Delivery> {
    let delivery = this.deliveries.get(event.eventId);
    if (!delivery) {
      delivery = this.read(event, withActivity);
      this.deliveries.set(event.eventId, delivery);
      setTimeout(() => this.deliveries.delete(event.eventId), KEEP_MS).unref();
      // A failed read is not kept: the next filter tries again.
      delivery.catch(() => this.deliveries.delete(event.eventId));
    }
    return delivery;
  }

  private async read(event: Published, withActivity: boolean): Promise<Delivery> {
    this.lookups++;
    const { newsId } = event.routing;
    const [facts, news, comment, [counts]] = await Promise.all([
      loadAudienceFacts(this.db, event.routing, this.deletionDelayDays),
      this.db.getRepository(News).findOneBy({ id: newsId }),
      event.commentId ? this.db.getRepository(Comment).findOneBy({ id: event.commentId }) : null,
      withActivity ? loadItemCounts(this.db, [newsId]) : [{ commentCount: 0, reactionCounts: [] }],
    ]);
    return { facts, news, comment, ...counts };
  }

  /**
   * The events of `source` that `keep` admits, each with its delivery: a subscription's stream.
   * The filter runs per subscriber, in memory, on the delivery its process read once.
   */
  filter<E extends Published>(
    source: AsyncIterable<E> & { return?: () => Promise<unknown> },
    keep: (delivery: Delivery, event: E) => boolean,
    withActivity = false,
  ): AsyncIterable<{ event: E; delivery: Delivery }> {
    return new Repeater(async (push, stop) => {
      const iterator = source[Symbol.asyncIterator]();
      void stop.then(() => iterator.return?.());
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const event = next.value;
        let delivery: Delivery;
        try {
          delivery = await this.delivery(event, withActivity);
        } catch {
          continue; // the item's audience could not be read: nobody receives it rather than anybody
        }
        if (keep(delivery, event)) await push(this.itemOf(event, delivery));
      }
      stop();
    });
  }

  private itemOf<E extends Published>(event: E, delivery: Delivery): { event: E; delivery: Delivery } {
    let item = this.items.get(event) as { event: E; delivery: Delivery } | undefined;
    if (!item || item.delivery !== delivery) this.items.set(event, (item = { event, delivery }));
    return item;
  }
}
