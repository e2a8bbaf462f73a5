import { createLogger, type LogLevel } from '#functions/observability/logger.js';

/** A real logger whose lines are kept in memory instead of written to stdout. */
export const capturingLogger = (level: LogLevel = 'debug') => {
  const lines: string[] = [];
  const logger = createLogger(level, {}, (line) => lines.push(line));
  return {
    logger,
    lines,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
};
