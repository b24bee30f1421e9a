import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of /proc's utime and stime: 100 on Linux for x86 and arm. */
const TICKS_PER_SECOND = 100;

/** CPU time a process has used (user + system), in milliseconds; 0 when it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name, in parentheses, may hold spaces: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/**
 * The PostgreSQL backends serving one database, found by their process title
 * ("postgres: 15/main: postgres communect_bench_123 127.0.0.1(40000) idle"), with their CPU so far.
 */
export function backendsOf(database: string): Map<number, number> {
  const backends = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let title: string;
    try {
      title = readFileSync(`/proc/${entry}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if (title.startsWith("postgres:") && title.split(" ").includes(database)) {
      backends.set(Number(entry), processCpuMs(Number(entry)));
    }
  }
  return backends;
}

/** CPU used between `start()` and `stop()` by some processes and the database's backends. */
export class CpuMeter {
  private processes = new Map<number, number>();
  private backends = new Map<number, number>();

  constructor(
    private readonly pids: number[],
    private readonly database: string | undefined,
  ) {}

  start(): void {
    this.processes = new Map(this.pids.map((pid) => [pid, processCpuMs(pid)]));
    this.backends = this.database ? backendsOf(this.database) : new Map();
  }

  /**
   * Milliseconds of CPU used since start() by the processes and by the backends. A backend that
   * started meanwhile counts in full; one that ended meanwhile is lost (pools keep theirs open).
   */
  stop(): { processMs: number; databaseMs: number | null } {
    let processMs = 0;
    for (const [pid, before] of this.processes) processMs += processCpuMs(pid) - before;
    if (!this.database) return { processMs, databaseMs: null };
    let databaseMs = 0;
    for (const [pid, now] of backendsOf(this.database)) databaseMs += now - (this.backends.get(pid) ?? 0);
    return { processMs, databaseMs };
  }
}
