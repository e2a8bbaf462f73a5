import type { APIGatewayProxyEvent } from 'aws-lambda';
import { idempotencyKeySchema } from '#shared/applications/submit.js';
import { ValidationFailed } from '#shared/errors.js';
import { headerValue } from '../http/headers.js';

/** The request's Idempotency-Key, checked as POST /applications checks it; undefined when it sends none. */
export const idempotencyKeyOf = (event: Pick<APIGatewayProxyEvent, 'headers'>): string | undefined => {
  const raw = headerValue(event, 'idempotency-key');
  if (raw === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(raw);
  if (!parsed.success) throw new ValidationFailed([{ path: 'headers.Idempotency-Key', message: parsed.error.issues[0]?.message ?? 'Invalid.' }]);
  return parsed.data;
};
