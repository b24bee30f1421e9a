import { useState } from "react";

/** What the API gives of an image: one URL per version the page may need. */
export interface ImageSource {
  url?: string;
  urls?: { thumb?: string; medium?: string; large?: string };
}

const PLACEHOLDER_COLOURS = 8;

/** Up to two letters from a name: "Jardins du Lavoir" → "JL", "alice" → "A". */
export function initials(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .split(/[\s'-]+/)
    .filter((word) => word.length > 1 || /\p{Lu}|\p{N}/u.test(word));
  const letters = (words.length > 1 ? [words[0], words[words.length - 1]] : words.slice(0, 1)).map((word) =>
    [...word][0].toLocaleUpperCase(),
  );
  return letters.join("") || "?";
}

/** The same colour for the same element every time, from a string hash of its id. */
export function placeholderColour(seed: string): number {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % PLACEHOLDER_COLOURS;
}

interface ElementImageProps {
  /** The element's or person's name: the placeholder's initials. */
  name: string;
  /** A stable id, for the placeholder's colour. */
  seed: string;
  image: ImageSource | null | undefined;
  /** The version that fits the shown size (thumb up to 64 px, medium up to 256 px). */
  size?: "thumb" | "medium";
  /** Persons are round, organizations, projects and events square. */
  shape?: "round" | "square";
  /** Sets the shown size: avatar-small, avatar, logo (see tokens.css). */
  className?: string;
}

/**
 * An avatar or logo, or when there is none a placeholder with the initials on a colour drawn
 * from the id. Decorative: the name is always written next to it, so it has no alternative text.
 */
export function ElementImage({ name, seed, image, size = "thumb", shape = "square", className }: ElementImageProps) {
  const classes = `element-image element-image-${shape} ${className ?? ""}`.trim();
  const src = image?.urls?.[size] ?? image?.url;
  // An image that cannot be loaded (files lost, offline) gives way to the placeholder.
  const [failed, setFailed] = useState<string | null>(null);
  if (src && failed !== src) {
    return <img className={classes} src={src} alt="" decoding="async" onError={() => setFailed(src)} />;
  }
  return (
    // The initials are drawn by CSS (::before), not text: a button showing an avatar next to a
    // name keeps the name as its whole visible label (WCAG 2.5.3, "label in name").
    <span
      className={`${classes} placeholder placeholder-${placeholderColour(seed)}`}
      data-initials={initials(name)}
      aria-hidden="true"
    />
  );
}
