import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatEventTime, readRule, weekdayName } from "../../events";
import { formatDate } from "../../format";
import { EVENT_SCHEDULE } from "../../graphql/events";
import type { ElementDetailsFragment, EventScheduleQuery } from "../../graphql/generated/graphql";
import { useElement } from "../elements/ElementLayout";
import { Loading } from "../Loading";

type EventDetails = Extract<ElementDetailsFragment, { __typename: "Event" }>;

/** "Every 2 weeks on Tuesday, 10 times": what a recurrence rule says, in the interface's language. */
function RecurrenceSummary({ event }: { event: EventDetails }) {
  const { t, i18n } = useTranslation();
  const rule = event.recurrenceRule ? readRule(event.recurrenceRule) : null;
  if (!event.recurrenceRule) return null;
  if (!rule) return <code>{event.recurrenceRule}</code>;
  const parts = [t(`event.recurrence.${rule.frequency}`, { count: rule.interval })];
  if (rule.days.length) {
    parts.push(t("event.recurrence.on", { days: rule.days.map((day) => weekdayName(day, i18n.language)).join(", ") }));
  }
  if (rule.count) parts.push(t("event.recurrence.times", { count: rule.count }));
  if (rule.until) parts.push(t("event.recurrence.until", { date: formatDate(rule.until, i18n.language) }));
  return <>{parts.join(", ")}</>;
}

type Schedule = NonNullable<EventScheduleQuery["event"]>;

/** The next occurrences of a recurring event, within a year, in its zone. */
function NextOccurrences({ event, schedule }: { event: EventDetails; schedule?: Schedule }) {
  const { t, i18n } = useTranslation();
  const occurrences = schedule?.occurrences ?? [];
  return (
    <section aria-labelledby="event-occurrences">
      <h3 id="event-occurrences">{t("event.nextOccurrences")}</h3>
      {!schedule ? (
        <Loading />
      ) : occurrences.length === 0 ? (
        <p className="muted">{t("event.noOccurrence")}</p>
      ) : (
        <ul>
          {occurrences.map((occurrence) => {
            const when = formatEventTime({ ...event, ...occurrence }, i18n.language);
            return (
              <li key={occurrence.originalStart}>
                {occurrence.changedEvent ? <Link to={`/events/${occurrence.changedEvent.slug}`}>{when}</Link> : when}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

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
            <dd>
              <RecurrenceSummary event={event} />
            </dd>
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
      {event.recurrenceRule && <NextOccurrences event={event} schedule={schedule} />}
      <SubEvents schedule={schedule} />
      {event.viewer.isAdmin && (
        <p>
          <Link className="button button-secondary" to={`/events/new?parent=${encodeURIComponent(event.slug)}`}>
            {t("event.addSubEvent")}
          </Link>
        </p>
      )}
    </section>
  );
}
