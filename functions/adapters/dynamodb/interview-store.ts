import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Invitation, Slot } from '#shared/interviews/slot.js';
import { SlotChanged, type InterviewStore } from '#shared/interviews/store.js';
import { queryAll } from './query-all.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';

/**
 * A vacancy's interviews in one partition (docs/data-model.md, patterns 43 to 45): its slots and
 * its invitations, each read with one Query. A booking is a transaction over the slot (held by
 * nobody, or already by this candidate), the invitation (still holding what was read) and the slot
 * left (still this candidate's): of candidates racing for one slot exactly one commits. The
 * vacancies that have slots are listed in a partition of their own, for the reminders' job.
 */
export const interviewPartition = (vacancy: string) => `INTERVIEWS#${vacancy}`;
const partition = interviewPartition;
export const slotKey = (vacancy: string, id: string) => ({ pk: partition(vacancy), sk: `SLOT#${id}` });
export const invitationKey = (vacancy: string, applicationId: string) => ({ pk: partition(vacancy), sk: `INVITATION#${applicationId}` });
const VACANCIES = 'INTERVIEW-VACANCIES';
/** A vacancy's entry in the list of vacancies with slots (the reminders' job reads it). */
export const interviewVacancyKey = (vacancy: string) => ({ pk: VACANCIES, sk: `VACANCY#${vacancy}` });

const text = (value: unknown) => (typeof value === 'string' ? { value } : undefined);

const slotFrom = (item: Record<string, unknown>): Slot => ({
  id: String(item.id),
  vacancy: String(item.vacancy),
  startsAt: String(item.startsAt),
  durationMinutes: Number(item.durationMinutes),
  timeZone: String(item.timeZone),
  ...(text(item.place) ? { place: String(item.place) } : {}),
  ...(text(item.videoLink) ? { videoLink: String(item.videoLink) } : {}),
  panelMembers: (item.panelMembers as string[]) ?? [],
  status: item.status === 'cancelled' ? 'cancelled' : 'open',
  ...(text(item.bookedBy) ? { bookedBy: String(item.bookedBy) } : {}),
  revision: Number(item.revision),
  sequence: Number(item.sequence ?? 0),
  updatedAt: String(item.updatedAt),
  updatedBy: String(item.updatedBy),
});

const invitationFrom = (item: Record<string, unknown>): Invitation => ({
  vacancy: String(item.vacancy),
  applicationId: String(item.applicationId),
  invitedAt: String(item.invitedAt),
  invitedBy: String(item.invitedBy),
  ...(text(item.slotId) ? { slotId: String(item.slotId) } : {}),
  ...(text(item.bookedAt) ? { bookedAt: String(item.bookedAt) } : {}),
  ...(text(item.bookedBy) ? { bookedBy: String(item.bookedBy) } : {}),
});

/** A transaction whose condition failed (a race lost) is SlotChanged; anything else stays what it is. */
const asSlotChanged = (error: unknown): unknown =>
  error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed') ? new SlotChanged() : error;

export const dynamoInterviews = (client: DynamoDBDocumentClient, tableName: string): InterviewStore => {
  const query = async (vacancy: string, prefix: string) =>
    queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': partition(vacancy), ':prefix': prefix },
      ConsistentRead: true,
    });
  const transact = async (command: TransactWriteCommand) => {
    try {
      await retryingTransactionConflicts(() => client.send(command));
    } catch (error) {
      throw asSlotChanged(error);
    }
  };

  return {
    async slots(vacancy) {
      return (await query(vacancy, 'SLOT#')).map(slotFrom).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    },
    async slot(vacancy, id) {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: slotKey(vacancy, id), ConsistentRead: true }));
      return Item ? slotFrom(Item) : undefined;
    },
    async invitations(vacancy) {
      return (await query(vacancy, 'INVITATION#')).map(invitationFrom);
    },
    async invitation(vacancy, applicationId) {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: invitationKey(vacancy, applicationId), ConsistentRead: true }));
      return Item ? invitationFrom(Item) : undefined;
    },
    async vacanciesWithSlots() {
      const items = await queryAll(client, { TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': VACANCIES } });
      return items.map((item) => String(item.vacancy));
    },

    async createSlot(slot) {
      await transact(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: { ...slotKey(slot.vacancy, slot.id), entity: 'interview-slot', ...slot }, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Put: { TableName: tableName, Item: { ...interviewVacancyKey(slot.vacancy), entity: 'interview-vacancy', vacancy: slot.vacancy } } },
          ],
        }),
      );
    },

    async replaceSlot(slot, revision, freeing) {
      const held = freeing ?? slot.bookedBy;
      const slotCondition = held
        ? { ConditionExpression: 'revision = :revision AND bookedBy = :held', ExpressionAttributeValues: { ':revision': revision, ':held': held } }
        : { ConditionExpression: 'revision = :revision AND attribute_not_exists(bookedBy)', ExpressionAttributeValues: { ':revision': revision } };
      await transact(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: { ...slotKey(slot.vacancy, slot.id), entity: 'interview-slot', ...slot }, ...slotCondition } },
            ...(freeing
              ? [
                  {
                    Update: {
                      TableName: tableName,
                      Key: invitationKey(slot.vacancy, freeing),
                      UpdateExpression: 'REMOVE slotId, bookedAt, bookedBy',
                      ConditionExpression: 'slotId = :slot',
                      ExpressionAttributeValues: { ':slot': slot.id },
                    },
                  },
                ]
              : []),
          ],
        }),
      );
    },

    async invite(invitation) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...invitationKey(invitation.vacancy, invitation.applicationId), entity: 'interview-invitation', ...invitation },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },

    async book(vacancy, applicationId, slotId, fromSlotId, at, by) {
      await transact(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName,
                Key: slotKey(vacancy, slotId),
                UpdateExpression: 'SET bookedBy = :app',
                ConditionExpression: '#status = :open AND attribute_not_exists(bookedBy)',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':app': applicationId, ':open': 'open' },
              },
            },
            {
              Update: {
                TableName: tableName,
                Key: invitationKey(vacancy, applicationId),
                UpdateExpression: 'SET slotId = :slot, bookedAt = :at, bookedBy = :by',
                ConditionExpression: fromSlotId ? 'slotId = :from' : 'attribute_exists(pk) AND attribute_not_exists(slotId)',
                ExpressionAttributeValues: { ':slot': slotId, ':at': at, ':by': by, ...(fromSlotId ? { ':from': fromSlotId } : {}) },
              },
            },
            ...(fromSlotId
              ? [
                  {
                    Update: {
                      TableName: tableName,
                      Key: slotKey(vacancy, fromSlotId),
                      UpdateExpression: 'REMOVE bookedBy',
                      ConditionExpression: 'bookedBy = :app',
                      ExpressionAttributeValues: { ':app': applicationId },
                    },
                  },
                ]
              : []),
          ],
        }),
      );
    },
  };
};
