import { useSyncExternalStore } from "react";
import { type ChosenPlace, parsePlace } from "./chosen-place";

export { type ChosenPlace, DEFAULT_RADIUS_KM, RADII_KM } from "./chosen-place";

const PLACE_KEY = "communect.place";
const PROMPT_KEY = "communect.placePrompt";
/** Told to every hook of this page when the place changes here (the storage event covers other tabs). */
const CHANGED = "communect:place";

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    // Storage can be disabled: then nothing is remembered.
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not remembered, but this page still follows the choice.
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The chosen place (null when none), following every change. */
export function useChosenPlace(): ChosenPlace | null {
  const stored = useSyncExternalStore(subscribe, () => read(PLACE_KEY));
  return parsePlace(stored);
}

export function choosePlace(place: ChosenPlace | null): void {
  write(PLACE_KEY, place && JSON.stringify(place));
}

/** Whether the "choose your place" prompt was put aside. */
export function usePlacePromptDismissed(): boolean {
  return useSyncExternalStore(subscribe, () => read(PROMPT_KEY)) === "dismissed";
}

export function dismissPlacePrompt(): void {
  write(PROMPT_KEY, "dismissed");
}

/** The area around a place, as the API's `near` takes it. */
export function nearOf(place: ChosenPlace) {
  return { latitude: place.latitude, longitude: place.longitude, radiusKm: place.radiusKm };
}
