import { LoadMore } from "../components/LoadMore";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ElementCard } from "../components/elements/ElementCard";
import { ElementEdit } from "../components/elements/ElementEdit";
import { type ElementTab, useElement } from "../components/elements/ElementLayout";
import { ElementPage } from "../components/elements/ElementPage";
import { EventForm, eventFormValues, eventInput } from "../components/events/EventForm";
import type { OrganizerChoice } from "../components/events/OrganizerPicker";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { RequireLogin } from "../components/RequireLogin";
import { browserTimeZone, formatEventTime } from "../events";
import { useSubmission } from "../forms";
import { apiProblem } from "../graphql/errors";
import { CREATE_EVENT, EVENT, EVENTS, ORGANIZER_CHOICES, SET_EVENT_ORGANIZERS, UPDATE_EVENT } from "../graphql/events";
import type { ElementDetailsFragment } from "../graphql/generated/graphql";
import { INSTANCE } from "../graphql/viewer";
import { ORGANIZATION } from "../graphql/organizations";
import { PROJECT } from "../graphql/projects";
import { elementPath } from "../elements";
import { useViewer } from "../viewer";
import { ExportLinks } from "../components/opendata/ExportLinks";

/** Upcoming events, soonest first; a recurring event appears once. */
export function Events() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error, fetchMore } = useQuery(EVENTS, { fetchPolicy: "cache-and-network" });
  const events = data?.events;

  return (
    <section className="wide">
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
      <ExportLinks filter={{ kinds: ["EVENT"], dates: { preset: "UPCOMING" } }} />
      {loading && !events ? (
        <Loading />
      ) : error && !events ? (
        <FormError problem={apiProblem(error)} />
      ) : events && events.nodes.length === 0 ? (
        <p className="empty-state">{t("events.empty")}</p>
      ) : events ? (
        <>
          <ul className="element-list card-grid">
            {events.nodes.map((event) => (
              <ElementCard
                key={event.id}
                element={event}
                kindLabel={
                  <>
                    {t(`event.types.${event.type}`)}
                    {event.recurrenceRule && <span className="badge">{t("events.recurring")}</span>}
                  </>
                }
              >
                <p className="element-card-when">
                  <time dateTime={event.startsAt}>{formatEventTime(event, i18n.language)}</time>
                </p>
              </ElementCard>
            ))}
          </ul>
          <p className="muted" role="status">
            {t("events.count", { count: events.nodes.length, total: events.totalCount })}
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

/**
 * The organization (`?organization=slug`) or project (`?project=slug`) a new event is created
 * for, from its Events tab; the API checks that the creator administers it.
 */
function useOrganizerParam() {
  const [searchParams] = useSearchParams();
  const organizationSlug = searchParams.get("organization");
  const projectSlug = searchParams.get("project");
  const organization = useQuery(ORGANIZATION, { variables: { slug: organizationSlug ?? "" }, skip: !organizationSlug });
  const project = useQuery(PROJECT, { variables: { slug: projectSlug ?? "" }, skip: !projectSlug });
  const found = organization.data?.organization ?? project.data?.project;
  return { organizer: found && found.viewer.isAdmin ? found : null, loading: organization.loading || project.loading };
}

/**
 * What a new event starts with: the area's time zone, and as organizers the creator or the
 * organization or project whose Events tab they came from, among those they may choose.
 */
function useNewEventDefaults() {
  const { t } = useTranslation();
  const { organizer, loading } = useOrganizerParam();
  const instance = useQuery(INSTANCE);
  const choices = useQuery(ORGANIZER_CHOICES, { fetchPolicy: "cache-and-network" });
  const me = choices.data?.me;
  const timeZone = instance.data?.instance.timeZone;
  // The form starts with these values: wait for all of them.
  if (!me || !timeZone || loading || choices.loading) return null;
  const administered = (me.memberships?.nodes ?? []).flatMap((link) =>
    link.isAdmin && link.element && link.element.kind !== "EVENT"
      ? [{ id: link.element.id, name: link.element.name, kind: link.element.kind as string }]
      : [],
  );
  if (organizer && !administered.some((choice) => choice.id === organizer.id)) {
    administered.unshift({ id: organizer.id, name: organizer.name, kind: organizer.kind });
  }
  return {
    organizer,
    timeZone,
    organizerIds: [organizer?.id ?? me.id],
    choices: [{ id: me.id, name: t("event.form.you", { name: me.displayName }), kind: "PERSON" }, ...administered],
  };
}

/** A new event, or a new part of the event whose slug `?parent=` gives (its administrators only). */
function NewEventForm() {
  const defaults = useNewEventDefaults();
  return defaults ? <NewEventFields {...defaults} /> : <Loading />;
}

function NewEventFields({
  organizer,
  timeZone,
  organizerIds,
  choices,
}: NonNullable<ReturnType<typeof useNewEventDefaults>>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const parentSlug = searchParams.get("parent");
  const { data: parentData } = useQuery(EVENT, { variables: { slug: parentSlug ?? "" }, skip: !parentSlug });
  const parent = parentData?.event;
  const [create] = useMutation(CREATE_EVENT, { refetchQueries: [EVENTS] });
  const { busy, problem, run } = useSubmission();
  const [values, setValues] = useState(() => eventFormValues(undefined, { timeZone, organizerIds }));

  async function submit() {
    const input = {
      ...eventInput(values),
      ...(parent ? { parentEventId: parent.id } : {}),
      organizerIds: values.organizerIds,
    };
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
      {organizer && (
        <p className="notice notice-info">
          {t("events.new.organizedBy")} <Link to={elementPath(organizer)}>{organizer.name}</Link>
        </p>
      )}
      <EventForm
        values={values}
        onChange={(changes) => setValues((current) => ({ ...current, ...changes }))}
        onSubmit={submit}
        busy={busy}
        problem={problem}
        submitLabel={t("events.new.submit")}
        organizerChoices={choices}
        suggestedTimeZones={[timeZone, browserTimeZone()]}
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

/**
 * Who an event's administrators may name as organizers when editing it: those it has (other
 * persons stay only if kept) and the organizations and projects they administer.
 */
function useEditOrganizerChoices(element: ElementDetailsFragment) {
  const { t } = useTranslation();
  const isAdmin = element.__typename === "Event" && element.viewer.isAdmin;
  const { data } = useQuery(ORGANIZER_CHOICES, { skip: !isAdmin, fetchPolicy: "cache-and-network" });
  const me = data?.me;
  if (!isAdmin || !me) return undefined;
  const choices: OrganizerChoice[] = element.organizers.map((organizer) =>
    organizer.__typename === "Person"
      ? {
          id: organizer.id,
          name: organizer.id === me.id ? t("event.form.you", { name: me.displayName }) : organizer.displayName,
          kind: "PERSON",
        }
      : {
          id: organizer.id,
          name: organizer.name,
          kind: organizer.__typename === "Project" ? "PROJECT" : "ORGANIZATION",
        },
  );
  if (!choices.some((choice) => choice.id === me.id)) {
    choices.push({ id: me.id, name: t("event.form.you", { name: me.displayName }), kind: "PERSON" });
  }
  for (const link of me.memberships?.nodes ?? []) {
    const other = link.element;
    if (link.isAdmin && other && other.kind !== "EVENT" && !choices.some((choice) => choice.id === other.id)) {
      choices.push({ id: other.id, name: other.name, kind: other.kind });
    }
  }
  return choices;
}

export function EditEvent() {
  const { element } = useElement();
  const [update] = useMutation(UPDATE_EVENT);
  const [setOrganizers] = useMutation(SET_EVENT_ORGANIZERS);
  const organizerChoices = useEditOrganizerChoices(element);
  return (
    <ElementEdit
      initialValues={eventFormValues}
      toInput={(values) => ({ ...eventInput(values), organizerIds: values.organizerIds })}
      save={async ({ organizerIds, ...input }) => {
        // Organizers are the administrators' choice (setEventOrganizers); the rest follows open edition.
        if (organizerIds) {
          await setOrganizers({ variables: { input: { eventId: input.id, organizerIds: organizerIds as string[] } } });
        }
        if (Object.keys(input).length > 1) await update({ variables: { input } });
      }}
      renderForm={(props) => <EventForm {...props} organizerChoices={organizerChoices} />}
    />
  );
}
