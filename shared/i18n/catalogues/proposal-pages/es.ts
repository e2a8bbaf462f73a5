import type { ProposalPageCatalogue } from './en.js';

/** The proposal pages' messages in this language: part of its catalogue. */
export const es: ProposalPageCatalogue = {};
