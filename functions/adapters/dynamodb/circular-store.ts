import { comparableAddress } from '#shared/email/address.js';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isLanguage } from '#shared/i18n/languages.js';
import type { CircularBounceRecorder, CircularEdition, CircularSend, CircularSendKey, CircularState, CircularStore } from '#shared/circulars/store.js';
import { AFTER_SEND_PATIENCE_MS, recordAfterSend } from './after-send.js';
import { queryAll } from './query-all.js';
import { tableDesign } from './table-design.js';

/**
 * A vacancy's circular as one item collection (docs/data-model.md, the circular): its editions in
 * `STATE`, one item per edition and country under `SEND#<edition>#<country>`, read together by one
 * Query. The edition is zero-padded so that the sends sort by edition.
 */
const partition = (number: string) => `CIRCULAR#${number}`;
const STATE = 'STATE';
const sendKey = ({ number, edition, country }: CircularSendKey) => ({ pk: partition(number), sk: `SEND#${String(edition).padStart(4, '0')}#${country}` });

/**
 * A sent circular's SES message id, pointing at its send: the SES feedback function finds the send a
 * bounce names by it (a GetItem, where the send's own key holds no message id).
 */
const messageKey = (messageId: string) => ({ pk: `CIRCULAR-MESSAGE#${messageId}`, sk: 'CIRCULAR-MESSAGE' });

/**
 * How long the pointer is kept: SES reports a bounce within days of the send (it retries a soft one
 * for hours), so after 30 days none will come and the table's TTL removes the pointer.
 */
export const MESSAGE_POINTER_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** The address as the claim compares it: a change of case is not a new address. */
const addressKey = comparableAddress;

const isConditionFailure = (error: unknown) => error instanceof ConditionalCheckFailedException;

const sendFrom = (item: Record<string, unknown>): CircularSend => ({
  number: String(item.number),
  edition: Number(item.edition),
  country: String(item.country),
  state: item.state === 'sent' ? 'sent' : 'pending',
  address: String(item.address),
  claimedAt: String(item.claimedAt),
  ...(typeof item.leaseUntil === 'string' ? { leaseUntil: item.leaseUntil } : {}),
  ...(typeof item.sentAt === 'string' ? { sentAt: item.sentAt } : {}),
  ...(typeof item.messageId === 'string' ? { messageId: item.messageId } : {}),
  // Absent from sends recorded before: their bounces are matched by address (shared/circulars/counts.ts).
  ...(item.bouncesByMessage === true ? { bouncesByMessage: true as const } : {}),
  ...(typeof item.bouncedAt === 'string' ? { bouncedAt: item.bouncedAt } : {}),
  ...(isLanguage(item.language) ? { language: item.language } : {}),
  ackTokenHash: String(item.ackTokenHash),
  ackExpiresAt: String(item.ackExpiresAt),
  ...(typeof item.acknowledgedAt === 'string' ? { acknowledgedAt: item.acknowledgedAt } : {}),
});

