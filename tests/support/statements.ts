import type { TestServer } from "./server";

/** The SQL statements `server` runs while `run` goes (start it with `jobPollMs: QUIET_JOBS_MS`, so that no job poll falls in). */
export async function statementsDuring(server: TestServer, run: () => Promise<unknown>): Promise<string[]> {
  const logger = server.database.dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (query, ...rest) => {
    statements.push(query);
    return logQuery(query, ...rest);
  };
  try {
    await run();
    return statements;
  } finally {
    logger.logQuery = logQuery;
  }
}
