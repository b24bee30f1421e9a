import L from "leaflet";
import leafletCss from "leaflet/dist/leaflet.css?inline";
import type { Item } from "./lists";

let sheet: CSSStyleSheet | undefined;

/**
 * Draws the items on a Leaflet map in `container` (inside the widget's shadow root, which gets
 * Leaflet's styles): circle markers, drawn in SVG, need no image and stay clear without tiles.
 * Returns what removes the map.
 */
export function drawMap(
  root: ShadowRoot,
  container: HTMLElement,
  items: Item[],
  tiles: { urlTemplate: string; attribution: string | null } | null,
  linkOf: (item: Item) => { href: string; target: string },
): () => void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(leafletCss);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const map = L.map(container, { scrollWheelZoom: false, attributionControl: !!tiles });
  if (tiles) L.tileLayer(tiles.urlTemplate, { attribution: tiles.attribution ?? "" }).addTo(map);
  const accent = getComputedStyle(container).getPropertyValue("--cx-link").trim() || "#1f6f5c";
  const points: L.LatLngExpression[] = [];
  for (const item of items) {
    const point: L.LatLngExpression = [item.location!.latitude, item.location!.longitude];
    points.push(point);
    const { href, target } = linkOf(item);
    const link = document.createElement("a");
    link.href = href;
    link.textContent = item.name;
    if (target === "_blank") {
      link.target = "_blank";
      link.rel = "noopener";
    }
    L.circleMarker(point, { radius: 9, color: "#ffffff", weight: 2, fillColor: accent, fillOpacity: 1 })
      .bindPopup(link)
      .bindTooltip(item.name)
      .addTo(map);
  }
  if (points.length === 1) map.setView(points[0], 14);
  else map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 });
  return () => map.remove();
}
