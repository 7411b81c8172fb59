// Starts the jobs service from the command line: HOST and PORT from the environment
// (127.0.0.1:3000 by default), LOG_LEVEL for the logger (info). Stops cleanly on SIGINT and
// SIGTERM: no new connections, in-flight requests finish, then the process exits.
import { buildApp } from './app.js';

/** How long in-flight requests get to finish after a stop signal before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

function portFrom(value: string | undefined): number {
  const port = Number(value ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`PORT must be a whole number from 0 to 65535, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return port;
}

const host = process.env.HOST ?? '127.0.0.1';
const port = portFrom(process.env.PORT);
const app = buildApp({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) {
    return;
  }
  stopping = true;
  app.log.info({ signal }, 'stopping');
  // unref: the timer alone must not keep a process alive that has nothing left to do.
  const deadline = setTimeout(() => {
    app.log.error('requests still running after the grace period; exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  try {
    await app.close();
    clearTimeout(deadline);
    app.log.info('stopped');
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'stopping failed');
    process.exit(1);
  }
}

process.once('SIGINT', stop);
process.once('SIGTERM', stop);

try {
  await app.listen({ host, port });
} catch (error) {
  app.log.error({ err: error }, 'could not start');
  process.exit(1);
}
