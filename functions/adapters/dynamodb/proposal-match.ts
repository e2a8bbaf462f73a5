import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { addCounts, countsChange, zeroCounts } from '#shared/applications/counts.js';
import { IdempotencyKeyTaken, NominationsMoved } from '#shared/applications/store.js';
import { createdStatusRecord } from '#shared/applications/status-record.js';
import { OfficerAlreadyApplied, StaleProposal, type MatchWrite } from '#shared/proposals/store.js';
import { VacancyNumberTaken } from '#shared/vacancies/store.js';
import { applicationItem, auditItem, guardItem } from './application-item.js';
import { countsWrite } from './application-counter.js';
import { counterItem } from './counts-item.js';
import { nominationsWrite } from './nominations.js';
import { owedEmailItem } from './proposal-owed-emails.js';
import { idempotencyPut } from './idempotency-put.js';
import { proposalAuditItem, proposalItem } from './proposal-item.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';
import { auditItem as vacancyAuditItem, vacancyItem } from './vacancy-store.js';

type Item = Record<string, unknown>;

/**
 * A match in one transaction (docs/data-model.md, "Proposals"): the proposal at the version it was
 * judged at, in its new state, with its audit entry; the application with its audit entry and its
 * one-per-email guard (it is created confirmed: the NCB vouches for the officer's address); the
 * vacancy's counts moved by it (a new vacancy's counter written already holding it); the country's
 * nominations at the revision the limit was judged on; the idempotency record; the owed email.
 * Either all of it is written or nothing is, so a proposal is never matched without its
 * application, nor an application made twice (its id is the proposal's).
 */
export const writeMatch = async (client: DynamoDBDocumentClient, tableName: string, write: MatchWrite): Promise<void> => {
  const { proposal } = write;
  const application = { ...write.application, ...createdStatusRecord(write.application) };
  const at = write.audit.at;
  const change = countsChange(undefined, application);
  for (let attempt = 1; ; attempt += 1) {
    const items: Item[] = [];
    const push = (item: Item) => items.push(item) - 1;
    const proposalAt = push({
      Put: {
        TableName: tableName,
        Item: proposalItem(proposal),
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': write.expectedVersion },
      },
    });
    push({ Put: { TableName: tableName, Item: proposalAuditItem(proposal.id, proposal.version, write.audit), ConditionExpression: 'attribute_not_exists(pk)' } });
    const applicationAt = push({ Put: { TableName: tableName, Item: applicationItem(application), ConditionExpression: 'attribute_not_exists(pk)' } });
    push({ Put: { TableName: tableName, Item: auditItem(application.id, application.version, write.applicationAudit), ConditionExpression: 'attribute_not_exists(pk)' } });
    const guardAt = push({ Put: { TableName: tableName, Item: await guardItem(application), ConditionExpression: 'attribute_not_exists(pk)' } });
    push({ Put: { TableName: tableName, Item: owedEmailItem(write.owedEmail) } });
    const idempotencyAt = write.idempotency ? push(idempotencyPut(tableName, write.idempotency)) : -1;
    const nominationsAt = write.nominations ? push(nominationsWrite(tableName, write.nominations, at)) : -1;
    let vacancyAt = -1;
    let countsAt = -1;
    if (write.newVacancy) {
      const { vacancy, audit } = write.newVacancy;
      vacancyAt = push({ Put: { TableName: tableName, Item: vacancyItem(vacancy, 1), ConditionExpression: 'attribute_not_exists(pk)' } });
      push({ Put: { TableName: tableName, Item: vacancyAuditItem(vacancy.number, audit), ConditionExpression: 'attribute_not_exists(pk)' } });
      // A new vacancy's counter, holding the one application it starts with (as a new vacancy's zero counter would once it was added).
      push({ Put: { TableName: tableName, Item: counterItem(vacancy.number, addCounts(zeroCounts(), change), { revision: 1, updatedAt: at }) } });
    } else {
      countsAt = push(await countsWrite(client, tableName, application.vacancy, change, at));
    }
    try {
      const transaction = new TransactWriteCommand({ TransactItems: items });
      await retryingTransactionConflicts(() => client.send(transaction));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const failed = (error.CancellationReasons ?? []).map((reason) => reason.Code === 'ConditionalCheckFailed');
      if (failed[proposalAt] || failed[applicationAt]) throw new StaleProposal();
      if (idempotencyAt >= 0 && failed[idempotencyAt]) throw new IdempotencyKeyTaken();
      if (failed[guardAt]) throw new OfficerAlreadyApplied();
      if (nominationsAt >= 0 && failed[nominationsAt]) throw new NominationsMoved();
      if (vacancyAt >= 0 && failed[vacancyAt]) throw new VacancyNumberTaken();
      // The counter was created meanwhile (the reconciliation): read it and try again.
      if (countsAt < 0 || !failed[countsAt] || attempt >= 3) throw error;
    }
  }
};
