/**
 * Communect's embeddable widgets (`/embed.js`): custom elements that partner sites put in their
 * pages. They read the public API of the instance this script was loaded from, anonymously.
 */
import { CommunectDirectory, CommunectAgenda } from "./lists";
import { CommunectLive } from "./live";
import { CommunectMap } from "./map";
import { CommunectWidget } from "./widget";

CommunectWidget.base = new URL(import.meta.url).origin;

const ELEMENTS: [string, CustomElementConstructor][] = [
  ["communect-agenda", CommunectAgenda],
  ["communect-directory", CommunectDirectory],
  ["communect-map", CommunectMap],
  ["communect-live", CommunectLive],
];
// A page that loads the script twice keeps the first definitions.
for (const [name, element] of ELEMENTS) if (!customElements.get(name)) customElements.define(name, element);
