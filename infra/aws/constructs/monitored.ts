import { Stack } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { HubFunction } from './hub-function.js';

/** What operations watch, found in the stack's tree, so nothing is listed twice. */
export interface Monitored {
  /** Every function of the stack: one per grant set of the routes, one per job, the SES feedback function. */
  functions: HubFunction[];
  /** Every dead-letter queue, once, by the construct that made it (the jobs, the SES feedback). */
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
    // A queue several constructs use (the jobs' one) is watched once, named after where it was made.
    deadLetterQueues: [...new Set(all.flatMap((construct) => deadLetterQueueOf(construct) ?? []))].map((queue) => ({
      owner: queue.node.scope?.node.id ?? queue.node.id,
      queue,
    })),
  };
};
