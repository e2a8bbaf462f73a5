import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..', '..');

export interface NpmStart {
  child: ChildProcess;
  output(): string;
  url: string;
  dynamodb: string;
  /** Ctrl-C, as a person stops it: resolves with the exit code. */
  interrupt(): Promise<number | null>;
  /** Every process of the stack killed at once (SIGKILL to its process group), as a crash or a power cut. */
  crash(): Promise<void>;
}

/**
 * Runs `npm start`'s command as a person would, on PORT=0 and its own DATA_DIR, in a process
 * group of its own (Java and the emulators included), and resolves once it prints its URLs.
 */
export const npmStart = (dataDir: string, extraEnv: Record<string, string> = {}): Promise<NpmStart> =>
  new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, ['--openssl-legacy-provider', '--import', 'tsx', 'infra/local/main.ts'], {
      cwd: projectRoot,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const timer = setTimeout(() => reject(new Error(`no URLs printed in time:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const api = /API:\s+(http:\/\/127\.0\.0\.1:\d+)\/vacancies/.exec(output);
      const dynamodb = /DynamoDB (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (api?.[1] && dynamodb?.[1]) {
        clearTimeout(timer);
        resolveStart({
          child,
          output: () => output,
          url: api[1],
          dynamodb: dynamodb[1],
          interrupt: () => {
            child.kill('SIGINT');
            return exited;
          },
          crash: async () => {
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before serving:\n${output}`));
    });
  });
