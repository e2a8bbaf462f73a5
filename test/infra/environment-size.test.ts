import { Token } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { environmentBytes, environmentSizeProblems, LAMBDA_ENVIRONMENT_LIMIT, UNRESOLVED_VALUE_BYTES } from '#infra/aws/constructs/environment-size.js';

describe("the check of a function's variables against Lambda's 4 KB", () => {
  it('counts names, values and the JSON around them, in UTF-8 bytes', () => {
    const bytes = environmentBytes({ STAGE: 'dev', RELEASING_FORCES: 'met=Metropolitan Police Service;gendarmerie=Gendarmerie nationale é' });

    expect(bytes).toBe(Buffer.byteLength(JSON.stringify({ STAGE: 'dev', RELEASING_FORCES: 'met=Metropolitan Police Service;gendarmerie=Gendarmerie nationale é' })));
  });

  it('counts a value known only at deploy at its longest, inside a string too', () => {
    const table = Token.asString({ Ref: 'Table' });
    const origin = `https://${Token.asString({ 'Fn::GetAtt': ['Bucket', 'RegionalDomainName'] })}`;

    const bytes = environmentBytes({ TABLE_NAME: table, DOCUMENTS_UPLOAD_ORIGIN: origin });

    expect(bytes).toBe(JSON.stringify({ TABLE_NAME: '', DOCUMENTS_UPLOAD_ORIGIN: 'https://' }).length + 2 * UNRESOLVED_VALUE_BYTES);
  });

  it('finds nothing to say of variables that fit, up to exactly 4096 bytes', () => {
    const padding = LAMBDA_ENVIRONMENT_LIMIT - JSON.stringify({ A: '' }).length;

    expect(environmentSizeProblems('Stack/Fn', { A: 'x'.repeat(padding) })).toEqual([]);
    expect(environmentSizeProblems('Stack/Fn', { A: 'x'.repeat(padding + 1) })).toHaveLength(1);
  });

  it('names the function, its size and the largest variable, and where to shorten the forces', () => {
    const problems = environmentSizeProblems('SecondmentHub-dev/submit', { STAGE: 'dev', RELEASING_FORCES: 'f=F;'.repeat(1100) });

    expect(problems).toEqual([
      "SecondmentHub-dev/submit: its environment variables would take up to 4437 bytes, over Lambda's limit of 4096; the largest is RELEASING_FORCES (4400 characters). List fewer forces, or shorter ids and names, in the stage's organisation.forces (infra/aws/stages.ts).",
    ]);
  });
});
