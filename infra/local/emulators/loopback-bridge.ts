/**
 * Runs inside DynamoDB Local's own network namespace (see dynamodb-local.ts): starts Java there,
 * where the only interface is loopback, and passes connections from a Unix socket (which the
 * stack's process, outside, can reach) to Java's port. Its stdin is a pipe from the stack's
 * process: when that closes, the stack is gone, so Java goes too.
 * Arguments: <socket path> <Java's port> <command> [args...]
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';

const [socketPath, port, command, ...args] = process.argv.slice(2);
if (!socketPath || !port || !command) {
  console.error('usage: loopback-bridge <socket> <port> <command> [args...]');
  process.exit(2);
}

const java = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
java.once('error', (error) => {
  console.error(error.message);
  process.exit(127);
});
java.once('exit', (code, signal) => {
  rmSync(socketPath, { force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => java.kill(signal));
process.stdin.resume();
process.stdin.once('close', () => {
  java.kill('SIGTERM');
  setTimeout(() => java.kill('SIGKILL'), 4000).unref();
});

rmSync(socketPath, { force: true });
createServer((client) => {
  const upstream = connect(Number(port), '127.0.0.1');
  client.pipe(upstream).pipe(client);
  upstream.on('error', () => client.destroy());
  client.on('error', () => upstream.destroy());
}).listen(socketPath);
