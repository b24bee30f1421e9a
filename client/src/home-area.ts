import { useMutation } from "@apollo/client/react";
import { useEffect } from "react";
import type { ViewerFieldsFragment } from "./graphql/generated/graphql";
import { CLEAR_HOME_AREA, SET_HOME_AREA } from "./graphql/viewer";
import { type ChosenPlace, choosePlace, RADII_KM, DEFAULT_RADIUS_KM, useChosenPlace } from "./place";
import { useViewer } from "./viewer";

type HomeArea = NonNullable<ViewerFieldsFragment["homeArea"]>;

function placeOf(home: HomeArea): ChosenPlace {
  const { place } = home;
  return {
    placeId: place.id,
    name: place.name,
    postalCode: place.postalCodes[0] ?? null,
    inseeCode: place.inseeCode ?? null,
    latitude: place.latitude,
    longitude: place.longitude,
    radiusKm: RADII_KM.find((radius) => radius === home.radiusKm) ?? DEFAULT_RADIUS_KM,
  };
}

/**
 * A logged-in person's chosen place lives in their account (their "communexion"), so it follows
 * them from one browser to another: the account's area replaces this browser's when it is known
 * or changes; a place chosen before logging in becomes the account's when it has none.
 */
export function useHomeAreaOfAccount() {
  const { viewer } = useViewer();
  const local = useChosenPlace();
  const [save] = useMutation(SET_HOME_AREA);
  const home = viewer?.homeArea ?? null;
  useEffect(() => {
    if (!viewer) return;
    if (home) choosePlace(placeOf(home));
    else if (local?.placeId) void save({ variables: { input: { placeId: local.placeId, radiusKm: local.radiusKm } } });
    // Runs when the account's area changes, not on every local change (those are saved by the chooser).
  }, [viewer?.id, home?.place.id, home?.radiusKm]);
}

/** Chooses (or, with null, forgets) the place in this browser and, for a logged-in person, in their account. */
export function useChoosePlace() {
  const { viewer } = useViewer();
  const [save] = useMutation(SET_HOME_AREA);
  const [clear] = useMutation(CLEAR_HOME_AREA);
  return (place: ChosenPlace | null) => {
    choosePlace(place);
    if (!viewer) return;
    if (!place) void clear();
    else if (place.placeId) void save({ variables: { input: { placeId: place.placeId, radiusKm: place.radiusKm } } });
  };
}
