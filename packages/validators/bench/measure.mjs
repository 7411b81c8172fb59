// Throughput of one contender on the three payloads, in a process of its own, paired with the
// hand-written baseline: the two run in alternating short slices, so a machine that speeds up
// or slows down over seconds (shared 2-core VMs do) moves both, and their ratio stays put.
// No third library runs in the process to warp the JIT feedback the other two get.
//
// Usage: node bench/measure.mjs <contender id> [slices] [ms per slice]; prints one JSON line:
// per payload, the median ops/s of the contender and of the baseline over the slices, and the
// median of the per-slice ratios.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { contender } from './contenders.mjs';
import { isJobRequest as handwritten } from './handwritten.mjs';

const PAYLOADS = ['minimal', 'full', 'broken'];
const repoDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const [id, slices = '8', sliceMs = '120'] = process.argv.slice(2);
const start = performance.now();
const { check } = await contender(id);
const setupMs = performance.now() - start;

/** How many calls one sample makes, so that a sample takes about 0.2 ms and timer cost vanishes. */
function batchSize(fn, data) {
  let calls = 0;
  const begin = performance.now();
  while (performance.now() - begin < 20) {
    fn(data);
    calls++;
  }
  return Math.max(1, Math.round((calls / 20) * 0.2));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

let sink = 0;
const results = { id, setupMs };
for (const name of PAYLOADS) {
  const data = JSON.parse(readFileSync(join(repoDir, 'examples', 'payloads', `job.${name}.json`), 'utf8'));
  const calls = batchSize(check, data);
  const baseCalls = batchSize(handwritten, data);
  // Two loops written out, not one made twice: each call site sees one function only.
  const bench = new Bench({ time: Number(sliceMs), warmup: false, iterations: 20 });
  bench.add('contender', () => {
    for (let i = 0; i < calls; i++) {
      sink ^= check(data) ? 1 : 0;
    }
  });
  bench.add('baseline', () => {
    for (let i = 0; i < baseCalls; i++) {
      sink ^= handwritten(data) ? 1 : 0;
    }
  });
  const hz = [];
  const baseHz = [];
  const rme = [];
  // slice 0 warms both up (the JIT compiles them) and is not counted
  for (let slice = 0; slice <= Number(slices); slice++) {
    bench.reset();
    bench.runSync();
    if (slice === 0) {
      continue;
    }
    const [mine, base] = bench.tasks.map((task) => {
      if (task.result.state !== 'completed') {
        throw new Error(`${id} on ${name}: ${task.name} ${task.result.state} ${task.result.error ?? ''}`);
      }
      return task.result;
    });
    hz.push((calls * 1000) / mine.period);
    baseHz.push((baseCalls * 1000) / base.period);
    rme.push(mine.latency.rme);
  }
  results[name] = {
    hz: median(hz),
    baseHz: median(baseHz),
    ratio: median(hz.map((value, index) => value / baseHz[index])),
    // spread of the contender's slices around their median, in percent
    spread: (100 * (Math.max(...hz) - Math.min(...hz))) / 2 / median(hz),
    rme: median(rme),
  };
}
results.sink = sink;
process.stdout.write(`${JSON.stringify(results)}\n`);
