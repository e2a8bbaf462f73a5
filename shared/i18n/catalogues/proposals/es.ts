import type { ProposalCatalogue } from './en.js';

/** The proposals messages in this language: part of its catalogue. */
export const es: ProposalCatalogue = {};
