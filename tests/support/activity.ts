import type { Events } from "../../server/graphql/pubsub";
import type { ActivityEvent } from "../../server/modules/activity/activity.record";

/** Everything a server's event bus hears on ACTIVITY_RECORDED (from any process sharing its Redis). */
export interface ActivityListener {
  heard: ActivityEvent[];
  about(elementId: string): ActivityEvent[];
  stop(): Promise<void>;
}

export function listenToActivity(events: Events): ActivityListener {
  const heard: ActivityEvent[] = [];
  const stream = events.subscribe("ACTIVITY_RECORDED");
  void (async () => {
    for await (const event of stream) heard.push(event);
  })();
  return {
    heard,
    about: (elementId) => heard.filter((event) => event.elementId === elementId),
    stop: async () => {
      await stream.return();
    },
  };
}
