import type { APIGatewayProxyResult } from 'aws-lambda';
import type { FieldIssue } from '#shared/errors.js';

export const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldIssue[];
  /** Why a document was refused (`/problems/document-rejected`). */
  reason?: string;
  /** The row as stored now, with a stale edit's 409. */
  current?: unknown;
  /** With an offer's 409 on a full vacancy: its posts, and the offers outstanding plus appointments holding them. */
  posts?: number;
  held?: number;
}

export const problem = (body: Problem, headers: Record<string, string> = {}): APIGatewayProxyResult => ({
  statusCode: body.status,
  headers: { 'Content-Type': 'application/problem+json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});
