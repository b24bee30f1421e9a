import { useId } from "react";
import { useTranslation } from "react-i18next";
import { browserTimeZone, fromLocalInput, timeZones, toLocalInput } from "../../events";
import { orNull } from "../../forms";
import { type ApiProblem, fieldMessage } from "../../graphql/errors";
import type { ElementDetailsFragment, EventType } from "../../graphql/generated/graphql";
import { ElementForm } from "../elements/ElementForm";
import {
  EMPTY_ELEMENT_FIELDS,
  elementFieldsInput,
  elementFieldValues,
  type ElementFieldValues,
} from "../elements/ElementFieldsEditor";
import { Field } from "../Field";

export const EVENT_TYPES: EventType[] = [
  "GET_TOGETHER",
  "MEETING",
  "WORKSHOP",
  "COURSE",
  "CONFERENCE",
  "DEBATE",
  "CONCERT",
  "FILM",
  "EXHIBITION",
  "FESTIVAL",
  "MARKET",
  "STAND",
  "COMPETITION",
  "CONTEST",
  "CROWDFUNDING",
  "OTHER",
];

export interface EventFormValues extends ElementFieldValues {
  name: string;
  /** Empty until chosen in a new form. */
  type: EventType | "";
  /** As the start control holds it, in timeZone: a date, or a date and time. */
  start: string;
  end: string;
  timeZone: string;
  allDay: boolean;
  onlineUrl: string;
  attendeeLimit: string;
  recurrenceRule: string;
}

export function eventFormValues(element?: ElementDetailsFragment): EventFormValues {
  if (element?.__typename !== "Event") {
    return {
      ...EMPTY_ELEMENT_FIELDS,
      name: "",
      type: "",
      start: "",
      end: "",
      timeZone: browserTimeZone(),
      allDay: false,
      onlineUrl: "",
      attendeeLimit: "",
      recurrenceRule: "",
    };
  }
  return {
    ...elementFieldValues(element),
    name: element.name,
    type: element.eventType,
    start: toLocalInput(element.startsAt, element.timeZone, element.allDay),
    end: element.endsAt ? toLocalInput(element.endsAt, element.timeZone, element.allDay) : "",
    timeZone: element.timeZone,
    allDay: element.allDay,
    onlineUrl: element.onlineUrl ?? "",
    attendeeLimit: element.attendeeLimit?.toString() ?? "",
    recurrenceRule: element.recurrenceRule ?? "",
  };
}

/** The values as CreateEventInput and UpdateEventInput take them; start and end read in the chosen zone. */
export function eventInput(values: EventFormValues) {
  const limit = values.attendeeLimit.trim();
  return {
    name: values.name.trim(),
    type: values.type as EventType,
    startsAt: fromLocalInput(values.start, values.timeZone, values.allDay) ?? "",
    endsAt: fromLocalInput(values.end, values.timeZone, values.allDay),
    timeZone: values.timeZone,
    allDay: values.allDay,
    onlineUrl: orNull(values.onlineUrl),
    attendeeLimit: limit === "" ? null : Number(limit),
    recurrenceRule: orNull(values.recurrenceRule),
    ...elementFieldsInput(values),
  };
}

/** Switching to or from all day keeps the dates and drops or adds a time. */
function withTime(value: string, allDay: boolean, time: string): string {
  if (!value) return "";
  return allDay ? value.slice(0, 10) : `${value.slice(0, 10)}T${time}`;
}

interface EventFormProps {
  values: EventFormValues;
  onChange: (changes: Partial<EventFormValues>) => void;
  onSubmit: () => void;
  busy: boolean;
  problem: ApiProblem | null;
  submitLabel: string;
  contactsShown?: boolean;
  after?: React.ReactNode;
}

const KIND_FIELDS = [
  "type",
  "startsAt",
  "endsAt",
  "timeZone",
  "allDay",
  "onlineUrl",
  "attendeeLimit",
  "recurrenceRule",
];

export function EventForm(props: EventFormProps) {
  const { t } = useTranslation();
  const { values, onChange, problem } = props;
  const id = useId();
  const dateType = values.allDay ? "date" : "datetime-local";
  return (
    <ElementForm {...props} kindFields={KIND_FIELDS}>
      <Field label={t("event.fields.type")} required error={fieldMessage(problem, "type")}>
        {(control) => (
          <select {...control} value={values.type} onChange={(e) => onChange({ type: e.target.value as EventType })}>
            <option value="" disabled>
              {t("event.fields.chooseType")}
            </option>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`event.types.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="checkbox">
        <input
          id={`${id}-all-day`}
          type="checkbox"
          checked={values.allDay}
          onChange={(e) =>
            onChange({
              allDay: e.target.checked,
              start: withTime(values.start, e.target.checked, "09:00"),
              end: withTime(values.end, e.target.checked, "18:00"),
            })
          }
        />
        <label htmlFor={`${id}-all-day`}>{t("event.fields.allDay")}</label>
      </div>
      <div className="row-fields">
        <Field label={t("event.fields.startsAt")} required error={fieldMessage(problem, "startsAt")}>
          {(control) => (
            <input
              {...control}
              type={dateType}
              value={values.start}
              onChange={(e) => onChange({ start: e.target.value })}
            />
          )}
        </Field>
        <Field label={t("event.fields.endsAt")} error={fieldMessage(problem, "endsAt")}>
          {(control) => (
            <input
              {...control}
              type={dateType}
              min={values.start || undefined}
              value={values.end}
              onChange={(e) => onChange({ end: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field
        label={t("event.fields.timeZone")}
        hint={t("event.fields.timeZoneHint")}
        required
        error={fieldMessage(problem, "timeZone")}
      >
        {(control) => (
          <select {...control} value={values.timeZone} onChange={(e) => onChange({ timeZone: e.target.value })}>
            {timeZones().map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t("event.fields.onlineUrl")}
        hint={t("event.fields.onlineUrlHint")}
        error={fieldMessage(problem, "onlineUrl")}
      >
        {(control) => (
          <input
            {...control}
            type="url"
            value={values.onlineUrl}
            onChange={(e) => onChange({ onlineUrl: e.target.value })}
          />
        )}
      </Field>
      <Field
        label={t("event.fields.attendeeLimit")}
        hint={t("event.fields.attendeeLimitHint")}
        error={fieldMessage(problem, "attendeeLimit")}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            min={1}
            max={100000}
            inputMode="numeric"
            value={values.attendeeLimit}
            onChange={(e) => onChange({ attendeeLimit: e.target.value })}
          />
        )}
      </Field>
      <Field
        label={t("event.fields.recurrenceRule")}
        hint={t("event.fields.recurrenceRuleHint")}
        error={fieldMessage(problem, "recurrenceRule")}
      >
        {(control) => (
          <input
            {...control}
            maxLength={500}
            value={values.recurrenceRule}
            onChange={(e) => onChange({ recurrenceRule: e.target.value })}
          />
        )}
      </Field>
    </ElementForm>
  );
}
