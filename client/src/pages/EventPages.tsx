import { LoadMore } from "../components/LoadMore";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ElementEdit } from "../components/elements/ElementEdit";
import type { ElementTab } from "../components/elements/ElementLayout";
import { ElementPage } from "../components/elements/ElementPage";
import { EventForm, eventFormValues, eventInput } from "../components/events/EventForm";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { RequireLogin } from "../components/RequireLogin";
import { formatEventTime } from "../events";
import { useSubmission } from "../forms";
import { apiProblem } from "../graphql/errors";
import { CREATE_EVENT, EVENT, EVENTS, UPDATE_EVENT } from "../graphql/events";
import { useViewer } from "../viewer";

/** Upcoming events, soonest first; a recurring event appears once. */
export function Events() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error, fetchMore } = useQuery(EVENTS, { fetchPolicy: "cache-and-network" });
  const events = data?.events;

  return (
    <section>
      <PageTitle>{t("events.title")}</PageTitle>
      <header className="directory-header">
        <div>
          <h1>{t("events.title")}</h1>
          <p className="lead">{t("events.intro")}</p>
        </div>
        {viewer ? (
          <Link className="button button-primary" to="/events/new">
            {t("events.create")}
          </Link>
        ) : (
          <p className="muted">
            <Link to="/login?next=%2Fevents%2Fnew">{t("events.loginToCreate")}</Link>
          </p>
        )}
      </header>
      {loading && !events ? (
        <Loading />
      ) : error && !events ? (
        <FormError problem={apiProblem(error)} />
      ) : events && events.nodes.length === 0 ? (
        <p className="empty-state">{t("events.empty")}</p>
      ) : events ? (
        <>
          <ul className="element-list">
            {events.nodes.map((event) => (
              <li key={event.id} className="card element-card">
                <h2>
                  <Link to={`/events/${event.slug}`}>{event.name}</Link>
                </h2>
                <p className="element-kind">
                  {t(`event.types.${event.type}`)}
                  {event.recurrenceRule && <span className="badge">{t("events.recurring")}</span>}
                </p>
                <p>
                  <time dateTime={event.startsAt}>{formatEventTime(event, i18n.language)}</time>
                </p>
                {event.shortDescription && <p>{event.shortDescription}</p>}
                {event.tags.length > 0 && (
                  <ul className="tags">
                    {event.tags.map((tag) => (
                      <li key={tag}>{tag}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <p className="muted" role="status">
            {t("organizations.count", { shown: events.nodes.length, total: events.totalCount })}
          </p>
          <LoadMore
            pageInfo={events.pageInfo}
            load={(after) => fetchMore({ variables: { after } })}
            label={t("events.more")}
          />
        </>
      ) : null}
    </section>
  );
}

/** A new event, or a new part of the event whose slug `?parent=` gives (its administrators only). */
function NewEventForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const parentSlug = searchParams.get("parent");
  const { data: parentData } = useQuery(EVENT, { variables: { slug: parentSlug ?? "" }, skip: !parentSlug });
  const parent = parentData?.event;
  const [create] = useMutation(CREATE_EVENT, { refetchQueries: [EVENTS] });
  const { busy, problem, run } = useSubmission();
  const [values, setValues] = useState(() => eventFormValues());

  async function submit() {
    const input = { ...eventInput(values), ...(parent ? { parentEventId: parent.id } : {}) };
    const result = await run(() => create({ variables: { input } }));
    if (result.ok && result.value.data) await navigate(`/events/${result.value.data.createEvent.slug}`);
  }

  return (
    <>
      {parent && (
        <p className="notice notice-info">
          {t("events.new.partOf")} <Link to={`/events/${parent.slug}`}>{parent.name}</Link>
        </p>
      )}
      <EventForm
        values={values}
        onChange={(changes) => setValues((current) => ({ ...current, ...changes }))}
        onSubmit={submit}
        busy={busy}
        problem={problem}
        submitLabel={t("events.new.submit")}
      />
    </>
  );
}

export function NewEvent() {
  const { t } = useTranslation();
  return (
    <RequireLogin>
      <section>
        <PageTitle>{t("events.new.title")}</PageTitle>
        <h1>{t("events.new.title")}</h1>
        <p className="lead">{t("events.new.intro")}</p>
        <NewEventForm />
      </section>
    </RequireLogin>
  );
}

/** An event's page, with the given tabs. */
export function EventPage({ tabs }: { tabs: ElementTab[] }) {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const { data, loading, error } = useQuery(EVENT, { variables: { slug }, fetchPolicy: "cache-and-network" });
  return (
    <ElementPage
      element={data?.event}
      loading={loading}
      error={error}
      tabs={tabs}
      directory="/events"
      kindLabel={(element) =>
        element.__typename === "Event"
          ? `${t("event.kind")} · ${t(`event.types.${element.eventType}`)}`
          : t("event.kind")
      }
      notFound={{ title: t("event.notFoundTitle"), text: t("event.notFound"), back: t("event.backToDirectory") }}
    />
  );
}

export function EditEvent() {
  const [update] = useMutation(UPDATE_EVENT);
  return (
    <ElementEdit
      initialValues={eventFormValues}
      toInput={eventInput}
      save={(input) => update({ variables: { input } })}
      renderForm={(props) => <EventForm {...props} />}
    />
  );
}
