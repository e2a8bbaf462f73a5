import { describe, expect, it } from 'vitest';
import { bulkEditSchema } from '#shared/admin/application-edit.js';
import { applicationListQuerySchema } from '#shared/admin/application-row.js';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import { vacancyVersion } from '#shared/vacancies/edit-schema.js';

const messages = (result: { error?: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

/**
 * zod/mini loads no messages of its own: shared/zod.ts gives it zod's English ones, which the API
 * answered with the full API. Without them each of these would read "Invalid input".
 */
describe("the schemas' default messages (shared/zod.ts)", () => {
  it('says what type was expected and what came', () => {
    expect(messages(vacancyVersion.safeParse('1'))).toEqual([': Invalid input: expected number, received string']);
    expect(messages(applicationSubmissionSchema.safeParse({}))?.[0]).toBe('vacancy: Invalid input: expected string, received undefined');
  });

  it('says the bound a number or a string is under', () => {
    expect(messages(applicationListQuerySchema.safeParse({ limit: '0' }))).toEqual(['limit: Too small: expected number to be >=1']);
    expect(messages(bulkEditSchema.safeParse({ rows: [{ id: '', version: 1 }], changes: { status: 'submitted' } }))).toEqual([
      'rows.0.id: Too small: expected string to have >=1 characters',
    ]);
  });

  it('lists the options of an enum', () => {
    expect(messages(applicationListQuerySchema.safeParse({ status: 'hired' }))).toEqual([
      'status: Invalid option: expected one of "submitted"|"screening"|"shortlisted"|"tested"|"interviewed"|"offered"|"appointed"|"rejected"|"withdrawn"',
    ]);
  });
});
