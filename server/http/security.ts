import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Security headers; the content security policy allows only this origin (and the map tiles' when
 * configured). `frameable` pages (the embeddable widgets, /embed/*) may be framed by any site; every
 * other page refuses frames.
 */
function helmetFor(secure: boolean, tileOrigin: string | null, frameable = false) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        // The configured map tiles are the one outside source of images.
        "img-src": ["'self'", "data:", "blob:", ...(tileOrigin ? [tileOrigin] : [])],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "frame-ancestors": [frameable ? "*" : "'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        // Over plain http (a local install) upgrading requests would break every asset.
        "upgrade-insecure-requests": secure ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // frame-ancestors says who may frame a page; X-Frame-Options cannot say "anyone".
    xFrameOptions: frameable ? false : undefined,
    strictTransportSecurity: secure,
  });
}

/**
 * helmet's headers, computed once: they do not depend on the request, and rebuilding them (the
 * content security policy above all) on every request showed in CPU profiles.
 */
export function securityHeaderList(
  secure: boolean,
  tileOrigin: string | null = null,
  frameable = false,
): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => headers.push([name, String(value)]),
    removeHeader: () => {},
  };
  helmetFor(secure, tileOrigin, frameable)(
    {} as Parameters<ReturnType<typeof helmet>>[0],
    recorder as unknown as Parameters<ReturnType<typeof helmet>>[1],
    () => {},
  );
  return headers;
}

export function setHeaders(res: ServerResponse, headers: [string, string][]): void {
  for (const [name, value] of headers) res.setHeader(name, value);
}

/** The precomputed security headers as express middleware. */
export function securityHeaders(secure: boolean, tileOrigin: string | null = null): RequestHandler {
  const headers = securityHeaderList(secure, tileOrigin);
  return (_req, res, next) => {
    setHeaders(res, headers);
    next();
  };
}
