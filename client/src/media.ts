/** Uploads to POST /media, as the server's README section "Media" describes it. */

/** The server's limits, shown in the forms and checked before sending. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"];

export interface UploadedImage {
  id: string;
  width: number;
  height: number;
  urls: { thumb: string; medium: string; large: string; original: string };
}

/** Why an upload failed, as a key under `images.errors`. */
export type UploadProblem =
  "tooLarge" | "format" | "UNAUTHENTICATED" | "FORBIDDEN" | "RATE_LIMITED" | "NETWORK" | "UNKNOWN";

export class UploadError extends Error {
  constructor(
    readonly problem: UploadProblem,
    readonly retryAfterSeconds?: number,
  ) {
    super(problem);
  }
}

/** What the browser can tell before sending: the server checks again, from the file's bytes. */
export function checkImageFile(file: File): UploadProblem | null {
  if (file.size > MAX_IMAGE_BYTES) return "tooLarge";
  if (file.type && !IMAGE_TYPES.includes(file.type)) return "format";
  return null;
}

/** The server's refusal as a problem the form explains: its status and `extensions.code`. */
function problemOf(status: number, code: string | undefined): UploadProblem {
  if (status === 413 || code === "PAYLOAD_TOO_LARGE") return "tooLarge";
  if (status === 415 || code === "BAD_USER_INPUT") return "format";
  if (code === "UNAUTHENTICATED" || code === "FORBIDDEN" || code === "RATE_LIMITED") return code;
  return "UNKNOWN";
}

/** Sends one image with the session cookie; X-Requested-With is the server's CSRF check. */
export async function uploadImage(file: File): Promise<UploadedImage> {
  const early = checkImageFile(file);
  if (early) throw new UploadError(early);
  const body = new FormData();
  body.append("file", file);
  let response: Response;
  try {
    response = await fetch("/media", {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { "X-Requested-With": "communect-web" },
    });
  } catch {
    throw new UploadError("NETWORK");
  }
  const answer = (await response.json().catch(() => null)) as
    (UploadedImage & { errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[] }) | null;
  if (response.status === 201 && answer?.id) return answer;
  const retryAfter = Number(response.headers.get("Retry-After")) || undefined;
  throw new UploadError(problemOf(response.status, answer?.errors?.[0]?.extensions?.code), retryAfter);
}
