import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { addressLines } from "../../elements";
import { formatEventTime } from "../../events";
import { describeRule } from "../../recurrence";
import { EVENT_SCHEDULE } from "../../graphql/events";
import type { EventScheduleQuery } from "../../graphql/generated/graphql";
import { useElement } from "../elements/ElementLayout";
import { EventOccurrences } from "./EventOccurrences";
import { EventShare } from "./EventShare";

type Schedule = NonNullable<EventScheduleQuery["event"]>;

function SubEvents({ schedule }: { schedule?: Schedule }) {
  const { t, i18n } = useTranslation();
  const subEvents = schedule?.subEvents.nodes ?? [];
  if (subEvents.length === 0) return null;
  return (
    <section aria-labelledby="event-sub-events">
      <h3 id="event-sub-events">{t("event.subEvents")}</h3>
      <ul>
        {subEvents.map((sub) => (
          <li key={sub.id}>
            <Link to={`/events/${sub.slug}`}>{sub.name}</Link> — {formatEventTime(sub, i18n.language)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** When and where an event happens, who organizes it, and what it is part of or contains. */
export function EventFacts() {
  const { t, i18n } = useTranslation();
  const { element } = useElement();
  // Fixed once: a new range at each render would query again and again.
  const [range] = useState(() => {
    const from = new Date();
    return { from: from.toISOString(), to: new Date(from.getTime() + 364 * 24 * 3600 * 1000).toISOString() };
  });
  const { data } = useQuery(EVENT_SCHEDULE, {
    variables: { slug: element.slug, ...range },
    skip: element.__typename !== "Event",
  });
  if (element.__typename !== "Event") return null;
  const event = element;
  const schedule = data?.event ?? undefined;
  return (
    <section aria-labelledby="event-facts" className="card">
      <h2 id="event-facts">{t("event.facts")}</h2>
      <dl className="details">
        <dt>{t("event.when")}</dt>
        <dd>
          <time dateTime={event.startsAt}>{formatEventTime(event, i18n.language)}</time>
        </dd>
        {event.recurrenceRule && (
          <>
            <dt>{t("event.recurrence.title")}</dt>
            <dd>{describeRule(event.recurrenceRule, t, i18n.language) ?? <code>{event.recurrenceRule}</code>}</dd>
          </>
        )}
        {event.address && (
          <>
            <dt>{t("event.fields.place")}</dt>
            <dd className="plain-text">{addressLines(event.address)}</dd>
          </>
        )}
        {event.onlineUrl && (
          <>
            <dt>{t("event.fields.onlineUrl")}</dt>
            <dd>
              <a href={event.onlineUrl} rel="noopener noreferrer nofollow">
                {event.onlineUrl}
              </a>
            </dd>
          </>
        )}
        {event.attendeeLimit != null && (
          <>
            <dt>{t("event.fields.attendeeLimit")}</dt>
            <dd>{t("event.attendees", { count: event.communityCount, limit: event.attendeeLimit })}</dd>
          </>
        )}
        {event.organizers.length > 0 && (
          <>
            <dt>{t("event.organizers")}</dt>
            <dd>
              <ul className="organizers">
                {event.organizers.map((organizer) => (
                  <li key={organizer.id}>
                    {organizer.__typename === "Person" ? (
                      <Link to={`/people/${organizer.username}`}>{organizer.displayName}</Link>
                    ) : (
                      <Link
                        to={`/${organizer.__typename === "Project" ? "projects" : "organizations"}/${organizer.slug}`}
                      >
                        {organizer.name}
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {event.parentEvent && (
          <>
            <dt>{t("event.partOf")}</dt>
            <dd>
              <Link to={`/events/${event.parentEvent.slug}`}>{event.parentEvent.name}</Link>
            </dd>
          </>
        )}
      </dl>
      {event.recurrenceRule && <EventOccurrences event={event} schedule={schedule} range={range} />}
      <SubEvents schedule={schedule} />
      {event.viewer.isAdmin && (
        <p>
          <Link className="button button-secondary" to={`/events/new?parent=${encodeURIComponent(event.slug)}`}>
            {t("event.addSubEvent")}
          </Link>
        </p>
      )}
      <EventShare event={event} />
    </section>
  );
}
