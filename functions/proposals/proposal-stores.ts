import type { ProposalStore } from '#shared/proposals/store.js';
import { dynamoProposalStore } from '../adapters/dynamodb/proposal-store.js';
import { readConfig } from '../config.js';
import { tableClient } from '../stores/table-client.js';

let proposals: ProposalStore | undefined;

/** The proposals in the table, on the container's one DynamoDB client, built on first use. */
export const proposalStore = (): ProposalStore => {
  if (!proposals) {
    const { client, tableName } = tableClient();
    proposals = dynamoProposalStore(client, tableName);
  }
  return proposals;
};

/** The stage's open period of a proposal, in days (PROPOSAL_OPEN_DAYS). */
export const proposalOpenDays = (): number => readConfig(['PROPOSAL_OPEN_DAYS']).PROPOSAL_OPEN_DAYS;
