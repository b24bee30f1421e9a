import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DataSource, EntityManager } from "typeorm";
import { InvalidInput } from "../../graphql/errors";
import type { RateLimit } from "../../rate-limit";
import { Person, VERIFIED } from "../accounts/person.entity";
import { whereNewsVisible, whereVisible } from "../policy/visibility";
import { IMAGE_FORMATS, type ImageVersion, renderImage, VERSION_SIDES } from "./image-processing";
import { Media } from "./media.entity";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const UPLOADS_PER_HOUR = 60;
/** Images decoded at once in this process: a large one can take a few hundred MB while resized. */
const PARALLEL_RENDERS = 2;

export type ImageUrls = Record<ImageVersion | "original", string>;

/**
 * Who may fetch an image: `public` (cached by anyone, for a year), `private` (this viewer
 * only, revalidated on each use) or `none` (answered as not found).
 */
export type ImageAudience = "public" | "private" | "none";

export interface MediaServiceOptions {
  dataSource: DataSource;
  /** DATA_DIR/media: one folder per image, named by its id. */
  directory: string;
  /** Image URLs are absolute so that exports and other sites can use them as they are. */
  publicUrl: string;
  /** Uploads each person may attempt: UPLOADS_PER_HOUR. */
  uploads: RateLimit;
  /** Elements past their deletion delay no longer show their images. */
  deletionDelayDays: number;
}

/** The stored file names of an image: `thumb.webp` … and `original.jpg|png|webp`. */
export function fileNames(media: Pick<Media, "contentType">): Record<keyof ImageUrls, string> {
  const original = Object.values(IMAGE_FORMATS).find((f) => f.contentType === media.contentType)!;
  const versions = Object.keys(VERSION_SIDES).map((name) => [name, `${name}.webp`]);
  return { ...Object.fromEntries(versions), original: `original.${original.extension}` } as Record<
    keyof ImageUrls,
    string
  >;
}

/**
 * Uploaded images: checked from their bytes, stored once with resized versions, never
 * changed afterwards (a new upload gets a new id), so they can be cached for a year.
 */
export class MediaService {
  private rendering = 0;
  private readonly waitingToRender: (() => void)[] = [];

  constructor(private readonly options: MediaServiceOptions) {}

  get directory() {
    return this.options.directory;
  }

  /**
   * Stores an image for the viewer. Every attempt counts against the hourly limit, failed
   * ones included: decoding is what costs. Files are written before the row, in a staging
   * folder renamed at the end, so a crash never leaves a row pointing at missing files.
   */
  async upload(viewer: Person, bytes: Buffer): Promise<Media> {
    await this.options.uploads.consume(viewer.id);
    const image = await this.inRenderSlot(() => renderImage(bytes));
    const id = randomUUID();
    const media = this.options.dataSource.getRepository(Media).create({
      id,
      ownerId: viewer.id,
      contentType: IMAGE_FORMATS[image.format].contentType,
      width: image.width,
      height: image.height,
      bytes: image.original.length,
    });
    const names = fileNames(media);
    const staging = path.join(this.directory, `.staging-${id}`);
    const folder = path.join(this.directory, id);
    try {
      await mkdir(staging, { recursive: true });
      await writeFile(path.join(staging, names.original), image.original);
      for (const [version, data] of Object.entries(image.versions)) {
        await writeFile(path.join(staging, names[version as ImageVersion]), data);
      }
      await rename(staging, folder);
      await this.options.dataSource.getRepository(Media).insert(media);
      return media;
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * An image is public when a person, an element or a news item everyone may see shows it.
   * Otherwise (the logo or banner of a private element, an image of a members-only post, an
   * upload not shown anywhere yet) only its uploader and those who may see an element or a
   * news item showing it may fetch it.
   */
  async audience(mediaId: string, viewer: Person | null): Promise<ImageAudience> {
    const db = this.options.dataSource;
    const media = await db.getRepository(Media).findOneBy({ id: mediaId });
    if (!media) return "none";
    const shownBy = (viewerId: string | null) =>
      whereVisible(
        db
          .createQueryBuilder()
          .select("1")
          .from("element", "element")
          .where("(element.image_id = :mediaId OR element.banner_id = :mediaId)", { mediaId }),
        "element",
        viewerId,
        this.options.deletionDelayDays,
        // Those invited to a private element see its public face, logo included.
        "invitation",
      )
        .limit(1)
        .getRawOne()
        .then(Boolean);
    // A news item shows it: to those who may read the item ("news:read", whereNewsVisible).
    const postedIn = (viewerId: string | null) =>
      whereNewsVisible(
        db
          .createQueryBuilder()
          .select("1")
          .from("news", "news")
          .where("news.image_ids @> ARRAY[CAST(:mediaId AS uuid)]", { mediaId }),
        "news",
        viewerId,
        this.options.deletionDelayDays,
      )
        .limit(1)
        .getRawOne()
        .then(Boolean);
    const avatar = () => db.getRepository(Person).existsBy({ imageId: mediaId, ...VERIFIED });
    if ((await avatar()) || (await shownBy(null)) || (await postedIn(null))) return "public";
    if (viewer && (media.ownerId === viewer.id || (await shownBy(viewer.id)) || (await postedIn(viewer.id)))) {
      return "private";
    }
    return "none";
  }

  urls(media: Pick<Media, "id" | "contentType">): ImageUrls {
    const base = `${this.options.publicUrl}/media/${media.id}/`;
    const names = fileNames(media);
    return Object.fromEntries(Object.entries(names).map(([size, name]) => [size, base + name])) as ImageUrls;
  }

  /** Runs `work` once fewer than PARALLEL_RENDERS renders are running; a freed slot goes to the next in line. */
  private async inRenderSlot<T>(work: () => Promise<T>): Promise<T> {
    if (this.rendering < PARALLEL_RENDERS) this.rendering++;
    else await new Promise<void>((resolve) => this.waitingToRender.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waitingToRender.shift();
      if (next) next();
      else this.rendering--;
    }
  }
}

/**
 * A page or profile may only show an image its editor uploaded, so nobody can pin someone
 * else's upload (an avatar, an unpublished logo) to their own page. Keeping the current
 * image is always allowed: with open edition, it may well be someone else's.
 */
export async function assertOwnImage(
  db: DataSource | EntityManager,
  personId: string,
  imageId: string | null | undefined,
  current: string | null = null,
  field = "imageId",
): Promise<void> {
  if (!imageId || imageId === current) return;
  if (!(await db.getRepository(Media).existsBy({ id: imageId, ownerId: personId }))) {
    throw new InvalidInput([{ field, key: "media.notYourImage" }]);
  }
}
