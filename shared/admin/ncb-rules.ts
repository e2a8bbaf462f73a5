/**
 * The NCB's validation stands for the equivalent of Basic security screening (DESIGN.md), so a
 * validation must attest it; a decline may come without it. The reason when broken, else undefined.
 */
export const screeningRuleBroken = (decision: { decision: 'validated' | 'declined'; screeningAttested: boolean }): string | undefined =>
  decision.decision === 'validated' && !decision.screeningAttested
    ? 'A validation attests that the equivalent of Basic security screening was done: set screeningAttested to true, or decline.'
    : undefined;
