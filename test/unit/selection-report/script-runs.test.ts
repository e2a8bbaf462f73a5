import { describe, expect, it } from 'vitest';
import { scriptRuns } from '#functions/pdf/script-runs.js';

/** Each run is drawn with the font that has its glyphs: Noto Sans Arabic for Arabic, Noto Sans for the rest. */
describe('a line of the report cut into runs of one script', () => {
  it.each([
    ['accented Latin', 'Zoë Ångström', [['latin', 'Zoë Ångström']]],
    ['Cyrillic (Noto Sans has it)', 'Алексей Смирнов', [['latin', 'Алексей Смирнов']]],
    ['an Arabic name: one run, its space inside, so fontkit lays both words right to left', 'محمد العلي', [['arabic', 'محمد العلي']]],
    ['Arabic after Latin: the space before it stays Latin', 'Reasons: محمد العلي', [['latin', 'Reasons: '], ['arabic', 'محمد العلي']]],
    ['punctuation after an Arabic word, with Latin next, goes with the Latin', 'محمد, Zoë', [['arabic', 'محمد'], ['latin', ', Zoë']]],
    ['a hyphen between two Arabic words stays in the Arabic run', 'عبد-الله', [['arabic', 'عبد-الله']]],
    ['digits are never Arabic letters', 'علي 12', [['arabic', 'علي'], ['latin', ' 12']]],
    ['nothing', '', []],
  ])('%s', (_name, text, expected) => {
    expect(scriptRuns(text).map((run) => [run.script, run.text])).toEqual(expected);
  });
});
