type SdkError = Error & { $retryable?: unknown; code?: string; CancellationReasons?: Array<{ Code?: string }> };

/**
 * DynamoDB cancels a transaction that races another on the same item (TransactionConflict, seen
 * on AWS, never on DynamoDB Local): nothing was written, and a retry will likely pass, unless a
 * condition of it failed too, which is the answer.
 */
export const isTransactionConflict = (error: unknown): boolean => {
  // A single write (UpdateItem) that meets a transaction in flight on its item fails as this.
  if (error instanceof Error && error.name === 'TransactionConflictException') return true;
  const reasons = error instanceof Error && error.name === 'TransactionCanceledException' ? ((error as SdkError).CancellationReasons ?? []) : [];
  return reasons.some((reason) => reason.Code === 'TransactionConflict') && !reasons.some((reason) => reason.Code === 'ConditionalCheckFailed');
};

/**
 * AWS SDK errors that mean "a dependency is down or throttling": nothing the caller did wrong,
 * and safe to retry. An API answers them 503 (functions/http/middleware/problem-errors.ts); a
 * job run that met one is marked so (functions/jobs/job-handler.ts).
 */
export const isTransientDependencyFailure = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const sdk = error as SdkError;
  return (
    sdk.$retryable !== undefined ||
    isTransactionConflict(sdk) ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(sdk.code ?? '') ||
    ['TimeoutError', 'ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded', 'ServiceUnavailable', 'InternalServerError'].includes(
      sdk.name,
    )
  );
};
