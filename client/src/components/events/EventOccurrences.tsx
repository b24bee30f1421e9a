import { useMutation } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatEventTime } from "../../events";
import { fromLocalInput, toLocalInput } from "../../event-inputs";
import { useSubmission } from "../../forms";
import { fieldMessage } from "../../graphql/errors";
import { CANCEL_OCCURRENCE, CHANGE_OCCURRENCE, EVENT_SCHEDULE, RESTORE_OCCURRENCE } from "../../graphql/events";
import type { ElementDetailsFragment, EventScheduleQuery } from "../../graphql/generated/graphql";
import { Field } from "../Field";
import { FormError } from "../FormError";
import { Loading } from "../Loading";
import { StatusMessage } from "../StatusMessage";

type EventDetails = Extract<ElementDetailsFragment, { __typename: "Event" }>;
type Schedule = NonNullable<EventScheduleQuery["event"]>;
type Occurrence = Schedule["occurrences"][number];

/** A date of the series as listed: kept, changed (with its own event) or cancelled. */
interface ListedDate {
  originalStart: string;
  startsAt: string;
  endsAt: string | null;
  changedEvent: Occurrence["changedEvent"];
  cancelled: boolean;
}

/**
 * The next dates and, among them, the cancelled ones (the API leaves those out of `occurrences`;
 * the event's `recurrenceExceptions` name them), soonest first, as many as the API listed.
 */
