import { existsSync, readFileSync, writeFileSync } from "node:fs";

const FILE_HEADER = `# Benchmarks

Written by \`npm run bench\` (\`bench/run.ts\`): every run appends its table to the ladder below, so earlier
results stay for comparison.
`;

export const LADDER_TITLE = "## The ladder: what a request costs, rung by rung";

const LADDER_INTRO = `
Each rung answers the same request at the same concurrency (autocannon or a pg pool, from a process of its
own on 127.0.0.1, in a closed loop), against the same database:

- **raw pg**: \`SELECT id, username, display_name FROM person WHERE id = $1\` through a \`pg.Pool\`;
- **node:http + pg**: the same row behind a bare \`node:http\` server answering \`person(id)\`'s JSON
  (\`bench/baselines/node-pg.ts\`): HTTP and JSON, no GraphQL;
- **lean Apollo**: Apollo Server on bare \`node:http\` with a one-line resolver on the same row
  (\`bench/baselines/lean-apollo.ts\`): what GraphQL itself costs;
- **shipped person(id)**: the real server (\`server/main.ts\`, \`NODE_ENV=production\`, \`LOG_LEVEL=warn\`),
  \`person(id:) { id username displayName }\`, anonymous;
- **shipped person(id) signed in**: the same with a session cookie;
- **directory page**: 50 organizations with the web app's card fields, counts, administrators and the first
  5 members with their people (\`bench/ladder.ts\`), anonymous, on 60 seeded organizations;
- **directory hand-written SQL**: the same data as JSON from one SQL statement.

The rungs run interleaved (each round starts one rung later), after a warm-up of each; the table gives
the medians of the rounds. **share of** divides a rung's rate by its reference's. CPU per request is read
from \`/proc/<pid>/stat\` (utime + stime) for the rung's server process and for the PostgreSQL backends of
the benchmark's database (none on the embedded PGlite, which runs inside the server). The machines are
shared and noisy: compare ratios within one run.

Options: \`BENCH_DURATION\` (seconds measured per rung and round, default 5), \`BENCH_WARMUP\` (default 5),
\`BENCH_ROUNDS\` (default 3), \`BENCH_CONNECTIONS\` (default 10), or \`npm run bench -- --rounds 5\`;
\`BENCH_ONLY="directory page,directory hand-written SQL"\` runs some rungs and records nothing; \`BENCH_CPU_PROF=<folder>\` writes a V8 CPU
profile of the shipped server. \`DATABASE_URL=postgres://…\` runs against a PostgreSQL server (a scratch
database \`communect_bench_<pid>\`, dropped at the end); without it, against the embedded PGlite.
`;

/** Inserts a run's text at the end of the ladder section, creating the file or the section when missing. */
export function appendRun(file: string, run: string): void {
  let text = existsSync(file) ? readFileSync(file, "utf8") : FILE_HEADER;
  if (!text.includes(LADDER_TITLE)) text = `${text.replace(/\n*$/, "\n\n")}${LADDER_TITLE}\n${LADDER_INTRO}`;
  const start = text.indexOf(LADDER_TITLE) + LADDER_TITLE.length;
  const next = text.indexOf("\n## ", start);
  const end = next === -1 ? text.length : next + 1;
  const before = text.slice(0, end).replace(/\n*$/, "\n\n");
  const after = text.slice(end);
  writeFileSync(file, `${before}${run.trim()}\n${after ? `\n${after}` : ""}`);
}

/* Sections with one table each, for the benchmarks outside the ladder (bench/fanout.ts). */

export interface Section {
  title: string;
  /** What is measured, in a paragraph or two. */
  intro: string;
  columns: string[];
}

const tableRow = (cells: string[]) => `| ${cells.join(" | ")} |`;

function sectionText(section: Section, row: string[]): string {
  return [
    `## ${section.title}`,
    "",
    section.intro.trim(),
    "",
    tableRow(section.columns),
    tableRow(section.columns.map(() => "---")),
    tableRow(row),
    "",
  ].join("\n");
}

/** Adds a row to the section's table, creating the file or the section when missing. */
export function appendResult(file: string, section: Section, row: string[]): void {
  if (!existsSync(file)) {
    writeFileSync(file, `${FILE_HEADER}\n${sectionText(section, row)}`);
    return;
  }
  const lines = readFileSync(file, "utf8").split("\n");
  const start = lines.indexOf(`## ${section.title}`);
  if (start === -1) {
    const text = lines.join("\n").replace(/\n*$/, "\n\n");
    writeFileSync(file, text + sectionText(section, row));
    return;
  }
  // The section's own table (its header row), not another table written under it.
  const header = lines.indexOf(tableRow(section.columns), start);
  const next = lines.findIndex((line, index) => index > start && line.startsWith("## "));
  if (header === -1 || (next !== -1 && header > next)) {
    throw new Error(`${file}: the section "${section.title}" has no table to append to`);
  }
  let lastRow = header;
  while (lines[lastRow + 1]?.startsWith("|")) lastRow++;
  lines.splice(lastRow + 1, 0, tableRow(row));
  writeFileSync(file, lines.join("\n"));
}
