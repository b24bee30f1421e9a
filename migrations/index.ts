import { Foundation1764000000000 } from "./1764000000000-Foundation";

/** Every migration in order; a landed migration is never edited. */
export const migrations = [Foundation1764000000000];
