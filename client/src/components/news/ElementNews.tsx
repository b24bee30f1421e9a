import { useElement } from "../elements/ElementLayout";
import { Wall } from "./Wall";

/** An element's wall, for its News tab. */
export function ElementNews() {
  const { element } = useElement();
  return (
    <Wall
      wallId={element.id}
      mayPost={element.viewer.inCommunity}
      administers={element.viewer.isAdmin}
      wallPrivate={element.settings.private}
    />
  );
}
