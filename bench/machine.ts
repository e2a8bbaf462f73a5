import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, release, totalmem, type as osType } from 'node:os';

/** The machine a run measured, as the report states it: figures mean little without it. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  os: string;
  /** The 1-minute load average: above zero at the start, other work was running. */
  load: number;
}

const cpuModel = async (): Promise<string> => {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
};

const osName = async (): Promise<string> => {
  const osRelease = await readFile('/etc/os-release', 'utf8').catch(() => '');
  const pretty = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(osRelease)?.[1];
  return `${pretty ?? osType()}, kernel ${release()}`;
};

export const describeMachine = async (): Promise<Machine> => ({
  cpus: availableParallelism(),
  cpuModel: await cpuModel(),
  memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  os: await osName(),
  load: +(loadavg()[0] ?? 0).toFixed(2),
});

export const loadNow = (): number => +(loadavg()[0] ?? 0).toFixed(2);
