import type Redis from "ioredis";
import type { Logger } from "../logger";

type Listener = (event: CustomEvent) => void;
type Callback = Listener | { handleEvent: Listener };

/**
 * An EventTarget whose events travel through Redis pub/sub, on channels named `prefix` + topic,
 * so that processes sharing one Redis (and prefix) hear each other. It replaces
 * @graphql-yoga/redis-event-target, which leaves the promises of subscribe, unsubscribe and
 * publish unhandled: a Redis connection closing (or a stop) with one pending crashed the process.
 * Here such a failure is logged and the event lost, as pub/sub promises no more.
 */
export function createRedisEventTarget(publishClient: Redis, subscribeClient: Redis, prefix: string, logger: Logger) {
  const listenersByChannel = new Map<string, Set<Listener>>();
  const report = (action: string, channel: string) => (error: unknown) =>
    logger.warn({ err: error, channel }, `Redis ${action} failed`);

  subscribeClient.on("message", (channel: string, message: string) => {
    const listeners = listenersByChannel.get(channel);
    if (!listeners) return;
    let detail: unknown;
    try {
      detail = message === "" ? null : JSON.parse(message);
    } catch (error) {
      report("message parsing", channel)(error);
      return;
    }
    for (const listener of listeners) listener(new CustomEvent(channel, { detail }));
  });

  const listenerOf = (callback: Callback): Listener =>
    "handleEvent" in callback ? callback.handleEvent.bind(callback) : callback;
  // The same callback object must map to the same listener for removal.
  const listeners = new WeakMap<Callback, Listener>();

  return {
    addEventListener(topic: string, callback: Callback | null) {
      if (!callback) return;
      const channel = prefix + topic;
      let channelListeners = listenersByChannel.get(channel);
      if (!channelListeners) {
        channelListeners = new Set();
        listenersByChannel.set(channel, channelListeners);
        subscribeClient.subscribe(channel).catch(report("subscribe", channel));
      }
      const listener = listeners.get(callback) ?? listenerOf(callback);
      listeners.set(callback, listener);
      channelListeners.add(listener);
    },
    removeEventListener(topic: string, callback: Callback | null) {
      const channel = prefix + topic;
      const channelListeners = listenersByChannel.get(channel);
      const listener = callback && listeners.get(callback);
      if (!channelListeners || !listener) return;
      channelListeners.delete(listener);
      if (channelListeners.size > 0) return;
      listenersByChannel.delete(channel);
      subscribeClient.unsubscribe(channel).catch(report("unsubscribe", channel));
    },
    dispatchEvent(event: Event) {
      const channel = prefix + event.type;
      const detail = (event as CustomEvent).detail;
      publishClient
        .publish(channel, detail === undefined ? "" : JSON.stringify(detail))
        .catch(report("publish", channel));
      return true;
    },
  };
}
