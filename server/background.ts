import type { Logger } from "./logger";

/**
 * Work done after answering, such as sending a mail whose cost must not show in the response
 * time (which would tell whether an address has an account). Failures are logged; `drain`
 * waits for what is still running, so stopping the server does not cut a mail in half.
 */
export class Background {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  run(what: string, work: () => Promise<unknown>): void {
    const task = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .then(
        () => undefined,
        (error: unknown) => this.logger.error({ err: error }, `${what} failed`),
      )
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}
