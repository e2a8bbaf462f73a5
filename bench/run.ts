import { apiThroughput } from './api-throughput.js';
import { coldStart } from './cold-start.js';
import { exportBench } from './export.js';
import { gridRender } from './grid-render.js';
import { jobsBench } from './jobs.js';
import { noticeParser } from './notice-parser.js';
import { synthBench } from './synth.js';

/** `npm run bench`: every table, each against a baseline measured in the same run. */
await coldStart();
console.log();
await noticeParser();
console.log();
await apiThroughput();
console.log();
await exportBench();
console.log();
await gridRender();
console.log();
await jobsBench();
console.log();
await synthBench();
