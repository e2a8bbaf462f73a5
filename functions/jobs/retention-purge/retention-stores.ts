import type { InterviewPurgeStore } from '#shared/retention/interviews.js';
import type { ProposalPurgeStore } from '#shared/retention/proposals.js';
import type { SelectionPurgeStore } from '#shared/retention/selection.js';
import type { WrittenTestPurgeStore } from '#shared/retention/written-tests.js';
import type { DocumentPurge, RetentionStore } from '#shared/retention/store.js';
import type { SecondmentDocumentHolds, SecondmentPurgeStore } from '#shared/retention/secondments.js';
import type { UnconfirmedStore } from '#shared/retention/unconfirmed.js';
import { dynamoInterviewPurge } from '../../adapters/dynamodb/interview-purge.js';
import { dynamoProposalPurge } from '../../adapters/dynamodb/proposal-purge.js';
import { dynamoRetentionStore, dynamoUnconfirmedStore } from '../../adapters/dynamodb/retention-store.js';
import { dynamoSecondmentDocumentHolds, dynamoSecondmentPurge } from '../../adapters/dynamodb/secondment-purge.js';
import { dynamoSelectionPurge } from '../../adapters/dynamodb/selection-purge.js';
import { dynamoWrittenTestPurge } from '../../adapters/dynamodb/written-test-purge.js';
import { createS3Client } from '../../adapters/s3/client.js';
import { s3DocumentPurge } from '../../adapters/s3/document-purge.js';
import { readConfig } from '../../config.js';
import { tableClient } from '../../stores/table-client.js';

let stores:
  | {
      retention: RetentionStore;
      unconfirmed: UnconfirmedStore;
      proposals: ProposalPurgeStore;
      selection: SelectionPurgeStore;
      interviews: InterviewPurgeStore;
      writtenTests: WrittenTestPurgeStore;
      secondments: SecondmentPurgeStore;
      secondmentDocuments: SecondmentDocumentHolds;
      documents: DocumentPurge;
    }
  | undefined;

/** The purge's own stores: its table items and the documents bucket; built once per container. */
export const retentionStores = () => {
  if (!stores) {
    const { DOCUMENTS_BUCKET, S3_FORCE_PATH_STYLE } = readConfig(['DOCUMENTS_BUCKET', 'S3_FORCE_PATH_STYLE']);
    const { client, tableName } = tableClient();
    stores = {
      retention: dynamoRetentionStore(client, tableName),
      unconfirmed: dynamoUnconfirmedStore(client, tableName),
      proposals: dynamoProposalPurge(client, tableName),
      selection: dynamoSelectionPurge(client, tableName),
      interviews: dynamoInterviewPurge(client, tableName),
      writtenTests: dynamoWrittenTestPurge(client, tableName),
      secondments: dynamoSecondmentPurge(client, tableName),
      secondmentDocuments: dynamoSecondmentDocumentHolds(client, tableName),
      documents: s3DocumentPurge(createS3Client({ forcePathStyle: S3_FORCE_PATH_STYLE }), DOCUMENTS_BUCKET),
    };
  }
  return stores;
};
