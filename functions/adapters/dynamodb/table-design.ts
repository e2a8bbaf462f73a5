/**
 * The one DynamoDB table, as data: the CDK app and the local stack both create it from this, and
 * the stores name its indexes from here. docs/data-model.md explains every access pattern.
 */
export interface IndexDesign {
  name: string;
  partitionKey: string;
  sortKey: string;
}

export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; idempotency and claim records expire through DynamoDB TTL. */
  timeToLiveAttribute: 'expiresAt',
  indexes: {
    /** Vacancies by status and deadline; a vacancy's applications by status and submission time. */
    byStatus: { name: 'byStatus', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** An NCB's nationals: applications by country, then vacancy and status. */
    byCountry: { name: 'byCountry', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    /** A vacancy's applications in submission order: digests since a watermark. */
    bySubmission: { name: 'bySubmission', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    /** Sparse: only active applications still missing a document or NCB validation, by deadline. */
    incomplete: { name: 'incomplete', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
  },
} as const satisfies {
  partitionKey: string;
  sortKey: string;
  timeToLiveAttribute: string;
  indexes: Record<string, IndexDesign>;
};

export const indexList: IndexDesign[] = Object.values(tableDesign.indexes);

const keySchema = (partitionKey: string, sortKey: string) => [
  { AttributeName: partitionKey, KeyType: 'HASH' as const },
  { AttributeName: sortKey, KeyType: 'RANGE' as const },
];

/**
 * The design in the shape DynamoDB's CreateTable (and CloudFormation's AWS::DynamoDB::Table)
 * spells it: the local stack creates the table from this, and the CDK test holds the
 * synthesized table to it, so both runtimes get the same keys and indexes.
 */
export const tableDefinition = {
  AttributeDefinitions: [
    ...new Set([tableDesign.partitionKey, tableDesign.sortKey, ...indexList.flatMap((index) => [index.partitionKey, index.sortKey])]),
  ].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
  KeySchema: keySchema(tableDesign.partitionKey, tableDesign.sortKey),
  GlobalSecondaryIndexes: indexList.map((index) => ({
    IndexName: index.name,
    KeySchema: keySchema(index.partitionKey, index.sortKey),
    Projection: { ProjectionType: 'ALL' as const },
  })),
};
