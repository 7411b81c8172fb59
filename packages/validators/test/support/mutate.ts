import fc from 'fast-check';

/** Every JSON Pointer inside `value`, the root excluded. */
export function pointersOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  return Object.entries(value).flatMap(([key, child]) => {
    const pointer = `${prefix}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    return [pointer, ...pointersOf(child, pointer)];
  });
}

function split(pointer: string): string[] {
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** One change to a payload: set a value, delete a property, or add an unknown one. */
export type Mutation =
  | { readonly op: 'set'; readonly pointer: string; readonly value: unknown }
  | { readonly op: 'delete'; readonly pointer: string }
  | { readonly op: 'add'; readonly pointer: string; readonly key: string; readonly value: unknown };

/** A copy of `payload` with `mutation` applied; the original is left alone. */
export function applyMutation(payload: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(payload);
  const parts = split(mutation.pointer);
  const last = parts.pop() as string;
  let holder = copy as Record<string, unknown>;
  for (const part of parts) {
    holder = holder[part] as Record<string, unknown>;
  }
  if (mutation.op === 'set') {
    Object.defineProperty(holder, last, {
      value: mutation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else if (mutation.op === 'delete') {
    delete holder[last];
  } else {
    const target = holder[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      Object.defineProperty(target, mutation.key, {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}

/** Mutations of `payload`: a few changes anywhere in it, with arbitrary JSON values. */
export function mutationsOf(payload: unknown): fc.Arbitrary<Mutation[]> {
  const pointers = pointersOf(payload);
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom(
      '',
      ' ',
      '00000000-0000-0000-0000-000000000000',
      '2025-12-29T02:53:27',
      '2025-02-29T00:00:00Z',
      null,
    ),
    fc.integer(),
    fc.double(),
  );
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constant('set' as const), pointer: fc.constantFrom(...pointers), value }),
    fc.record({ op: fc.constant('delete' as const), pointer: fc.constantFrom(...pointers) }),
    fc.record({
      op: fc.constant('add' as const),
      pointer: fc.constantFrom(...pointers),
      key: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('__proto__', 'constructor', 'job_status', 'nmae'),
      ),
      value,
    }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 });
}

/** `payload` with every mutation applied in turn; a mutation whose target is gone is skipped. */
export function mutate(payload: unknown, mutations: readonly Mutation[]): unknown {
  let current = payload;
  for (const mutation of mutations) {
    try {
      current = applyMutation(current, mutation);
    } catch {
      // The pointer ran through a value an earlier mutation replaced: nothing to change.
    }
  }
  return current;
}
