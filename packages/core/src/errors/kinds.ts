// Type guards must work when two copies of @botbridge/core are installed (a vendor package pinned
// to one version, the application to another): `instanceof` fails across copies. Each error
// therefore records the names of its class lineage under a registry-wide symbol, and the guards
// fall back to reading it.

/** @internal */
export const ERROR_KINDS: unique symbol = Symbol.for('@botbridge/core/error-kinds') as never;

/** @internal */
export function addKind(error: object, kind: string): void {
  const holder = error as { [ERROR_KINDS]?: string[] };
  const kinds = holder[ERROR_KINDS] ?? [];
  if (!holder[ERROR_KINDS]) {
    Object.defineProperty(error, ERROR_KINDS, { value: kinds, enumerable: false });
  }
  kinds.push(kind);
}

/** @internal */
export function hasKind(value: unknown, kind: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const kinds = (value as { [ERROR_KINDS]?: unknown })[ERROR_KINDS];
  return Array.isArray(kinds) && kinds.includes(kind);
}
