import { isTransactionConflict } from '../dependency-failure.js';

const ATTEMPTS = 3;

/**
 * DynamoDB cancels a transaction that meets another one on the same item in flight
 * (TransactionConflict: seen on AWS, never on DynamoDB Local) and writes nothing. The SDK does
 * not retry it; left alone, the loser of a simultaneous edit or same-key submit would get a 503
 * where it should get its 409 or its replay. A retry after a short random pause meets the
 * winner committed, and the conditions then answer as they should.
 */
export const retryingTransactionConflicts = async <T>(write: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!isTransactionConflict(error) || attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80 * attempt));
    }
  }
};
