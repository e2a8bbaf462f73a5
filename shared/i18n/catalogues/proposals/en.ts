/**
 * The proposals capability's messages in English (shared/proposals/ and its pages and emails), kept in a
 * file of their own so that the capability's messages change beside its code. Part of the English
 * catalogue (../en.ts spreads it); the key's prefix decides which surfaces say it (../surfaces.ts).
 */
export const en = {} as const satisfies Record<string, string>;

export type ProposalKey = keyof typeof en;

/** The proposals messages of one language: every English key. */
export type ProposalCatalogue = Readonly<Record<ProposalKey, string>>;
