import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from "typeorm";
import type { Logger } from "../logger";

/**
 * A job queue kept in PostgreSQL (the `job` table), so that a restart loses no job and several
 * server processes share the work without doing a job twice.
 *
 * Why not pg-boss or graphile-worker: graphile-worker wakes its workers with LISTEN/NOTIFY,
 * which the embedded database's server (db/pglite-server.ts) does not carry between
 * connections, and both libraries hold a connection (advisory locks, long transactions) that
 * would keep every other request waiting on PGlite, where one connection has the database
 * until its transaction ends. A table claimed with `FOR UPDATE SKIP LOCKED` and a lease needs
 * neither, and runs the same on PostgreSQL 15 and PGlite.
 *
 * A worker claims one due job in a short statement (its `locked_until` lease), runs it outside
 * any transaction, then deletes it. Another process skips a claimed job until its lease ends,
 * so a job runs once while its process lives; if the process dies mid-job, the job runs again
 * once the lease has ended.
 */
export interface Job {
  id: string;
  name: string;
  key: string | null;
  payload: Record<string, unknown>;
  attempts: number;
}

export type JobHandler = (job: Job) => Promise<void>;

const LEASE_SECONDS = 300;
const MAX_ATTEMPTS = 5;

/**
 * Adds a job in the transaction of the change that asks for it (so a rolled back change
 * queues nothing). A job with a `key` is queued once: while one with that key waits, adding it
 * again does nothing.
 */
export async function enqueueJob(
  tx: EntityManager,
  job: { name: string; key?: string; payload?: Record<string, unknown>; runAt?: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO job (name, key, payload, run_at) VALUES ($1, $2, $3, coalesce($4::timestamptz, now()))
     ON CONFLICT (key) DO NOTHING`,
    [job.name, job.key ?? null, JSON.stringify(job.payload ?? {}), job.runAt?.toISOString() ?? null],
  );
  // This process's worker looks for it once the transaction commits; others find it at their next poll.
  if (tx.queryRunner) (tx.queryRunner.data as { [QUEUED]?: boolean })[QUEUED] = true;
}

/** Marks a transaction that queued jobs (TypeORM's QueryRunner.data is meant for such sharing). */
const QUEUED = Symbol("jobs queued");

function queuedIn(queryRunner: QueryRunner): boolean {
  const data = queryRunner.data as { [QUEUED]?: boolean };
  const queued = data[QUEUED] === true;
  delete data[QUEUED];
  return queued;
}

export class JobWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private again = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly handlers: Record<string, JobHandler>,
    private readonly logger: Logger,
    /** How often due jobs are looked for (besides `wake`). */
    private readonly pollMs: number,
  ) {}

  private readonly committed: EntitySubscriberInterface = {
    afterTransactionCommit: ({ queryRunner }) => {
      if (!queryRunner.isTransactionActive && queuedIn(queryRunner)) this.wake();
    },
    afterTransactionRollback: ({ queryRunner }) => {
      if (!queryRunner.isTransactionActive) queuedIn(queryRunner);
    },
  };

  start(): void {
    this.dataSource.subscribers.push(this.committed);
    this.schedule();
  }

  /** Looks for due jobs now (after a change queued one), rather than at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Runs due jobs until none is left; resolves once done (tests await it). */
  async runDue(): Promise<number> {
    let done = 0;
    while (!this.stopped) {
      const job = await this.claim();
      if (!job) break;
      await this.run(job);
      done++;
    }
    return done;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const index = this.dataSource.subscribers.indexOf(this.committed);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule() {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.wake();
      this.schedule();
    }, this.pollMs);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    try {
      await this.runDue();
    } catch (error) {
      this.logger.error({ err: error }, "job queue: could not claim a job");
    }
  }

  private async claim(): Promise<Job | null> {
    const result: [Job[], number] = await this.dataSource.query(
      `UPDATE job SET locked_until = now() + make_interval(secs => $1), attempts = attempts + 1
       WHERE id = (
         SELECT id FROM job
         WHERE run_at <= now() AND (locked_until IS NULL OR locked_until < now()) AND name = ANY($2)
         ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED
       )
       RETURNING id, name, key, payload, attempts`,
      [LEASE_SECONDS, Object.keys(this.handlers)],
    );
    // TypeORM answers an UPDATE with [returned rows, affected count].
    return result[0][0] ?? null;
  }

  private async run(job: Job): Promise<void> {
    try {
      await this.handlers[job.name](job);
      await this.dataSource.query(`DELETE FROM job WHERE id = $1`, [job.id]);
    } catch (error) {
      if (job.attempts >= MAX_ATTEMPTS) {
        this.logger.error({ err: error, job: job.name, key: job.key }, "job failed too often: dropped");
        await this.dataSource.query(`DELETE FROM job WHERE id = $1`, [job.id]);
        return;
      }
      this.logger.warn({ err: error, job: job.name, key: job.key }, "job failed: will try again");
      // Tries again later: 1, 4, 9, 16 minutes.
      await this.dataSource.query(
        `UPDATE job SET locked_until = NULL, run_at = now() + make_interval(mins => $2) WHERE id = $1`,
        [job.id, job.attempts * job.attempts],
      );
    }
  }
}
