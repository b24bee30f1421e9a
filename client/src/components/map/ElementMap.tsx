import "leaflet/dist/leaflet.css";
import { divIcon, type LatLngBounds, type Map as LeafletMap } from "leaflet";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { MapContainer, Marker, Popup, TileLayer, useMapEvents } from "react-leaflet";
import { Link } from "react-router";
import { communityKind, elementPath } from "../../elements";
import type { BoundingBoxInput, MapMarkersQuery } from "../../graphql/generated/graphql";

/** The part of the world in view, as the API takes it, and the zoom that sizes its clusters. */
export interface MapViewport {
  box: BoundingBoxInput;
  zoom: number;
}

const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));

/** The visible box, cut at the poles and at the antimeridian (the API takes no box across it). */
export function viewportOf(map: LeafletMap): MapViewport {
  const bounds: LatLngBounds = map.getBounds();
  return {
    box: {
      south: clamp(bounds.getSouth(), 90),
      north: clamp(bounds.getNorth(), 90),
      west: clamp(bounds.getWest(), 180),
      east: clamp(bounds.getEast(), 180),
    },
    zoom: Math.max(0, Math.min(20, Math.round(map.getZoom()))),
  };
}

/** Tells the page where the map is looking, once ready and after every move or zoom. */
function ViewportWatcher({ onChange }: { onChange: (viewport: MapViewport) => void }) {
  const map = useMapEvents({ moveend: () => onChange(viewportOf(map)) });
  // The first view, once; later ones come with each move.
  useEffect(() => onChange(viewportOf(map)), [map]);
  return null;
}

const KIND_NAMES = { ORGANIZATION: "organization.kind", PROJECT: "project.kind", EVENT: "event.kind" } as const;

/** Markers are drawn, not images: nothing is fetched, and each kind has its colour. */
export const markerIcon = (kind: string) =>
  divIcon({
    className: "map-icon",
    html: `<span class="map-marker map-marker-${kind.toLowerCase()}"></span>`,
    iconSize: [28, 28],
    iconAnchor: [14, 32],
    popupAnchor: [0, -30],
  });

/** A cluster from the server's grid: a bubble with its count, larger for more. */
const clusterIcon = (count: number) => {
  const size = Math.round(34 + Math.min(26, Math.log10(count) * 10));
  return divIcon({
    className: "map-icon",
    html: `<span class="map-cluster">${count}</span>`,
    iconSize: [size, size],
  });
};

/** Leaflet shows the attribution as HTML: the configured text is shown as text. */
export const tileAttribution = (tiles: { attribution: string | null }) =>
  tiles.attribution?.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface ElementMapProps {
  center: [number, number];
  zoom: number;
  view: MapMarkersQuery["mapMarkers"] | undefined;
  tiles: { urlTemplate: string; attribution: string | null } | null;
  onViewportChange: (viewport: MapViewport) => void;
}

/** The map: markers and the server's clusters over the configured tiles, or over a plain background. */
export function ElementMap({ center, zoom, view, tiles, onViewportChange }: ElementMapProps) {
  const { t } = useTranslation();
  return (
    <MapContainer
      center={center}
      zoom={zoom}
      minZoom={2}
      maxZoom={18}
      worldCopyJump={false}
      maxBounds={[
        [-90, -180],
        [90, 180],
      ]}
    >
      {tiles && <TileLayer url={tiles.urlTemplate} attribution={tileAttribution(tiles)} />}
      <ViewportWatcher onChange={onViewportChange} />
      {view?.clusters.map((cluster) => (
        <Marker
          key={`${cluster.latitude},${cluster.longitude}`}
          position={[cluster.latitude, cluster.longitude]}
          icon={clusterIcon(cluster.count)}
          title={t("map.cluster", { count: cluster.count })}
          eventHandlers={{
            click: (event) => {
              const map = event.target._map as LeafletMap;
              map.setView([cluster.latitude, cluster.longitude], Math.min(18, map.getZoom() + 2));
            },
          }}
        />
      ))}
      {view?.markers.map((marker) => (
        <Marker
          key={marker.id}
          position={[marker.latitude, marker.longitude]}
          icon={markerIcon(marker.kind)}
          title={marker.name}
          alt={marker.name}
        >
          <Popup>
            <p className="map-popup-name">
              <Link to={elementPath(marker)}>{marker.name}</Link>
            </p>
            <p className="map-popup-kind">{t(KIND_NAMES[communityKind(marker.kind)])}</p>
          </Popup>
        </Marker>
      ))}
    </MapContainer>
  );
}
