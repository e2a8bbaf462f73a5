import type { Machine } from './machine.js';
import type { Cell, Row, Section } from './report.js';

export interface RunFacts {
  command: string;
  started: Date;
  finished: Date;
  machine: Machine;
  loadAtEnd: number;
  quick: boolean;
  /** Free text from BENCH_NOTE, such as what else ran on the machine meanwhile. */
  note?: string;
}

const cell = (value: Cell): string => (value === undefined || value === null ? '' : String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));

/** A GitHub table with the union of the rows' columns, in first-seen order; numbers right-aligned. */
const markdownTable = (rows: Row[]): string => {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const numeric = columns.map((column) => rows.every((row) => row[column] === undefined || typeof row[column] === 'number'));
  return [
    `| ${columns.map(cell).join(' | ')} |`,
    `| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${columns.map((column) => cell(row[column])).join(' | ')} |`),
  ].join('\n');
};

const minutes = (from: Date, to: Date) => {
  const count = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  return `${count} minute${count === 1 ? '' : 's'}`;
};

/** docs/benchmarks.md, written from a run: the machine, the date, then every section as printed. */
export const benchmarksMarkdown = (sections: readonly Section[], run: RunFacts): string => {
  const { machine } = run;
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`${run.command}\` (bench/run.ts) on ${run.started.toISOString().slice(0, 16).replace('T', ' ')} UTC,`,
    `in ${minutes(run.started, run.finished)}${run.quick ? ', with BENCH_QUICK=1 (smaller sizes: a smoke run, not the figures to quote)' : ''}.`,
    'Do not edit the figures by hand: run it again. Every table has a baseline measured in the same run,',
    'so ratios compare like with like even when the absolute figures move with the machine.',
    'Smaller runs: `--only=<bench,...>`, BENCH_QUICK=1, and each bench\'s own variable (BENCH_RUNS, BENCH_DURATION, BENCH_CONNECTIONS,',
    'BENCH_GRID_APPLICATIONS, BENCH_EXPORT_ROWS, BENCH_GRID_RUNS, BENCH_JOB_SIZES); see bench/run.ts.',
    '',
    '| machine | |',
    '| --- | --- |',
    `| CPU | ${cell(machine.cpuModel)}, ${machine.cpus} cores available |`,
    `| memory | ${machine.memoryGiB} GiB |`,
    `| OS | ${cell(machine.os)} |`,
    `| Node | ${machine.node} |`,
    `| load average (1 min) | ${machine.load} at the start, ${run.loadAtEnd} at the end |`,
    '',
    ...(run.note ? [`> ${run.note}`, ''] : []),
  ];
  for (const section of sections) {
    lines.push(`## ${section.heading}`, '', section.about, '');
    for (const block of section.blocks) {
      if (block.kind === 'note') lines.push(block.text, '');
      else lines.push(...(block.caption ? [block.caption, ''] : []), markdownTable(block.rows), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
};
