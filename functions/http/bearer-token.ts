import type { APIGatewayProxyEvent } from 'aws-lambda';
import { headerValue } from './headers.js';

/** The token of an `Authorization: Bearer <token>` header. */
export const bearerToken = (event: Pick<APIGatewayProxyEvent, 'headers'>): string | undefined =>
  /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(headerValue(event, 'authorization') ?? '')?.[1];
