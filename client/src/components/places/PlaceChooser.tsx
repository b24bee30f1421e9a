import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useChoosePlace } from "../../home-area";
import { DEFAULT_RADIUS_KM, RADII_KM, useChosenPlace } from "../../place";
import { Field } from "../Field";
import { PlaceCombobox } from "./PlaceCombobox";

/**
 * Picks the visitor's place (a town of the gazetteer) and the radius around it; remembered in this
 * browser, and in the account of a logged-in person.
 */
export function PlaceChooser() {
  const { t } = useTranslation();
  const place = useChosenPlace();
  const choosePlace = useChoosePlace();
  const [text, setText] = useState(place?.name ?? "");
  const radiusKm = place?.radiusKm ?? DEFAULT_RADIUS_KM;

  return (
    <div className="place-chooser">
      <Field label={t("places.town")}>
        {(control) => (
          <PlaceCombobox
            {...control}
            maxLength={100}
            autoComplete="address-level2"
            value={text}
            onChange={setText}
            onPick={(picked) => {
              setText(picked.name);
              const typed = text.trim();
              choosePlace({
                placeId: picked.id,
                name: picked.name,
                postalCode: picked.postalCodes.find((code) => typed && code.startsWith(typed)) ?? null,
                inseeCode: picked.inseeCode ?? null,
                latitude: picked.latitude,
                longitude: picked.longitude,
                radiusKm,
              });
            }}
          />
        )}
      </Field>
      <Field label={t("places.radius")}>
        {(control) => (
          <select
            {...control}
            value={radiusKm}
            disabled={!place}
            onChange={(event) => place && choosePlace({ ...place, radiusKm: Number(event.target.value) })}
          >
            {RADII_KM.map((radius) => (
              <option key={radius} value={radius}>
                {t("places.radiusKm", { count: radius })}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
