/**
 * The circulars capability's messages in English (shared/circulars/ and its pages and emails), kept in a
 * file of their own so that the capability's messages change beside its code. Part of the English
 * catalogue (../en.ts spreads it); the key's prefix decides which surfaces say it (../surfaces.ts).
 */
export const en = {} as const satisfies Record<string, string>;

export type CircularKey = keyof typeof en;

/** The circulars messages of one language: every English key. */
export type CircularCatalogue = Readonly<Record<CircularKey, string>>;
