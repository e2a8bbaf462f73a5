/**
 * The staff page's words for short-term secondment proposals (the NCB's proposal form and list,
 * HR's proposals tab), in English, kept beside the capability's other messages (../proposals/).
 * Part of the English catalogue (../en.ts spreads it).
 */
export const en = {} as const satisfies Record<string, string>;

export type ProposalPageKey = keyof typeof en;

/** The proposal pages' messages of one language: every English key. */
export type ProposalPageCatalogue = Readonly<Record<ProposalPageKey, string>>;