export const dynamoCirculars = (
  client: DynamoDBDocumentClient,
  tableName: string,
  /** How long a sent mark outlasts a table outage (tests shorten it). */
  { patienceMs = AFTER_SEND_PATIENCE_MS }: { patienceMs?: number } = {},
): CircularStore => ({
  async get(number) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: { pk: partition(number), sk: STATE }, ConsistentRead: true }));
    if (!Item) return undefined;
    return { number, editions: (Item.editions as CircularEdition[] | undefined) ?? [] } satisfies CircularState;
  },

  async addEdition(number, edition, expectedEditions) {
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: partition(number), sk: STATE },
          UpdateExpression: 'SET entity = :entity, #number = :number, editions = list_append(if_not_exists(editions, :none), :edition), editionCount = :count',
          // The number of editions read: a second run that read the same adds none.
          ConditionExpression: expectedEditions === 0 ? 'attribute_not_exists(pk)' : 'editionCount = :expected',
          ExpressionAttributeNames: { '#number': 'number' },
          ExpressionAttributeValues: {
            ':entity': 'circular',
            ':number': number,
            ':none': [],
            ':edition': [edition],
            ':count': expectedEditions + 1,
            ...(expectedEditions === 0 ? {} : { ':expected': expectedEditions }),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  },

  async completeEdition(number, edition, at) {
    // The editions are appended in order from 1, so edition n sits at index n - 1.
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: partition(number), sk: STATE },
        UpdateExpression: `SET editions[${edition - 1}].completedAt = :at`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':at': at.toISOString() },
      }),
    );
  },

  async sends(number) {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :send)',
      ExpressionAttributeValues: { ':pk': partition(number), ':send': 'SEND#' },
      ConsistentRead: true,
    });
    return items.map(sendFrom);
  },

  async claim(send) {
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...sendKey(send), entity: 'circular-send', ...send, addressKey: addressKey(send.address) },
          // Free, pending under a lease that ran out (its sender died before marking it), or sent to
          // an address the contact no longer has (compared as the job compares them, lower case) and
          // not acknowledged: an acknowledged send is never replaced, nor its acknowledgement lost.
          ConditionExpression:
            'attribute_not_exists(pk) OR (#state = :pending AND leaseUntil < :now) OR (#state = :sent AND addressKey <> :addressKey AND attribute_not_exists(acknowledgedAt))',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':pending': 'pending', ':sent': 'sent', ':now': send.claimedAt, ':addressKey': addressKey(send.address) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  },

  async markSent(key, at, messageId) {
    // The mark and the message id's pointer together: a bounce of this message then finds its send.
    const write = new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: tableName,
            Key: sendKey(key),
            UpdateExpression: 'SET #state = :sent, sentAt = :at, messageId = :messageId, bouncesByMessage = :true REMOVE leaseUntil',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':sent': 'sent', ':at': at.toISOString(), ':messageId': messageId, ':true': true },
          },
        },
        {
          Put: {
            TableName: tableName,
            Item: {
              ...messageKey(messageId),
              entity: 'circular-message',
              number: key.number,
              edition: key.edition,
              country: key.country,
              [tableDesign.timeToLiveAttribute]: Math.floor((at.getTime() + MESSAGE_POINTER_LIFETIME_MS) / 1000),
            },
          },
        },
      ],
    });
    await recordAfterSend(() => client.send(write), { patienceMs });
  },

  async release(key) {
    await client.send(
      new DeleteCommand({
        TableName: tableName,
        Key: sendKey(key),
        // Never a send that went.
        ConditionExpression: '#state = :pending',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':pending': 'pending' },
      }),
    ).catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
  },

  async acknowledge(key, at) {
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: sendKey(key),
          UpdateExpression: 'SET acknowledgedAt = :at',
          ConditionExpression: '#state = :sent AND attribute_not_exists(acknowledgedAt)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sent': 'sent', ':at': at.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  },

  async getSend(key) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: sendKey(key), ConsistentRead: true }));
    return Item ? sendFrom(Item) : undefined;
  },

  async countrySends(numbers, country) {
    // How many editions each vacancy has, then the country's send of each: a GetItem apiece (an NCB
    // sees some tens of vacancies of a few editions), where a Query would read every country's sends.
    const editionCounts = await Promise.all(
      numbers.map(async (number) => {
        const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: { pk: partition(number), sk: STATE }, ProjectionExpression: 'editionCount', ConsistentRead: true }));
        return { number, editions: Number(Item?.editionCount ?? 0) };
      }),
    );
    const keys = editionCounts.flatMap(({ number, editions }) => Array.from({ length: editions }, (_, index) => ({ number, edition: index + 1, country })));
    const sends = await Promise.all(keys.map(async (key) => (await client.send(new GetCommand({ TableName: tableName, Key: sendKey(key), ConsistentRead: true }))).Item));
    return sends.filter((item): item is Record<string, unknown> => item !== undefined).map(sendFrom);
  },
});

/** The SES feedback function's side of the circular: a bounce recorded on the send whose message it names. */
export const dynamoCircularBounceRecorder = (client: DynamoDBDocumentClient, tableName: string): CircularBounceRecorder => ({
  async recordBounce(messageId, at) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: messageKey(messageId) }));
    if (!Item) return false;
    const key = { number: String(Item.number), edition: Number(Item.edition), country: String(Item.country) };
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: sendKey(key),
        // The first bounce's time stays: SES may report one message twice.
        UpdateExpression: 'SET bouncedAt = if_not_exists(bouncedAt, :at)',
        // Still this message's send: one sent again to a new address since is not the one that bounced.
        ConditionExpression: 'messageId = :messageId',
        ExpressionAttributeValues: { ':at': at.toISOString(), ':messageId': messageId },
      }),
    ).catch((error: unknown) => {
      // The send was replaced meanwhile (its contact's address changed): nothing of this message is left to mark.
      if (!isConditionFailure(error)) throw error;
    });
    return true;
  },
});
