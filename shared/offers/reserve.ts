/**
 * The reserve list (issue 16, point 7): the candidates the chair recommended `reserve`, in the
 * panel's ranking order (shared/selection/ranking.ts, its tie rule included). When a declined or
 * lapsed offer frees a post, the next on it is the first still `interviewed` with no offer.
 */
import type { ApplicationStatus } from '../applications/status-machine.js';
import type { RankingAnswer } from '../selection/reading.js';

export interface ReserveEntry {
  applicationId: string;
  name: string;
  rank: number;
  /** Its status now: only an `interviewed` one can be offered the post. */
  status: ApplicationStatus | 'gone';
  /** The version HR's one action offers at. */
  version?: number;
}

/** The reserve in ranking order, each with its application's status now (`gone` when purged or no longer assessed). */
export const reserveList = (
  ranking: Pick<RankingAnswer, 'items'> | undefined,
  statusOf: (applicationId: string) => { status: ApplicationStatus; version: number } | undefined,
): ReserveEntry[] =>
  (ranking?.items ?? [])
    .filter((item) => item.recommendation?.decision === 'reserve')
    .map((item) => {
      const current = statusOf(item.applicationId);
      return { applicationId: item.applicationId, name: item.name, rank: item.rank, status: current?.status ?? 'gone', ...(current ? { version: current.version } : {}) };
    });

/** The next on the reserve list: the first still interviewed, so not yet offered, appointed or ended. */
export const nextOnReserve = (reserve: readonly ReserveEntry[]): ReserveEntry | undefined => reserve.find((entry) => entry.status === 'interviewed');
