import { useId } from "react";
import { useTranslation } from "react-i18next";
import {
  buildRule,
  defaultRepetition,
  describeRule,
  MAX_COUNT,
  MAX_INTERVAL,
  readRepetition,
  type RepeatFrequency,
  type Repetition,
  weekdayName,
  weekdayOf,
  weekdayRank,
} from "../../recurrence";
import { Field } from "../Field";

const FREQUENCIES: RepeatFrequency[] = ["DAILY", "WEEKLY", "MONTHLY"];
const WEEK = [0, 1, 2, 3, 4, 5, 6];

interface RecurrencePickerProps {
  /** The rule as the API takes it; empty for a single event. */
  rule: string;
  /** The event's start as the form holds it: the rule repeats from there. */
  start: string;
  onChange: (rule: string) => void;
  error?: string;
}

/**
 * Every day, week or month, which weekdays, the n-th weekday of the month, until a date or a
 * number of times: writes the RRULE, says it in words, and keeps the raw rule under "Advanced".
 */
export function RecurrencePicker({ rule, start, onChange, error }: RecurrencePickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const repetition = rule ? readRepetition(rule, start) : null;
  const custom = rule !== "" && repetition === null;
  const summary = rule ? describeRule(rule, t, i18n.language) : null;
  const ownDay = weekdayOf(start);
  const rank = weekdayRank(start);

  function update(changes: Partial<Repetition>) {
    if (!repetition) return;
    onChange(buildRule({ ...repetition, ...changes }, start));
  }

  function setFrequency(value: string) {
    if (value === "NONE") onChange("");
    else if (value !== "CUSTOM") onChange(buildRule(defaultRepetition(start, value as RepeatFrequency), start));
  }

  return (
    <fieldset className="group recurrence-picker">
      <legend>{t("event.repeat.legend")}</legend>
      <Field label={t("event.repeat.frequency")}>
        {(control) => (
          <select
            {...control}
            value={custom ? "CUSTOM" : (repetition?.frequency ?? "NONE")}
            disabled={!start && !rule}
            onChange={(e) => setFrequency(e.target.value)}
          >
            <option value="NONE">{t("event.repeat.NONE")}</option>
            {FREQUENCIES.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`event.repeat.${frequency}`)}
              </option>
            ))}
            {custom && <option value="CUSTOM">{t("event.repeat.CUSTOM")}</option>}
          </select>
        )}
      </Field>
      {!start && !rule && <p className="field-hint">{t("event.repeat.needsStart")}</p>}

      {repetition && (
        <>
          <Field label={t("event.repeat.interval")} hint={t("event.repeat.intervalHint")}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_INTERVAL}
                value={repetition.interval}
                onChange={(e) => update({ interval: Math.max(1, Math.min(Number(e.target.value) || 1, MAX_INTERVAL)) })}
              />
            )}
          </Field>

          {repetition.frequency === "WEEKLY" && (
            <fieldset className="picker-group">
              <legend>{t("event.repeat.weekdays")}</legend>
              <p className="field-hint" id={`${id}-weekdays-hint`}>
                {t("event.repeat.weekdaysHint")}
              </p>
              <div className="choice-row">
                {WEEK.map((day) => (
                  <div className="checkbox" key={day}>
                    <input
                      id={`${id}-day-${day}`}
                      type="checkbox"
                      checked={day === ownDay || repetition.weekdays.includes(day)}
                      disabled={day === ownDay}
                      aria-describedby={day === ownDay ? `${id}-weekdays-hint` : undefined}
                      onChange={(e) =>
                        update({
                          weekdays: e.target.checked
                            ? [...repetition.weekdays, day]
                            : repetition.weekdays.filter((other) => other !== day),
                        })
                      }
                    />
                    <label htmlFor={`${id}-day-${day}`}>{weekdayName(day, i18n.language)}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          )}

          {repetition.frequency === "MONTHLY" && ownDay !== null && rank && (
            <fieldset className="picker-group">
              <legend>{t("event.repeat.monthly")}</legend>
              {(
                [
                  ["DAY", t("event.repeat.monthDay", { day: Number(start.slice(8, 10)) })],
                  ...(rank.rank <= 4
                    ? [
                        [
                          "WEEKDAY",
                          t("event.repeat.monthWeekday", {
                            nth: t(`event.recurrence.ranks.${rank.rank as 1 | 2 | 3 | 4}`),
                            day: weekdayName(ownDay, i18n.language),
                          }),
                        ],
                      ]
                    : []),
                  ...(rank.last
                    ? [
                        [
                          "LAST_WEEKDAY",
                          t("event.repeat.monthLastWeekday", { day: weekdayName(ownDay, i18n.language) }),
                        ],
                      ]
                    : []),
                ] as [Repetition["monthly"], string][]
              ).map(([choice, label]) => (
                <div className="choice" key={choice}>
                  <input
                    id={`${id}-monthly-${choice}`}
                    type="radio"
                    name={`${id}-monthly`}
                    checked={repetition.monthly === choice}
                    onChange={() => update({ monthly: choice })}
                  />
                  <label htmlFor={`${id}-monthly-${choice}`}>{label}</label>
                </div>
              ))}
            </fieldset>
          )}

          <fieldset className="picker-group">
            <legend>{t("event.repeat.ends")}</legend>
            <div className="choice">
              <input
                id={`${id}-end-never`}
                type="radio"
                name={`${id}-end`}
                checked={repetition.end === "NEVER"}
                onChange={() => update({ end: "NEVER" })}
              />
              <label htmlFor={`${id}-end-never`}>{t("event.repeat.never")}</label>
            </div>
            <div className="choice choice-with-control">
              <input
                id={`${id}-end-until`}
                type="radio"
                name={`${id}-end`}
                checked={repetition.end === "UNTIL"}
                onChange={() => update({ end: "UNTIL" })}
              />
              <label htmlFor={`${id}-end-until`}>{t("event.repeat.until")}</label>
              <input
                type="date"
                aria-labelledby={`${id}-end-until`}
                min={start.slice(0, 10) || undefined}
                value={repetition.until}
                onChange={(e) => update({ end: "UNTIL", until: e.target.value })}
              />
            </div>
            <div className="choice choice-with-control">
              <input
                id={`${id}-end-count`}
                type="radio"
                name={`${id}-end`}
                checked={repetition.end === "COUNT"}
                onChange={() => update({ end: "COUNT" })}
              />
              <label htmlFor={`${id}-end-count`}>{t("event.repeat.count")}</label>
              <input
                type="number"
                inputMode="numeric"
                aria-labelledby={`${id}-end-count`}
                min={1}
                max={MAX_COUNT}
                value={repetition.count}
                onChange={(e) => update({ end: "COUNT", count: Number(e.target.value) || 1 })}
              />
            </div>
          </fieldset>
        </>
      )}

      {summary && (
        <p className="recurrence-summary" aria-live="polite">
          <strong>{t("event.repeat.summary")}</strong> {summary}
        </p>
      )}

      <details className="advanced" open={custom || Boolean(error) || undefined}>
        <summary>{t("event.repeat.advanced")}</summary>
        <Field label={t("event.fields.recurrenceRule")} hint={t("event.fields.recurrenceRuleHint")} error={error}>
          {(control) => (
            <input
              {...control}
              maxLength={300}
              spellCheck={false}
              value={rule}
              onChange={(e) => onChange(e.target.value)}
            />
          )}
        </Field>
      </details>
    </fieldset>
  );
}
