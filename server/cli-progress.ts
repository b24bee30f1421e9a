import { SingleBar } from "cli-progress";

export interface ProgressReporter {
  (step: string, done: number, total: number): void;
  stop(): void;
}

/**
 * Progress of a command-line task: a bar on a terminal; elsewhere (a log, a pipe, CI) a
 * plain line at each tenth, which reads well in a file.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stdout): ProgressReporter {
  let bar: SingleBar | null = null;
  let current = "";
  let lastTenth = -1;
  const report = (step: string, done: number, total: number) => {
    if (stream.isTTY) {
      if (step !== current) {
        bar?.stop();
        bar = new SingleBar(
          {
            format: `${step.padEnd(9)} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
            hideCursor: true,
          },
          undefined,
        );
        bar.start(total, done);
      } else {
        // A total can be an estimate that grows as a file is read.
        if (bar && bar.getTotal() !== total) bar.setTotal(total);
        bar?.update(done);
      }
    } else {
      const tenth = total ? Math.floor((done / total) * 10) : 10;
      if (step !== current || tenth !== lastTenth) stream.write(`${step}: ${done}/${total}\n`);
      lastTenth = tenth;
    }
    current = step;
  };
  report.stop = () => {
    bar?.stop();
    bar = null;
  };
  return report;
}
