/**
 * Blocks shared by several documents (read once for a whole batch, see from-markdown.ts) are
 * frozen, deeply: no pass nor writer can change them for the documents that share them, and a
 * pure pass knows it may keep its result for them (map-inlines.ts). Pictures' bytes are shared
 * and left as they are (typed arrays cannot be frozen; no pass changes them).
 */
export function share<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) share(child);
  }
  return value;
}

/** Whether a block is shared (frozen by `share`). */
export const isShared = (value: object): boolean => Object.isFrozen(value);
