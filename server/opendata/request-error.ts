import type { Response } from "express";

/** A list export asked with a parameter it cannot use: answered 400 with what to change. */
export class OpenDataRequestError extends Error {
  constructor(
    readonly parameter: string | null,
    message: string,
  ) {
    super(message);
  }

  send(res: Response): void {
    res.status(400).json({ error: { code: "BAD_REQUEST", parameter: this.parameter, message: this.message } });
  }
}
