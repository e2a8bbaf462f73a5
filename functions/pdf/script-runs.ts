/**
 * A line of text cut into runs of one script each, so that each run is drawn with the font that
 * has its glyphs: Arabic letters with Noto Sans Arabic (fontkit shapes a run, joining its letters
 * and laying it right to left), everything else with Noto Sans. Runs are laid left to right in
 * the order written: a line mixing Arabic and Latin is not reordered (no bidi algorithm;
 * docs/selection-report.md says so).
 */
export type Script = 'arabic' | 'latin';

export interface ScriptRun {
  script: Script;
  text: string;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
/** Spaces and punctuation between two Arabic words stay in the Arabic run, so a name keeps its order. */
const NEUTRAL = /[\s\u00A0.,'’-]/u;

export const scriptRuns = (text: string): ScriptRun[] => {
  const runs: ScriptRun[] = [];
  const chars = [...text];
  for (const [index, char] of chars.entries()) {
    const last = runs.at(-1);
    let script: Script = ARABIC.test(char) ? 'arabic' : 'latin';
    if (NEUTRAL.test(char) && last?.script === 'arabic') {
      const next = chars.slice(index + 1).find((other) => !NEUTRAL.test(other));
      if (next !== undefined && ARABIC.test(next)) script = 'arabic';
    }
    if (last && last.script === script) last.text += char;
    else runs.push({ script, text: char });
  }
  return runs;
};