function listedDates(event: EventDetails, schedule: Schedule, from: string, to: string): ListedDate[] {
  const kept = schedule.occurrences.map((occurrence) => ({ ...occurrence, cancelled: false }));
  const duration = event.endsAt ? Date.parse(event.endsAt) - Date.parse(event.startsAt) : null;
  const last = kept.at(-1)?.startsAt;
  const cancelled = event.recurrenceExceptions
    .filter((start) => start >= from && start < to && (kept.length < 10 || (last !== undefined && start <= last)))
    .map((start) => ({
      originalStart: start,
      startsAt: start,
      endsAt: duration === null ? null : new Date(Date.parse(start) + duration).toISOString(),
      changedEvent: null,
      cancelled: true,
    }));
  return [...kept, ...cancelled].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** An administrator's form moving one date: new start and end, in the event's zone. */
function ChangeDateForm({
  event,
  date,
  label,
  onDone,
}: {
  event: EventDetails;
  date: ListedDate;
  label: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [change] = useMutation(CHANGE_OCCURRENCE, { refetchQueries: [EVENT_SCHEDULE] });
  const { busy, problem, run } = useSubmission();
  const type = event.allDay ? "date" : "datetime-local";
  const [start, setStart] = useState(() => toLocalInput(date.startsAt, event.timeZone, event.allDay));
  const [end, setEnd] = useState(() => (date.endsAt ? toLocalInput(date.endsAt, event.timeZone, event.allDay) : ""));

  async function submit(submitted: FormEvent) {
    submitted.preventDefault();
    const input = {
      eventId: event.id,
      originalStart: date.originalStart,
      startsAt: fromLocalInput(start, event.timeZone, event.allDay) ?? "",
      endsAt: fromLocalInput(end, event.timeZone, event.allDay),
    };
    const result = await run(() => change({ variables: { input } }));
    if (result.ok) onDone();
  }

  return (
    <form className="form occurrence-change" onSubmit={submit} aria-busy={busy}>
      <fieldset className="group">
        <legend>{t("event.occurrences.changeLegend", { date: label })}</legend>
        <FormError problem={problem} shownFields={["startsAt", "endsAt"]} />
        <div className="row-fields">
          <Field label={t("event.fields.startsAt")} required error={fieldMessage(problem, "startsAt")}>
            {(control) => <input {...control} type={type} value={start} onChange={(e) => setStart(e.target.value)} />}
          </Field>
          <Field label={t("event.fields.endsAt")} error={fieldMessage(problem, "endsAt")}>
            {(control) => (
              <input
                {...control}
                type={type}
                min={start || undefined}
                value={end}
                onChange={(e) => setEnd(e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("event.occurrences.save")}
          </button>
          <button type="button" className="button button-quiet" onClick={onDone}>
            {t("event.occurrences.close")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** One date: when, whether cancelled or changed, and for administrators what they can do with it. */
function DateItem({ event, date, onChanged }: { event: EventDetails; date: ListedDate; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const whenId = useId();
  const [cancel] = useMutation(CANCEL_OCCURRENCE, { refetchQueries: [EVENT_SCHEDULE] });
  const [restore] = useMutation(RESTORE_OCCURRENCE, { refetchQueries: [EVENT_SCHEDULE] });
  const { busy, problem, run } = useSubmission();
  const [changing, setChanging] = useState(false);
  const when = formatEventTime({ ...event, ...date }, i18n.language);
  const input = { eventId: event.id, originalStart: date.originalStart };

  async function act(action: () => Promise<unknown>) {
    const result = await run(action);
    if (result.ok) onChanged();
  }

  const button = (label: string, onClick: () => unknown) => (
    <button
      type="button"
      className="button button-quiet button-small"
      onClick={onClick}
      disabled={busy}
      aria-describedby={whenId}
    >
      {label}
    </button>
  );

  return (
    <li className={date.cancelled ? "occurrence occurrence-cancelled" : "occurrence"}>
      <span className="occurrence-when">
        {date.cancelled ? (
          <del id={whenId}>
            <time dateTime={date.startsAt}>{when}</time>
          </del>
        ) : date.changedEvent ? (
          <Link id={whenId} to={`/events/${date.changedEvent.slug}`}>
            <time dateTime={date.startsAt}>{when}</time>
          </Link>
        ) : (
          <time id={whenId} dateTime={date.startsAt}>
            {when}
          </time>
        )}{" "}
        {date.cancelled && <span className="badge badge-danger">{t("event.occurrences.cancelled")}</span>}
        {date.changedEvent && <span className="badge">{t("event.occurrences.changed")}</span>}
      </span>
      {event.viewer.isAdmin && !changing && (
        <span className="occurrence-actions">
          {date.cancelled
            ? button(t("event.occurrences.restore"), () => act(() => restore({ variables: { input } })))
            : !date.changedEvent && (
                <>
                  {button(t("event.occurrences.change"), () => setChanging(true))}
                  {button(t("event.occurrences.cancel"), () => act(() => cancel({ variables: { input } })))}
                </>
              )}
        </span>
      )}
      <FormError problem={problem} />
      {changing && (
        <ChangeDateForm
          event={event}
          date={date}
          label={when}
          onDone={() => {
            setChanging(false);
            onChanged();
          }}
        />
      )}
    </li>
  );
}

/**
 * The next dates of a recurring event within a year, in its zone, cancelled ones struck out
 * for everyone; its administrators cancel, restore or move one date here.
 */
export function EventOccurrences({
  event,
  schedule,
  range,
}: {
  event: EventDetails;
  schedule?: Schedule;
  range: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const [updated, setUpdated] = useState(false);
  const dates = schedule ? listedDates(event, schedule, range.from, range.to) : [];
  return (
    <section aria-labelledby="event-occurrences">
      <h3 id="event-occurrences">{t("event.nextOccurrences")}</h3>
      {!schedule ? (
        <Loading />
      ) : dates.length === 0 ? (
        <p className="muted">{t("event.noOccurrence")}</p>
      ) : (
        <ul className="occurrences">
          {dates.map((date) => (
            <DateItem key={date.originalStart} event={event} date={date} onChanged={() => setUpdated(true)} />
          ))}
        </ul>
      )}
      <StatusMessage>{updated ? t("event.occurrences.done") : null}</StatusMessage>
    </section>
  );
}
