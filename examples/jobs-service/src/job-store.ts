import type { Job } from '@job-contracts/validators';

/**
 * The jobs, in memory, keyed by lower-case GUID, in creation order. Bounded: when full, the
 * oldest job is forgotten, so a long load run cannot exhaust the process's memory. A real
 * service keeps jobs in a database; the routes need only these four operations.
 */
export class JobStore {
  readonly #jobs = new Map<string, Job>();
  readonly #capacity: number;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`the job store needs a capacity of at least 1, got ${capacity}`);
    }
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#jobs.size;
  }

  get(key: string): Job | undefined {
    return this.#jobs.get(key);
  }

  has(key: string): boolean {
    return this.#jobs.has(key);
  }

  /** Stores a job under `key`; replacing a job keeps its place in the list. */
  set(key: string, job: Job): void {
    if (!this.#jobs.has(key) && this.#jobs.size >= this.#capacity) {
      const oldest = this.#jobs.keys().next();
      if (!oldest.done) {
        this.#jobs.delete(oldest.value);
      }
    }
    this.#jobs.set(key, job);
  }

  /** At most `limit` jobs after the first `skip`, in creation order. */
  page(skip: number, limit: number): Job[] {
    const page: Job[] = [];
    if (skip >= this.#jobs.size) {
      return page;
    }
    let index = 0;
    for (const job of this.#jobs.values()) {
      if (page.length >= limit) {
        break;
      }
      if (index++ >= skip) {
        page.push(job);
      }
    }
    return page;
  }
}
