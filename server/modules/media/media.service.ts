import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { DataSource, EntityManager } from "typeorm";
import { InvalidInput, RateLimited, Unauthenticated } from "../../graphql/errors";
import type { Person } from "../accounts/person.entity";
import { IMAGE_FORMATS, type ImageVersion, renderImage, VERSION_SIDES } from "./image-processing";
import { Media } from "./media.entity";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const UPLOADS_PER_HOUR = 60;
/** Images decoded at once in this process: a large one can take a few hundred MB while resized. */
const PARALLEL_RENDERS = 2;

export type ImageUrls = Record<ImageVersion | "original", string>;

export interface MediaServiceOptions {
  dataSource: DataSource;
  /** DATA_DIR/media: one folder per image, named by its id. */
  directory: string;
  /** Image URLs are absolute so that exports and other sites can use them as they are. */
  publicUrl: string;
  /** Shares the upload counts between server processes when set. */
  redis?: Redis;
  rateLimitNamespace?: string;
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
  private readonly uploads: RateLimiterAbstract;
  private rendering = 0;
  private readonly waitingToRender: (() => void)[] = [];

  constructor(private readonly options: MediaServiceOptions) {
    const limits = {
      keyPrefix: `${options.rateLimitNamespace ?? "communect"}:media_upload`,
      points: UPLOADS_PER_HOUR,
      duration: 60 * 60,
    };
    this.uploads = options.redis
      ? new RateLimiterRedis({ storeClient: options.redis, ...limits })
      : new RateLimiterMemory(limits);
  }

  get directory() {
    return this.options.directory;
  }

  /**
   * Stores an image for the viewer. Every attempt counts against the hourly limit, failed
   * ones included: decoding is what costs. Files are written before the row, in a staging
   * folder renamed at the end, so a crash never leaves a row pointing at missing files.
   */
  async upload(viewer: Person | null, bytes: Buffer): Promise<Media> {
    if (!viewer) throw new Unauthenticated();
    await this.countUpload(viewer.id);
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

  private async countUpload(personId: string): Promise<void> {
    try {
      await this.uploads.consume(personId);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new RateLimited(Math.ceil(error.msBeforeNext / 1000));
      throw error;
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
): Promise<void> {
  if (!imageId || imageId === current) return;
  if (!(await db.getRepository(Media).existsBy({ id: imageId, ownerId: personId }))) {
    throw new InvalidInput([{ field: "imageId", message: "must be the id of an image you uploaded" }]);
  }
}
