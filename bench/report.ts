import { existsSync, readFileSync, writeFileSync } from "node:fs";

const FILE_HEADER = `# Benchmarks

Written by \`npm run bench\` (\`bench/run.ts\`): every run appends one row to each table below, so earlier
results stay for comparison.

- \`npm run bench\`: against the embedded database (PGlite, PostgreSQL in WebAssembly), started by the
  benchmark in a temporary folder.
- \`DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench\`: against a real PostgreSQL; the
  benchmark creates a scratch database \`communect_bench_<pid>\` on that server and drops it at the end.
- \`BENCH_DURATION\` (seconds measured per side, default 10), \`BENCH_WARMUP\` (seconds of unmeasured load
  before, default 8) and \`BENCH_CONNECTIONS\` (concurrent requests, default 10), or
  \`npm run bench -- --duration 20 --warmup 10 --connections 20\`.

The machines are shared and noisy: **compare ratios measured within one run**, not absolute rates across runs
or machines; the rates are there as context. The server runs with \`NODE_ENV=production\` and \`LOG_LEVEL=warn\`
(\`BENCH_LOG_LEVEL\` changes it), so request logging is not part of the measurement.
`;

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
  const next = lines.findIndex((line, index) => index > start && line.startsWith("## "));
  const end = next === -1 ? lines.length : next;
  let lastRow = -1;
  for (let index = start; index < end; index++) if (lines[index].startsWith("|")) lastRow = index;
  if (lastRow === -1) throw new Error(`${file}: the section "${section.title}" has no table to append to`);
  lines.splice(lastRow + 1, 0, tableRow(row));
  writeFileSync(file, lines.join("\n"));
}
