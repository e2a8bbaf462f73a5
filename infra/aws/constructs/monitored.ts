import { Stack } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { HubFunction } from './hub-function.js';

/** What operations watch, found in the stack's tree, so nothing is listed twice. */
export interface Monitored {
  /** Every function of the stack: one per grant set of the routes, one per job, the SES feedback function. */
  functions: HubFunction[];
  /** Every dead-letter queue, by the construct that owns it (a schedule, the SES feedback). */
  deadLetterQueues: Array<{ owner: string; queue: Queue }>;
}

const deadLetterQueueOf = (construct: IConstruct): Queue | undefined => {
  const candidate = (construct as { deadLetterQueue?: unknown }).deadLetterQueue;
  return candidate instanceof Queue ? candidate : undefined;
};

/**
 * The functions and dead-letter queues created so far in the stack of `scope`: call it after
 * everything else, so a new route, job or queue is watched without an edit here.
 */
export const monitoredIn = (scope: IConstruct): Monitored => {
  const all = Stack.of(scope).node.findAll();
  return {
    functions: all.filter((construct): construct is HubFunction => construct instanceof HubFunction),
    deadLetterQueues: all.flatMap((construct) => {
      const queue = deadLetterQueueOf(construct);
      return queue ? [{ owner: construct.node.id, queue }] : [];
    }),
  };
};
