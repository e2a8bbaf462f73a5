/**
 * What a bench run prints, kept as it is printed: each bench opens a section (a heading and a
 * sentence or two on what it measures and how), then prints its tables and notes through here,
 * so that the same run can also be written out as markdown (bench/markdown.ts).
 */
export type Cell = string | number | boolean | null | undefined;
export type Row = Record<string, Cell>;

export type Block = { kind: 'table'; rows: Row[]; caption?: string } | { kind: 'note'; text: string };

export interface Section {
  heading: string;
  about: string;
  blocks: Block[];
}

const sections: Section[] = [];

const current = (): Section => {
  const last = sections.at(-1);
  if (!last) throw new Error('A bench printed a table before opening its section.');
  return last;
};

export const section = (heading: string, about: string): void => {
  sections.push({ heading, about, blocks: [] });
  console.log(`\n## ${heading}\n`);
  console.log(about);
};

export const table = (rows: Row[], caption?: string): void => {
  current().blocks.push({ kind: 'table', rows, ...(caption ? { caption } : {}) });
  if (caption) console.log(caption);
  console.table(rows);
};

export const note = (text: string): void => {
  current().blocks.push({ kind: 'note', text });
  console.log(text);
};

export const recorded = (): readonly Section[] => sections;
