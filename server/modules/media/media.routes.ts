import path from "node:path";
import cors from "cors";
import { type Request, type Response, Router } from "express";
import multer, { MulterError } from "multer";
import { DomainError, RateLimited } from "../../graphql/errors";
import { type Message, type MessageKey, type MessageParams, renderMessage } from "../../graphql/messages";
import type { Person } from "../accounts/person.entity";
import { readSessionToken } from "../accounts/session-cookie";
import type { SessionCache } from "../accounts/session-cache";
import { IMAGE_FORMATS, TooManyPixels, UnreadableImage, VERSION_SIDES } from "./image-processing";
import { MAX_UPLOAD_BYTES, type MediaService } from "./media.service";

export interface MediaRoutesOptions {
  media: MediaService;
  /** Sessions: an upload reads its session now, an image's reader may be remembered (session-cache.ts). */
  sessions: SessionCache;
  allowedOrigins: string[];
}

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FILE_NAMES = new Set([
  ...Object.keys(VERSION_SIDES).map((version) => `${version}.webp`),
  ...Object.values(IMAGE_FORMATS).map((format) => `original.${format.extension}`),
]);
const NOSNIFF = { "X-Content-Type-Options": "nosniff" };
const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
};

/** The same error shape as GraphQL and server/http/errors.ts. */
function refuse(req: Request, res: Response, status: number, code: string, refusal: Message, file = false) {
  const text = renderMessage(refusal.key, refusal.params);
  const said = { messageKey: refusal.key, messageParams: refusal.params ?? {} };
  const fields = file ? { fields: [{ field: "file", message: text, ...said }] } : {};
  res.status(status).json({ errors: [{ message: text, extensions: { code, ...fields, ...said, requestId: req.id } }] });
}

const receiveOne = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 11 },
}).single("file");

/**
 * POST /media stores an image for the logged-in person; GET /media/<id>/<file> serves the
 * stored files. Uploads are cookie-authenticated like GraphQL, so they get the same CSRF
 * rule as Apollo's: an Origin header, when present, must be one of ALLOWED_ORIGINS, and the
 * request must carry an X-Requested-With header, which no HTML form can send and which a
 * script on another site can only send after a CORS preflight that only allowed origins pass.
 */
export function mediaRoutes({ media, sessions, allowedOrigins }: MediaRoutesOptions): Router {
  const router = Router();
  const uploaderOf = async (req: Request): Promise<Person | null> => {
    const token = readSessionToken(req.headers.cookie);
    return token ? ((await sessions.read(token))?.person ?? null) : null;
  };
  const readerOf = async (req: Request): Promise<Person | null> => {
    const token = readSessionToken(req.headers.cookie);
    return token ? ((await sessions.lookup(token)).found?.person ?? null) : null;
  };
  const corsForUploads = cors({ origin: allowedOrigins, credentials: true, methods: ["POST"] });

  router.options("/media", corsForUploads);
  router.post("/media", corsForUploads, async (req, res) => {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.includes(origin)) {
      return refuse(req, res, 403, "FORBIDDEN", { key: "media.foreignOrigin" });
    }
    if (!req.headers["x-requested-with"]) {
      return refuse(req, res, 403, "FORBIDDEN", { key: "media.requestedWith" });
    }
    const viewer = await uploaderOf(req);
    if (!viewer) return refuse(req, res, 401, "UNAUTHENTICATED", { key: "auth.required" });

    try {
      await new Promise<void>((resolve, reject) =>
        receiveOne(req, res, (error) => (error ? reject(error) : resolve())),
      );
    } catch (error) {
      if (error instanceof MulterError && error.code === "LIMIT_FILE_SIZE") {
        return refuse(req, res, 413, "PAYLOAD_TOO_LARGE", {
          key: "media.tooLarge",
          params: { megabytes: MAX_UPLOAD_BYTES >> 20 },
        });
      }
      // Only the multipart parser runs here: anything it throws is about the request.
      return refuse(req, res, 400, "BAD_REQUEST", { key: "media.notMultipart" });
    }
    if (!req.file) {
      return refuse(req, res, 400, "BAD_USER_INPUT", { key: "media.noFile" }, true);
    }

    try {
      const stored = await media.upload(viewer, req.file.buffer);
      const urls = media.urls(stored);
      res.status(201).location(urls.original).json({ id: stored.id, width: stored.width, height: stored.height, urls });
    } catch (error) {
      if (error instanceof UnreadableImage) return refuse(req, res, 415, "BAD_USER_INPUT", error.refusal, true);
      if (error instanceof TooManyPixels) return refuse(req, res, 413, "PAYLOAD_TOO_LARGE", error.refusal, true);
      if (error instanceof RateLimited) res.set("Retry-After", String(error.extensions.retryAfterSeconds));
      if (error instanceof DomainError && STATUS_OF_CODE[error.code]) {
        const { messageKey, messageParams } = error.extensions as {
          messageKey: MessageKey;
          messageParams: MessageParams;
        };
        return refuse(req, res, STATUS_OF_CODE[error.code], error.code, { key: messageKey, params: messageParams });
      }
      throw error;
    }
  });

  router.get("/media/:id/:file", async (req, res, next) => {
    const { id, file } = req.params;
    if (!ID_PATTERN.test(id) || !FILE_NAMES.has(file))
      return refuse(req, res, 404, "NOT_FOUND", { key: "media.noSuchImage" });
    const audience = await media.audience(id, await readerOf(req));
    // Answered as unknown, so that a private image's URL does not even say it exists.
    if (audience === "none") return refuse(req, res, 404, "NOT_FOUND", { key: "media.noSuchImage" });
    const options =
      audience === "public"
        ? {
            maxAge: ONE_YEAR_MS,
            immutable: true,
            // Public images: other sites (and exports) may show them.
            headers: { ...NOSNIFF, "Cross-Origin-Resource-Policy": "cross-origin" },
          }
        : {
            // Never kept by shared caches; the browser asks again each time, and the 304 of an
            // unchanged file is only given after the check above.
            cacheControl: false,
            headers: {
              ...NOSNIFF,
              "Cache-Control": "private, no-cache",
              Vary: "Cookie",
              "Cross-Origin-Resource-Policy": "same-origin",
            },
          };
    res.sendFile(path.join(media.directory, id, file), options, (error) => {
      if (!error || res.headersSent) return;
      if ((error as { status?: number }).status === 404)
        return refuse(req, res, 404, "NOT_FOUND", { key: "media.noSuchImage" });
      next(error);
    });
  });
  router.use("/media", (req, res) => refuse(req, res, 404, "NOT_FOUND", { key: "media.noSuchImage" }));
  return router;
}
