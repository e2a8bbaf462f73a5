import type { NcbContact } from './contact.js';

/** One line of a contact's history: who changed the address, when, from what to what. */
export interface NcbContactAuditEntry {
  at: string;
  by: string;
  country: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** Where NCB contacts live; the DynamoDB implementation is functions/adapters/dynamodb/ncb-contacts.ts. */
export interface NcbContactStore {
  /** Every country's contact, by country code (one Query). */
  list(): Promise<NcbContact[]>;
  /** The contacts of these countries only, by country code: what a digest reads for the countries it reports on. */
  getMany(countries: readonly string[]): Promise<Map<string, NcbContact>>;
  /**
   * Writes `contact` with its audit entry in one transaction, provided the stored contact is still
   * the one read (`expectedUpdatedAt`, or none): false when someone else wrote meanwhile.
   */
  save(contact: NcbContact, audit: NcbContactAuditEntry, expectedUpdatedAt: string | undefined): Promise<boolean>;
  /** Writes contacts without history: demo data only. */
  seed(contacts: readonly NcbContact[]): Promise<void>;
}
