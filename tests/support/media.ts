import sharp from "sharp";
import type { Agent } from "./client";

export interface UploadResponse {
  status: number;
  headers: Headers;
  body: any;
}

export interface UploadOptions {
  name?: string;
  type?: string;
  /** Extra headers; X-Requested-With is sent unless overridden with an empty string. */
  headers?: Record<string, string>;
  field?: string;
}

/** POST /media as the web app does: multipart/form-data, the agent's cookie, X-Requested-With. */
export async function upload(
  baseUrl: string,
  agent: Agent | null,
  bytes: Buffer,
  { name = "image.jpg", type = "image/jpeg", headers = {}, field = "file" }: UploadOptions = {},
): Promise<UploadResponse> {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(bytes)], { type }), name);
  const sent: Record<string, string> = { "X-Requested-With": "communect-tests", ...headers };
  if (agent?.cookie) sent.cookie = agent.cookie;
  for (const [key, value] of Object.entries(sent)) if (value === "") delete sent[key];
  const response = await fetch(`${baseUrl}/media`, { method: "POST", body: form, headers: sent });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** A plain picture made by sharp, in one of the accepted formats. */
export function picture(format: "jpeg" | "png" | "webp", width = 320, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .toFormat(format)
    .toBuffer();
}
