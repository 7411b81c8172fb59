/**
 * True when `A` and `B` accept the same values: each is assignable to the other, and they
 * name the same properties. Assignability alone is not enough: `{ a?: string }` and
 * `{ a?: string; b?: number }` are assignable both ways, yet the second knows a property
 * the first does not. Tuples keep unions from distributing.
 */
export type Equivalent<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

/** True when `T` has no index signature: every property it accepts is named. */
export type Closed<T> = string extends keyof T ? false : true;

/** Returns `value` typed as a `T`. One call per line, so that `@ts-expect-error` targets it alone. */
export function accept<T>(value: T): T {
  return value;
}
