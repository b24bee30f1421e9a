import { useQuery } from "@apollo/client/react";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import {
  DATE_PRESETS,
  type DiscoveryFilters,
  filterParams,
  MAX_TAGS,
  MAX_TEXT,
  readFilters,
  SEARCH_KINDS,
  type When,
} from "../../discovery";
import { EVENT_TYPES, ORGANIZATION_TYPES, PROJECT_STAGES } from "../../element-types";
import { TAGS } from "../../graphql/discovery";
import { nearOf, useChosenPlace } from "../../place";
import { Field } from "../Field";
import { PlaceChooser } from "../places/PlaceChooser";

/** Waits this long after the last key before searching the words typed. */
const TYPING_PAUSE_MS = 300;

/** The filters of the address, and a way to change some of them (the address is replaced, not pushed). */
export function useDiscoveryFilters(): [DiscoveryFilters, (changes: Partial<DiscoveryFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const update = (changes: Partial<DiscoveryFilters>) =>
    setParams(filterParams({ ...readFilters(params), ...changes }), { replace: true });
  return [filters, update];
}

/** Toggles one value in a list. */
const toggled = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

interface ChecksProps<T extends string> {
  legend: string;
  values: readonly T[];
  chosen: T[];
  label: (value: T) => string;
  onChange: (chosen: T[]) => void;
}

function Checks<T extends string>({ legend, values, chosen, label, onChange }: ChecksProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <CheckList values={values} chosen={chosen} label={label} onChange={onChange} />
    </fieldset>
  );
}

function CheckList<T extends string>({ values, chosen, label, onChange }: Omit<ChecksProps<T>, "legend">) {
  return (
    <div className="checks">
      {values.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={(event) => onChange(toggled(chosen, value, event.target.checked))}
          />
          {label(value)}
        </label>
      ))}
    </div>
  );
}

/** A long list of choices, folded: its summary says how many are chosen. */
function FoldedChecks<T extends string>(props: ChecksProps<T>) {
  return (
    <details className="filter-fold">
      <summary>
        {props.legend}
        {props.chosen.length > 0 && ` (${props.chosen.length})`}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{props.legend}</legend>
        <CheckList {...props} />
      </fieldset>
    </details>
  );
}

/** The discovery filters: words, kinds, types, tags, area and dates (`withArea` false on the map, whose area is its view). */
export function DiscoveryFiltersForm({ withArea = true }: { withArea?: boolean }): ReactNode {
  const { t } = useTranslation();
  const [filters, update] = useDiscoveryFilters();
  const place = useChosenPlace();
  const [text, setText] = useState(filters.text);
  const { data: tagData } = useQuery(TAGS, {
    variables: { area: place && !filters.everywhere ? { near: nearOf(place) } : null },
  });

  useEffect(() => {
    if (text === filters.text) return;
    const timer = setTimeout(() => update({ text }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  });

  const kinds = filters.kinds.length > 0 ? filters.kinds : SEARCH_KINDS;
  const offeredTags = [...new Set([...filters.tags, ...(tagData?.tags.map(({ tag }) => tag) ?? [])])];

  return (
    <form
      className="discover-filters"
      role="search"
      aria-label={t("discover.filters")}
      onSubmit={(e) => e.preventDefault()}
    >
      <Field label={t("discover.text")} hint={t("discover.textHint")}>
        {(control) => (
          <input
            {...control}
            type="search"
            maxLength={MAX_TEXT}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => event.key === "Enter" && update({ text })}
          />
        )}
      </Field>
      <Checks
        legend={t("discover.kinds")}
        values={SEARCH_KINDS}
        chosen={filters.kinds}
        label={(kind) => t(`discover.kind.${kind}`)}
        onChange={(chosen) => update({ kinds: chosen })}
      />
      {offeredTags.length > 0 && (
        <fieldset>
          <legend>{t("discover.tags")}</legend>
          <div className="tag-choices">
            {offeredTags.map((tag) => (
              <label key={tag}>
                <input
                  type="checkbox"
                  checked={filters.tags.includes(tag)}
                  disabled={!filters.tags.includes(tag) && filters.tags.length >= MAX_TAGS}
                  onChange={(event) => update({ tags: toggled(filters.tags, tag, event.target.checked) })}
                />
                {tag}
              </label>
            ))}
          </div>
          {filters.tags.length > 1 && (
            <label className="checks">
              <input
                type="checkbox"
                checked={filters.allTags}
                onChange={(event) => update({ allTags: event.target.checked })}
              />
              {t("discover.allTags")}
            </label>
          )}
        </fieldset>
      )}
      {withArea && (
        <fieldset>
          <legend>{t("discover.area")}</legend>
          {place && (
            <div className="checks">
              <label>
                <input
                  type="radio"
                  name="area"
                  checked={!filters.everywhere}
                  onChange={() => update({ everywhere: false })}
                />
                {t("discover.aroundPlace", { name: place.name, radius: place.radiusKm })}
              </label>
              <label>
                <input
                  type="radio"
                  name="area"
                  checked={filters.everywhere}
                  onChange={() => update({ everywhere: true })}
                />
                {t("discover.everywhere")}
              </label>
            </div>
          )}
          <PlaceChooser />
        </fieldset>
      )}
      {kinds.includes("EVENT") && (
        <>
          <Field label={t("discover.dates")}>
            {(control) => (
              <select
                {...control}
                value={filters.when}
                onChange={(event) => update({ when: event.target.value as When })}
              >
                <option value="">{t("discover.anyDate")}</option>
                {DATE_PRESETS.map((preset) => (
                  <option key={preset} value={preset}>
                    {t(`discover.preset.${preset}`)}
                  </option>
                ))}
                <option value="BETWEEN">{t("discover.between")}</option>
              </select>
            )}
          </Field>
          {filters.when === "BETWEEN" && (
            <div className="date-range">
              <Field label={t("discover.from")}>
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    value={filters.from}
                    onChange={(e) => update({ from: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t("discover.to")}>
                {(control) => (
                  <input {...control} type="date" value={filters.to} onChange={(e) => update({ to: e.target.value })} />
                )}
              </Field>
            </div>
          )}
        </>
      )}
      {kinds.includes("ORGANIZATION") && (
        <FoldedChecks
          legend={t("discover.organizationTypes")}
          values={ORGANIZATION_TYPES}
          chosen={filters.organizationTypes}
          label={(type) => t(`organization.types.${type}`)}
          onChange={(chosen) => update({ organizationTypes: chosen })}
        />
      )}
      {kinds.includes("PROJECT") && (
        <FoldedChecks
          legend={t("discover.projectStages")}
          values={PROJECT_STAGES}
          chosen={filters.projectStages}
          label={(stage) => t(`project.stages.${stage}`)}
          onChange={(chosen) => update({ projectStages: chosen })}
        />
      )}
      {kinds.includes("EVENT") && (
        <FoldedChecks
          legend={t("discover.eventTypes")}
          values={EVENT_TYPES}
          chosen={filters.eventTypes}
          label={(type) => t(`event.types.${type}`)}
          onChange={(chosen) => update({ eventTypes: chosen })}
        />
      )}
      <p>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setText("");
            update({
              text: "",
              kinds: [],
              organizationTypes: [],
              eventTypes: [],
              projectStages: [],
              tags: [],
              allTags: false,
              when: "",
              sort: "",
            });
          }}
        >
          {t("discover.reset")}
        </button>
      </p>
    </form>
  );
}
