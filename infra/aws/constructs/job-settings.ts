import type { ConfigName } from '#functions/config.js';
import type { Uses } from '#functions/routes.js';
import type { StageConfig } from '../stages.js';

type Setting = NonNullable<Uses['settings']>[number];

/**
 * The environment each per-stage job setting is carried in, written as functions/config.ts reads
 * it back (comma-separated lists, whole days), so a job gets the stage's values and no other's.
 */
export const settingVariables = (stage: StageConfig): Record<Setting, Partial<Record<ConfigName, string>>> => ({
  reminders: { REMINDER_OFFSETS_DAYS: stage.jobs.reminderOffsetsDays.join(',') },
  hrDigest: { HR_DIGEST_RECIPIENTS: stage.jobs.hrDigestRecipients.join(',') },
  retention: {
    RETENTION_UNSUCCESSFUL_DAYS: String(stage.jobs.retention.unsuccessfulDays),
    RETENTION_APPOINTED_DAYS: String(stage.jobs.retention.appointedDays),
    RETENTION_SECONDMENT_DAYS: String(stage.jobs.retention.secondmentDays),
  },
  calendar: { ORGANISATION_TIME_ZONE: stage.timeZone },
  sending: { CIRCULAR_SEND_RATE_PER_SECOND: String(stage.email.sendRatePerSecond) },
  proposals: { PROPOSAL_OPEN_DAYS: String(stage.jobs.proposalOpenDays) },
  offers: { OFFER_ANSWER_DAYS: String(stage.jobs.offerAnswerDays) },
  letters: { LETTERS_AUTOMATIC_FROM: stage.jobs.lettersAutomaticFrom },
  endings: { ENDING_NOTICE_MONTHS: stage.jobs.endingNoticeMonths.join(',') },
});
