import { skipToken, useQuery } from "@apollo/client/react";
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { PLACES } from "../../graphql/discovery";
import type { PlacesQuery } from "../../graphql/generated/graphql";
import type { ControlProps } from "../Field";

export type PlaceOption = PlacesQuery["places"][number];

/** Waits this long after the last key before asking the gazetteer. */
const TYPING_PAUSE_MS = 200;
const MIN_CHARACTERS = 2;

interface PlaceComboboxProps extends ControlProps {
  value: string;
  onChange: (text: string) => void;
  /** A town chosen in the list (with the mouse, or with the arrows and Enter). */
  onPick: (place: PlaceOption) => void;
  maxLength?: number;
  autoComplete?: string;
  placeholder?: string;
  inputMode?: "text" | "numeric";
}

/** "Villeurbanne (69) · 69100": enough to tell two towns of one name apart. */
export function placeLabel(place: PlaceOption): string {
  const region = place.region ? ` (${place.region})` : place.country !== "FR" ? ` (${place.country})` : "";
  const codes = place.postalCodes.length > 0 ? ` · ${place.postalCodes.slice(0, 3).join(", ")}` : "";
  const more = place.postalCodes.length > 3 ? "…" : "";
  return `${place.name}${region}${codes}${more}`;
}

/**
 * A text field that offers towns of the gazetteer by name or postal code, following the ARIA
 * combobox pattern: the list opens as one types, arrows move in it, Enter picks, Escape closes.
 */
export function PlaceCombobox({ value, onChange, onPick, ...input }: PlaceComboboxProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(value.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);

  const skip = query.length < MIN_CHARACTERS;
  const { data, loading } = useQuery(PLACES, skip ? skipToken : { variables: { search: query.slice(0, 100) } });
  const places = skip ? [] : (data?.places ?? []);
  const expanded = open && !skip && (places.length > 0 || !loading);
  const optionId = (index: number) => `${listId}-option-${index}`;

  function pick(place: PlaceOption) {
    onPick(place);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      if (places.length === 0) return;
      // Wraps around at both ends of the list.
      setActive((current) =>
        event.key === "ArrowDown" ? (current + 1) % places.length : current <= 0 ? places.length - 1 : current - 1,
      );
    } else if (event.key === "Enter" && expanded && active >= 0 && places[active]) {
      event.preventDefault();
      pick(places[active]);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="combobox">
      <input
        {...input}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < places.length ? optionId(active) : undefined}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" className="combobox-list" hidden={!expanded} aria-label={t("places.suggestions")}>
        {places.length === 0 ? (
          <li className="combobox-empty" role="presentation">
            {t("places.none")}
          </li>
        ) : (
          places.map((place, index) => (
            <li
              key={place.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Picking happens before the field loses focus, which would close the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(place);
              }}
            >
              {placeLabel(place)}
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
