import type { Secondment } from '#shared/secondments/secondment.js';
import type { SecondmentAuditEntry } from '#shared/secondments/store.js';
import { tableDesign } from './table-design.js';

/*
 * A secondment's items in the table (docs/data-model.md, "Secondments"): the secondment, its audit
 * entries, and its application's one-per-application guard, as the secondment store writes them.
 */

const { byStatus, byCountry } = tableDesign.indexes;

export const secondmentKey = (id: string) => ({ pk: `SECONDMENT#${id}`, sk: 'SECONDMENT' });

/** The guard an application holds once it became a secondment: it names the secondment (in its own partition, apart from the application's items). */
export const secondmentGuardKey = (applicationId: string) => ({ pk: `SECONDMENT_OF#${applicationId}`, sk: 'SECONDMENT_OF' });

/** byStatus: every secondment with no end recorded in one partition, by its last day (the ending notices, the roster); ended ones in another. */
export const NOT_ENDED_PARTITION = 'SECONDMENT_STATE#not-ended';
export const ENDED_PARTITION = 'SECONDMENT_STATE#ended';
/** byCountry: one home administration country's secondments, by last day (the NCB's own officers). */
export const secondmentCountryPartition = (country: string) => `SECONDMENT_COUNTRY#${country}`;

export const secondmentItem = (secondment: Secondment) => {
  const lastDay = secondment.ended?.lastDay ?? secondment.lastDay;
  return {
    ...secondmentKey(secondment.id),
    [byStatus.partitionKey]: secondment.ended ? ENDED_PARTITION : NOT_ENDED_PARTITION,
    [byStatus.sortKey]: `${lastDay}#${secondment.id}`,
    [byCountry.partitionKey]: secondmentCountryPartition(secondment.homeAdministrationCountry),
    [byCountry.sortKey]: `${lastDay}#${secondment.id}`,
    entity: 'secondment',
    ...secondment,
  };
};

export const secondmentGuardItem = (secondment: Pick<Secondment, 'id' | 'applicationId'>) => ({
  ...secondmentGuardKey(secondment.applicationId),
  entity: 'secondment-guard',
  secondmentId: secondment.id,
});

export const secondmentAuditItem = (id: string, version: number, entry: SecondmentAuditEntry) => ({
  pk: `SECONDMENT#${id}`,
  sk: `AUDIT#${entry.at}#${String(version).padStart(6, '0')}`,
  entity: 'secondment-audit',
  ...entry,
});

const SECONDMENT_FIELDS = [
  'id',
  'applicationId',
  'vacancy',
  'officer',
  'nationality',
  'homeAdministration',
  'homeAdministrationCountry',
  'unit',
  'dutyStation',
  'timeZone',
  'grade',
  'type',
  'firstDay',
  'lastDay',
  'expatriationAllowance',
  'documents',
  'extensions',
  'ended',
  'createdAt',
  'createdBy',
  'updatedAt',
  'version',
] as const satisfies ReadonlyArray<keyof Secondment>;

/** An item back to a secondment: its own fields only, no keys. */
export const secondmentFromItem = (item: Record<string, unknown>): Secondment =>
  Object.fromEntries(SECONDMENT_FIELDS.filter((field) => item[field] !== undefined).map((field) => [field, item[field]])) as unknown as Secondment;

const AUDIT_FIELDS = ['at', 'by', 'action', 'changes'] as const;
export const secondmentAuditFromItem = (item: Record<string, unknown>): SecondmentAuditEntry =>
  Object.fromEntries(AUDIT_FIELDS.map((field) => [field, item[field]])) as unknown as SecondmentAuditEntry;
