import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { timeZones } from "../../events";
import { Field } from "../Field";

const SHOWN = 8;

/** Zones whose name holds every word typed, in any order ("new york", "paris", "america/new"). */
function matching(zones: string[], query: string, first: string[]): string[] {
  const words = query.toLowerCase().replace(/[_/]/g, " ").split(/\s+/).filter(Boolean);
  const ordered = [...first, ...zones.filter((zone) => !first.includes(zone))];
  return ordered
    .filter((zone) => {
      const name = zone.toLowerCase().replace(/[_/]/g, " ");
      return words.every((word) => name.includes(word));
    })
    .slice(0, SHOWN);
}

interface TimeZoneFieldProps {
  value: string;
  onChange: (zone: string) => void;
  /** Offered first: the area's zone, the device's. */
  suggested: string[];
  error?: string;
}

/**
 * A combobox (WAI-ARIA 1.2 pattern, list autocomplete) over the browser's IANA zones: typing
 * filters them, arrows move, Enter chooses, Escape closes. Only a zone from the list is kept.
 */
export function TimeZoneField({ value, onChange, suggested, error }: TimeZoneFieldProps) {
  const { t } = useTranslation();
  const listId = useId();
  const zones = useMemo(() => timeZones(), []);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = query !== null;
  const options = open ? matching(zones, query, suggested) : [];
  const unknown = !open && value !== "" && !zones.includes(value);

  function choose(zone: string) {
    onChange(zone);
    setQuery(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setQuery("");
        setActive(0);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (options.length ? (current + step + options.length) % options.length : 0));
    } else if (event.key === "Enter" && open) {
      event.preventDefault();
      if (options[active]) choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setQuery(null);
    }
  }

  return (
    <Field
      label={t("event.fields.timeZone")}
      hint={t("event.fields.timeZoneHint")}
      required
      error={error ?? (unknown ? t("event.fields.timeZoneUnknown") : undefined)}
    >
      {(control) => (
        <div className="combobox">
          <input
            {...control}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open && options.length > 0}
            aria-controls={listId}
            aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
            autoComplete="off"
            spellCheck={false}
            maxLength={64}
            value={open ? query : value}
            onFocus={(event) => event.target.select()}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            // A click on an option lands before the blur closes the list (mousedown keeps the focus).
            // Leaving the field keeps a zone typed in full, else the zone chosen before.
            onBlur={() => {
              const typed = query?.trim().replace(/ /g, "_").toLowerCase();
              const exact = zones.find((zone) => zone.toLowerCase() === typed);
              if (exact) onChange(exact);
              setQuery(null);
            }}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t("event.fields.timeZoneSuggestions")}
            className="combobox-options"
            hidden={!open || options.length === 0}
          >
            {options.map((zone, index) => (
              <li
                key={zone}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(zone);
                }}
              >
                {zone.replace(/_/g, " ")}
              </li>
            ))}
          </ul>
          {open && options.length === 0 && (
            <p className="field-hint" role="status">
              {t("event.fields.timeZoneNoMatch")}
            </p>
          )}
        </div>
      )}
    </Field>
  );
}
