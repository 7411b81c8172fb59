// One instance of the service for the load run, in a process of its own so that it does
// not share a core with the load generator. Started by load.mjs with the validation variant
// as its argument; reports its port and start-up time over IPC, and stops when told to.
import { performance } from 'node:perf_hooks';
import { buildApp } from '../dist/app.js';

const bodyValidation = process.argv[2];
const started = performance.now();
const app = buildApp({ bodyValidation });
// ready() compiles the route schemas: for Fastify's AJV that is where the documents compile.
await app.ready();
const readyMs = performance.now() - started;
await app.listen({ host: '127.0.0.1', port: 0 });
process.send?.({ port: app.server.address().port, readyMs });

process.on('message', async (message) => {
  if (message === 'stop') {
    await app.close();
    process.exit(0);
  }
});
// If the load run dies, do not outlive it.
process.on('disconnect', () => process.exit(0));
