import "leaflet/dist/leaflet.css";
import type { Marker as LeafletMarker } from "leaflet";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { MapContainer, Marker, TileLayer, useMap } from "react-leaflet";
import { useMapTiles } from "../../elements";
import { markerIcon, tileAttribution } from "./ElementMap";

export interface Point {
  latitude: number;
  longitude: number;
}

/** About 50 metres north-south: one press of an arrow key. */
const STEP_DEGREES = 0.0005;
const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [1, 0],
  ArrowDown: [-1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Keeps the map on the point when it changes from outside (a town picked in the list). */
function FollowPoint({ point }: { point: Point }) {
  const map = useMap();
  useEffect(() => {
    if (!map.getBounds().contains([point.latitude, point.longitude])) map.setView([point.latitude, point.longitude]);
  }, [map, point.latitude, point.longitude]);
  return null;
}

/**
 * A small map with the element's point as a marker the person drags (or moves with the arrow
 * keys once focused) to where the place really is.
 */
export function LocationPicker({ point, onChange }: { point: Point; onChange: (point: Point) => void }) {
  const { t } = useTranslation();
  const tiles = useMapTiles();
  const marker = useRef<LeafletMarker>(null);
  const latest = useRef({ point, onChange });
  latest.current = { point, onChange };

  useEffect(() => {
    const element = marker.current?.getElement();
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const move = ARROWS[event.key];
      if (!move) return;
      event.preventDefault();
      event.stopPropagation();
      const { point: current, onChange: change } = latest.current;
      const latitude = Math.max(-90, Math.min(90, current.latitude + move[0] * STEP_DEGREES));
      const longitude = Math.max(-180, Math.min(180, current.longitude + move[1] * STEP_DEGREES));
      change({ latitude: Number(latitude.toFixed(6)), longitude: Number(longitude.toFixed(6)) });
    };
    element.addEventListener("keydown", onKeyDown);
    return () => element.removeEventListener("keydown", onKeyDown);
  });

  return (
    <div className="location-picker" role="group" aria-label={t("places.adjust")}>
      <MapContainer center={[point.latitude, point.longitude]} zoom={14} minZoom={3} maxZoom={18}>
        {tiles && <TileLayer url={tiles.urlTemplate} attribution={tileAttribution(tiles)} />}
        <FollowPoint point={point} />
        <Marker
          ref={marker}
          position={[point.latitude, point.longitude]}
          icon={markerIcon("ORGANIZATION")}
          draggable
          title={t("places.marker")}
          alt={t("places.marker")}
          eventHandlers={{
            dragend: (event) => {
              const { lat, lng } = (event.target as LeafletMarker).getLatLng();
              onChange({ latitude: Number(lat.toFixed(6)), longitude: Number(lng.toFixed(6)) });
            },
          }}
        />
      </MapContainer>
    </div>
  );
}
