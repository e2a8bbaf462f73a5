import { purgeClosedProposals } from '#shared/retention/proposals.js';
import { purgeExpiredApplications } from '#shared/retention/purge.js';
import { purgeExpiredSecondments } from '#shared/retention/secondments.js';
import { purgeUnconfirmedApplications } from '#shared/retention/unconfirmed.js';
import { readConfig } from '../../config.js';
import { tableStores } from '../../stores/table-stores.js';
import { jobHandler } from '../job-handler.js';
import { retentionStores } from './retention-stores.js';

const { RETENTION_UNSUCCESSFUL_DAYS, RETENTION_APPOINTED_DAYS, RETENTION_SECONDMENT_DAYS } = readConfig([
  'RETENTION_UNSUCCESSFUL_DAYS',
  'RETENTION_APPOINTED_DAYS',
  'RETENTION_SECONDMENT_DAYS',
]);

/** A page of 50 applications takes about 1.5 s on the local emulators: 30 s leaves room for the one in flight. */
const STOP_MARGIN_MS = 30_000;

/**
 * `retention-purge`: documents and personal data of applications past their retention go; counts
 * stay. First, applications whose address was never confirmed in time go entirely (never received,
 * never counted); then proposals that never became applications, closed longer ago than an
 * unsuccessful application is kept (a matched one goes with its application); last, secondments
 * past their own retention after their last day served, counted before they go.
 */
export const handler = jobHandler('retention-purge', async ({ now, context }) => {
  const { vacancies, applications } = tableStores();
  const { retention, unconfirmed, proposals, selection, interviews, writtenTests, secondments, secondmentDocuments, documents } = retentionStores();
  // Stops between pages with time to spare: what is left is taken up by the next run, not cut off by a timeout.
  const shouldStop = () => context.getRemainingTimeInMillis() < STOP_MARGIN_MS;
  const policy = { unsuccessfulDays: RETENTION_UNSUCCESSFUL_DAYS, appointedDays: RETENTION_APPOINTED_DAYS };
  const unconfirmedSummary = await purgeUnconfirmedApplications({ unconfirmed, retention, documents }, now, { shouldStop });
  const proposalSummary = await purgeClosedProposals({ proposals, documents }, policy, now, { shouldStop });
  const summary = await purgeExpiredApplications(
    { vacancies, applications, retention, documents, proposals, selection, interviews, writtenTests, secondmentDocuments },
    policy,
    now,
    // Names the run in its audit entries, so two runs at the same scheduled time never overwrite each other's.
    context.awsRequestId,
    { shouldStop },
  );
  // After the applications: an application purged in this run leaves its confirmation letter to its secondment, purged here if due.
  const secondmentSummary = await purgeExpiredSecondments({ secondments, documents }, RETENTION_SECONDMENT_DAYS, now, { shouldStop });
  return { ...summary, ...unconfirmedSummary, ...proposalSummary, ...secondmentSummary };
});
