import type { AddressInput, GeographyValues, GeoPointInput } from "./address";

/** Trimmed text, null when empty. */
function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * The columns an address and a point given in an input change: all five address parts
 * when an address is given (null clears it), both coordinates when a point is given.
 * The INSEE code is never taken from the input: the gazetteer sets it.
 */
export function geographyChanges(
  address: AddressInput | null | undefined,
  location: GeoPointInput | null | undefined,
): Partial<GeographyValues> {
  const changes: Partial<GeographyValues> = {};
  if (address !== undefined) {
    changes.street = text(address?.street);
    changes.postalCode = text(address?.postalCode)?.toUpperCase() ?? null;
    changes.city = text(address?.city);
    changes.country = text(address?.country)?.toUpperCase() ?? null;
    changes.inseeCode = null;
  }
  if (location !== undefined) {
    changes.latitude = location?.latitude ?? null;
    changes.longitude = location?.longitude ?? null;
  }
  return changes;
}
