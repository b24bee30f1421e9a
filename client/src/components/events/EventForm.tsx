import { useId } from "react";
import { useTranslation } from "react-i18next";
import { browserTimeZone } from "../../events";
import { fromLocalInput, toLocalInput } from "../../event-inputs";
import { orNull } from "../../forms";
import { fieldMessage } from "../../graphql/errors";
import type { ElementDetailsFragment, EventType } from "../../graphql/generated/graphql";
import { ElementForm, type KindFormProps } from "../elements/ElementForm";
import { buildRule, readRepetition, weekdayOf } from "../../recurrence";
import {
  AddressField,
  EMPTY_ELEMENT_FIELDS,
  elementFieldsInput,
  elementFieldValues,
  type ElementFieldValues,
} from "../elements/ElementFieldsEditor";
import { Field } from "../Field";
import { TextField } from "../ui/TextField";
import { type OrganizerChoice, OrganizerPicker } from "./OrganizerPicker";
import { RecurrencePicker } from "./RecurrencePicker";
import { TimeZoneField } from "./TimeZoneField";

import { EVENT_TYPES } from "../../element-types";

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
  /** Who organizes it: chosen when creating the event. */
  organizerIds: string[];
}

/** An event's values, or a new event's (in the area's time zone, organized by `organizerIds`). */
export function eventFormValues(
  element?: ElementDetailsFragment,
  defaults: { timeZone?: string; organizerIds?: string[] } = {},
): EventFormValues {
  if (element?.__typename !== "Event") {
    return {
      ...EMPTY_ELEMENT_FIELDS,
      name: "",
      type: "",
      start: "",
      end: "",
      timeZone: defaults.timeZone ?? browserTimeZone(),
      allDay: false,
      onlineUrl: "",
      attendeeLimit: "",
      recurrenceRule: "",
      organizerIds: defaults.organizerIds ?? [],
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
    organizerIds: element.organizers.map((organizer) => organizer.id),
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

/** A new start moves the repetition with it: same kind of rule, from the new day. */
function ruleFrom(rule: string, previousStart: string, start: string): string {
  const repetition = rule ? readRepetition(rule, previousStart) : null;
  if (!repetition || !start) return rule;
  const previousDay = weekdayOf(previousStart);
  return buildRule({ ...repetition, weekdays: repetition.weekdays.filter((day) => day !== previousDay) }, start);
}

interface EventFormProps extends KindFormProps<EventFormValues> {
  /** Offered as organizers when creating an event; none shows no choice. */
  organizerChoices?: OrganizerChoice[];
  /** Zones offered first: the area's, the device's. */
  suggestedTimeZones?: string[];
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
  "organizerIds",
  "address.street",
  "address.postalCode",
  "address.city",
];

export function EventForm(props: EventFormProps) {
  const { t } = useTranslation();
  const { values, onChange, problem } = props;
  const id = useId();
  const dateType = values.allDay ? "date" : "datetime-local";
  return (
    <ElementForm {...props} kindFields={KIND_FIELDS} addressShown={false}>
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
      {props.organizerChoices && props.organizerChoices.length > 1 && (
        <OrganizerPicker
          choices={props.organizerChoices}
          selected={values.organizerIds}
          onChange={(organizerIds) => onChange({ organizerIds })}
          error={fieldMessage(problem, "organizerIds")}
        />
      )}
      <fieldset className="group">
        <legend>{t("event.form.whenWhere")}</legend>
        <div className="checkbox">
          <input
            id={`${id}-all-day`}
            type="checkbox"
            checked={values.allDay}
            onChange={(e) => {
              const start = withTime(values.start, e.target.checked, "09:00");
              onChange({
                allDay: e.target.checked,
                start,
                end: withTime(values.end, e.target.checked, "18:00"),
                recurrenceRule: ruleFrom(values.recurrenceRule, values.start, start),
              });
            }}
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
                onChange={(e) =>
                  onChange({
                    start: e.target.value,
                    recurrenceRule: ruleFrom(values.recurrenceRule, values.start, e.target.value),
                  })
                }
              />
            )}
          </Field>
          <TextField
            label={t("event.fields.endsAt")}
            error={fieldMessage(problem, "endsAt")}
            type={dateType}
            min={values.start || undefined}
            value={values.end}
            onChange={(end) => onChange({ end })}
          />
        </div>
        <TimeZoneField
          value={values.timeZone}
          onChange={(timeZone) => onChange({ timeZone })}
          suggested={props.suggestedTimeZones ?? [browserTimeZone()]}
          error={fieldMessage(problem, "timeZone")}
        />
        <AddressField label={t("event.fields.place")} values={values} onChange={onChange} problem={problem} />
        <TextField
          label={t("event.fields.onlineUrl")}
          hint={t("event.fields.onlineUrlHint")}
          error={fieldMessage(problem, "onlineUrl")}
          type="url"
          value={values.onlineUrl}
          onChange={(onlineUrl) => onChange({ onlineUrl })}
        />
      </fieldset>
      <RecurrencePicker
        rule={values.recurrenceRule}
        start={values.start}
        onChange={(recurrenceRule) => onChange({ recurrenceRule })}
        error={fieldMessage(problem, "recurrenceRule")}
      />
      <TextField
        label={t("event.fields.attendeeLimit")}
        hint={t("event.fields.attendeeLimitHint")}
        error={fieldMessage(problem, "attendeeLimit")}
        type="number"
        min={1}
        max={100000}
        inputMode="numeric"
        value={values.attendeeLimit}
        onChange={(attendeeLimit) => onChange({ attendeeLimit })}
      />
    </ElementForm>
  );
}
