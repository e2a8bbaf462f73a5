import { describe, expect, it } from 'vitest';
import { ConfigurationError, readConfig, variablesFor } from '#functions/config.js';

const complete = {
  STAGE: 'dev',
  TABLE_NAME: 'secondment-hub-dev',
  DOCUMENTS_BUCKET: 'secondment-hub-dev-documents',
  EMAIL_FROM: 'recruitment@hub.example',
  LOG_LEVEL: 'warn',
};

describe('readConfig', () => {
  it('throws a ConfigurationError naming a missing variable', () => {
    const { TABLE_NAME: _missing, ...env } = complete;

    const read = () => readConfig(['STAGE', 'TABLE_NAME'], env);

    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(/TABLE_NAME/);
  });

  it('names a variable whose value is wrong', () => {
    expect(() => readConfig(['STAGE'], { ...complete, STAGE: 'qa' })).toThrow(/STAGE/);
    expect(() => readConfig(['EMAIL_FROM'], { ...complete, EMAIL_FROM: 'recruitment' })).toThrow(/EMAIL_FROM/);
  });

  it('does not complain about a variable it was not asked for', () => {
    expect(readConfig(['STAGE'], { STAGE: 'prod' })).toEqual({ STAGE: 'prod' });
  });

  it('answers exactly the variables asked for', () => {
    expect(readConfig(['STAGE', 'TABLE_NAME'], complete)).toEqual({ STAGE: 'dev', TABLE_NAME: 'secondment-hub-dev' });
  });

  it('defaults LOG_LEVEL to info', () => {
    expect(readConfig(['LOG_LEVEL'], {})).toEqual({ LOG_LEVEL: 'info' });
  });
});

describe('variablesFor', () => {
  it('gives a table-reading function exactly STAGE, LOG_LEVEL, the organisation profile and TABLE_NAME', () => {
    expect(variablesFor({ table: 'read' })).toEqual(['STAGE', 'LOG_LEVEL', 'ORGANISATION_PROFILE', 'TABLE_NAME']);
  });

  it('gives a function that touches nothing only STAGE, LOG_LEVEL and the organisation profile', () => {
    expect(variablesFor({})).toEqual(['STAGE', 'LOG_LEVEL', 'ORGANISATION_PROFILE']);
  });

  it("gives a sending unit's functions its forces too", () => {
    expect(variablesFor({}, 'sending')).toEqual(['STAGE', 'LOG_LEVEL', 'ORGANISATION_PROFILE', 'RELEASING_FORCES']);
  });

  it('adds the bucket for documents, and the sender, its configuration set and the site for the links in emails', () => {
    expect(variablesFor({ documents: 'write', email: true })).toEqual([
      'STAGE',
      'LOG_LEVEL',
      'ORGANISATION_PROFILE',
      'DOCUMENTS_BUCKET',
      'EMAIL_FROM',
      'EMAIL_CONFIGURATION_SET',
      'PUBLIC_BASE_URL',
    ]);
  });

  it("adds each job setting's variables", () => {
    expect(variablesFor({ settings: ['reminders', 'hrDigest', 'retention', 'calendar'] })).toEqual([
      'STAGE',
      'LOG_LEVEL',
      'ORGANISATION_PROFILE',
      'REMINDER_OFFSETS_DAYS',
      'HR_DIGEST_RECIPIENTS',
      'RETENTION_UNSUCCESSFUL_DAYS',
      'RETENTION_APPOINTED_DAYS',
      'RETENTION_SECONDMENT_DAYS',
      'ORGANISATION_TIME_ZONE',
    ]);
  });
});
