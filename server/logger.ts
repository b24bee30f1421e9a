import pino, { type DestinationStream, type Logger } from "pino";
import { prettyFactory } from "pino-pretty";

export type { Logger };

/** Where logs go: a stream, and whether a person reads it in a terminal. */
export interface LogOutput {
  write(line: string): unknown;
  isTTY?: boolean;
}

/**
 * JSON lines (one object per line, for log collectors) unless the output is a terminal, where a
 * person reads them: then readable lines ("12:00:01 INFO: Communect is ready…"), formatted
 * synchronously so that the last lines before `process.exit` are not lost.
 */
export function createLogger(level: string, output: LogOutput = process.stdout): Logger {
  const options = {
    level,
    base: undefined,
    redact: { paths: ["req.headers.cookie", 'res.headers["set-cookie"]', "*.password"], remove: true },
  };
  return pino(options, output.isTTY ? readable(output) : (output as DestinationStream));
}

function readable(output: LogOutput): DestinationStream {
  const prettify = prettyFactory({ colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" });
  return { write: (line: string) => void output.write(prettify(line)) };
}
