import { useCallback, useEffect, useState } from "react";

/** A place chosen for the Live: a town and a radius around it. */
export interface ChosenPlace {
  name: string;
  latitude: number;
  longitude: number;
  radiusKm: number;
}

/** Where the chosen place is kept in the browser, shared by every page that needs one. */
export const PLACE_KEY = "communect.place";
const CHANGED = "communect:place-changed";

/** The stored place, or null when none (or a stored value that is not one) is there. */
export function readChosenPlace(): ChosenPlace | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(PLACE_KEY) ?? "null");
    if (!value || typeof value !== "object") return null;
    const { name, latitude, longitude, radiusKm } = value as Record<string, unknown>;
    const valid =
      typeof name === "string" &&
      typeof latitude === "number" &&
      Math.abs(latitude) <= 90 &&
      typeof longitude === "number" &&
      Math.abs(longitude) <= 180 &&
      typeof radiusKm === "number" &&
      radiusKm > 0 &&
      radiusKm <= 1000;
    return valid ? { name, latitude, longitude, radiusKm } : null;
  } catch {
    return null;
  }
}

/** The place chosen in this browser and a way to change it (every user of the hook follows along). */
export function useChosenPlace(): [ChosenPlace | null, (place: ChosenPlace | null) => void] {
  const [place, setPlace] = useState(readChosenPlace);
  useEffect(() => {
    const reread = () => setPlace(readChosenPlace());
    window.addEventListener(CHANGED, reread);
    window.addEventListener("storage", reread);
    return () => {
      window.removeEventListener(CHANGED, reread);
      window.removeEventListener("storage", reread);
    };
  }, []);
  const choose = useCallback((next: ChosenPlace | null) => {
    if (next) localStorage.setItem(PLACE_KEY, JSON.stringify(next));
    else localStorage.removeItem(PLACE_KEY);
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return [place, choose];
}
