import { Token, Tokenization } from 'aws-cdk-lib';

/** Lambda's limit on one function's environment variables, all of them together: 4 KB. */
export const LAMBDA_ENVIRONMENT_LIMIT = 4096;

/**
 * What a value unknown at synth (a Ref or GetAtt: the table's name, the bucket's domain) may come
 * to at deploy: counted as the longest resource name it could be (a DynamoDB table's, 255), so a
 * stack that passes here cannot fail Lambda's check at deploy.
 */
export const UNRESOLVED_VALUE_BYTES = 255;

const valueAtMost = (value: string): string =>
  Token.isUnresolved(value)
    ? Tokenization.reverseString(value)
        .mapTokens({ mapToken: () => 'x'.repeat(UNRESOLVED_VALUE_BYTES) })
        .join({ join: (left, right) => `${String(left)}${String(right)}` })
    : value;

/**
 * The most bytes a function's variables can take once deployed, counted as their JSON map
 * (names, values, quotes and separators): the larger reading of Lambda's "4 KB", which AWS does
 * not spell out, so that the check errs on the safe side.
 */
export const environmentBytes = (variables: Readonly<Record<string, string>>): number =>
  Buffer.byteLength(JSON.stringify(Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, valueAtMost(value)]))));

/**
 * Why a function's variables would not fit, naming the largest (a sending stage's forces, say)
 * and where to shorten it; empty when they fit.
 */
export const environmentSizeProblems = (functionPath: string, variables: Readonly<Record<string, string>>): string[] => {
  const bytes = environmentBytes(variables);
  if (bytes <= LAMBDA_ENVIRONMENT_LIMIT) return [];
  const [largest] = Object.entries(variables).sort(([, a], [, b]) => valueAtMost(b).length - valueAtMost(a).length);
  const where =
    largest?.[0] === 'RELEASING_FORCES'
      ? " List fewer forces, or shorter ids and names, in the stage's organisation.forces (infra/aws/stages.ts)."
      : '';
  return [
    `${functionPath}: its environment variables would take up to ${bytes} bytes, over Lambda's limit of ${LAMBDA_ENVIRONMENT_LIMIT}; the largest is ${largest?.[0] ?? '?'} (${valueAtMost(largest?.[1] ?? '').length} characters).${where}`,
  ];
};
