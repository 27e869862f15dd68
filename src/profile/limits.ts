/**
 * Resource limits of the profile reader. A real profile is a few dozen lines, three levels deep,
 * without aliases: these bounds are far above it and far below anything that could hang `kit`.
 */
export const LIMITS = {
  /** Largest profile file read, in bytes (a real one is about 1 KB). */
  maxBytes: 128 * 1024,
  /** Deepest nesting of sections and lists (a real profile has 3 levels). */
  maxDepth: 20,
  /** Most alias uses (`*ancre`), counted as they are expanded ("billion laughs"). */
  maxAliases: 50,
  /** Most values built from the YAML, aliases expanded. */
  maxNodes: 10_000,
  /** Most YAML syntax errors reported (one mistake often cascades into many). */
  maxSyntaxErrors: 10,
} as const;
