import type { DeliveryDependencies } from '#shared/proposals/deliver.js';
import { ncbContactStore } from '../stores/ncb-contact-store.js';
import { readConfig } from '../config.js';
import { emailStores } from '../stores/email-stores.js';
import { vacancyStore } from '../stores/vacancy-store.js';
import { proposalStore } from './proposal-stores.js';

let stores: DeliveryDependencies | undefined;

/** What sends a proposal's owed email (the move's request at once, the expiry job later): built once per container. */
export const deliveryStores = (): DeliveryDependencies => {
  if (!stores) {
    const { PUBLIC_BASE_URL } = readConfig(['PUBLIC_BASE_URL']);
    stores = { proposals: proposalStore(), vacancies: vacancyStore(), contacts: ncbContactStore(), email: emailStores(), publicBaseUrl: PUBLIC_BASE_URL };
  }
  return stores;
};
