import sharp from "sharp";
import { type Message, renderMessage } from "../../graphql/messages";

/** Formats accepted for upload, recognised from their first bytes, never from a file name. */
export const IMAGE_FORMATS = {
  jpeg: { contentType: "image/jpeg", extension: "jpg" },
  png: { contentType: "image/png", extension: "png" },
  webp: { contentType: "image/webp", extension: "webp" },
} as const;
export type ImageFormat = keyof typeof IMAGE_FORMATS;

/** Larger images are refused before decoding: a small file can hold a huge picture. */
export const MAX_PIXELS = 40_000_000;

/** Longest side of each resized version; smaller images are not enlarged. */
export const VERSION_SIDES = { thumb: 128, medium: 512, large: 1600 } as const;
export type ImageVersion = keyof typeof VERSION_SIDES;

/** Near-lossless for photos; PNG stays lossless (a `quality` would turn it into a palette). */
const ORIGINAL_OPTIONS = { jpeg: { quality: 90 }, png: {}, webp: { quality: 90 } };

/** Refusals of an uploaded file, with the message to show (see server/graphql/messages.ts). */
class ImageRefusal extends Error {
  constructor(readonly refusal: Message) {
    super(renderMessage(refusal.key, refusal.params));
  }
}
export class UnreadableImage extends ImageRefusal {}
export class TooManyPixels extends ImageRefusal {}

export interface RenderedImage {
  format: ImageFormat;
  width: number;
  height: number;
  original: Buffer;
  versions: Record<ImageVersion, Buffer>;
}

/**
 * The format from the magic numbers. Checked before sharp sees the bytes, so that SVG,
 * TIFF, HEIF or PDF data never reaches their (larger, riskier) decoders.
 */
export function sniffFormat(bytes: Buffer): ImageFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") return "webp";
  return null;
}

/**
 * Checks an upload and renders what is stored: the original re-encoded in its own format
 * (re-encoding is what drops EXIF, GPS and other metadata) and WebP versions, all turned
 * upright from the EXIF orientation.
 */
export async function renderImage(bytes: Buffer): Promise<RenderedImage> {
  const format = sniffFormat(bytes);
  if (!format) throw new UnreadableImage({ key: "media.notAnImage" });
  const options = { limitInputPixels: MAX_PIXELS, autoOrient: true, failOn: "error" } as const;
  let declared: sharp.Metadata;
  try {
    // Reads the header only: the size is checked below, before any pixel is decoded.
    declared = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw new UnreadableImage({ key: "media.unreadable" });
  }
  if (declared.format !== format) throw new UnreadableImage({ key: "media.notAnImage" });
  if (declared.width * declared.height > MAX_PIXELS) {
    throw new TooManyPixels({ key: "media.tooManyPixels", params: { megapixels: MAX_PIXELS / 1_000_000 } });
  }
  try {
    const source = sharp(bytes, options);
    const original = await source
      .clone()
      .toFormat(format, ORIGINAL_OPTIONS[format])
      .toBuffer({ resolveWithObject: true });
    const sides = Object.entries(VERSION_SIDES) as [ImageVersion, number][];
    const versions = await Promise.all(
      sides.map(([, side]) =>
        source
          .clone()
          .resize({ width: side, height: side, fit: "inside", withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer(),
      ),
    );
    return {
      format,
      width: original.info.width,
      height: original.info.height,
      original: original.data,
      versions: Object.fromEntries(sides.map(([name], i) => [name, versions[i]])) as Record<ImageVersion, Buffer>,
    };
  } catch {
    throw new UnreadableImage({ key: "media.unreadable" });
  }
}
