/**
 * Sets `key` in a cache of at most `limit` entries, dropping the oldest first: the caches of
 * what every file of a batch shares (font subsets, DOCX parts) hold a few values, the same ones
 * over and over; the communes looked up, the last few thousand. Returns `value`.
 */
export function keep<K, V>(cache: Map<K, V>, key: K, value: V, limit: number): V {
  if (cache.size >= limit && !cache.has(key)) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}
