#!/usr/bin/env node
// The job-contracts command. Only wires the process's streams to `main`; everything else is
// in src/ (built to dist/esm), where tests run it against fake streams.
import { main } from '../dist/esm/index.js';

// A reader that stops early (`job-contracts mock --count 1000000 | head`) closes the pipe;
// that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') {
    process.exit(0);
  }
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
