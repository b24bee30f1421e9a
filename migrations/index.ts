import { Foundation1764000000000 } from "./1764000000000-Foundation";
import { ActorGraph1764100000000 } from "./1764100000000-ActorGraph";
import { LinkRules1764200000000 } from "./1764200000000-LinkRules";
import { EventSpans1764300000000 } from "./1764300000000-EventSpans";
import { MediaOwnerIndex1764400000000 } from "./1764400000000-MediaOwnerIndex";

/** Every migration in order; a landed migration is never edited. */
export const migrations = [
  Foundation1764000000000,
  ActorGraph1764100000000,
  LinkRules1764200000000,
  EventSpans1764300000000,
  MediaOwnerIndex1764400000000,
];
