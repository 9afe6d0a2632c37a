/** A plain object from outside (storage, a message, the feed, a page): not null and not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A check of one field's value: a type guard for what it accepts. */
export type FieldCheck<T> = (value: unknown) => value is T;
type Checked<C> = { [K in keyof C]: C[K] extends FieldCheck<infer T> ? T : never };

/**
 * The named fields of `value` when it is a record and every one passes its check, else null.
 * Fields not named are dropped, and so are named ones that are absent (an optional field's check
 * accepts undefined): a value from outside never brings along more than was checked.
 */
export function pickFields<C extends Record<string, FieldCheck<unknown>>>(
  value: unknown,
  checks: C,
): Checked<C> | null {
  if (!isRecord(value)) return null;
  const picked: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(checks)) {
    if (!check(value[key])) return null;
    if (value[key] !== undefined) picked[key] = value[key];
  }
  return picked as Checked<C>;
}

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isNumber = (value: unknown): value is number => typeof value === 'number';
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** Accepts exactly one of `values`. */
export const oneOf =
  <T>(values: readonly T[]): FieldCheck<T> =>
  (value): value is T =>
    values.includes(value as T);

/** Accepts null, or what `check` accepts. */
export const orNull =
  <T>(check: FieldCheck<T>): FieldCheck<T | null> =>
  (value): value is T | null =>
    value === null || check(value);

/** Accepts undefined (an absent field), or what `check` accepts. */
export const optional =
  <T>(check: FieldCheck<T>): FieldCheck<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || check(value);
