/**
 * docx draws some ids at random or from counters shared by the whole process: the same document
 * gave a different DOCX at every run, or after other documents in the same process (a batch
 * with a picture), where SOURCE_DATE_EPOCH promises the same bytes (a resumed batch must equal
 * an uninterrupted one, whatever the number of threads). They are renumbered here, in the
 * order they appear in the package. (Embedded fonts' random keys: `package.ts`.)
 */

type Parts = Map<string, string | Uint8Array>;

/** A hyperlink's or a drawing link's relationship: `rId` + nanoid (21 characters). */
const RANDOM_ID = /rId[a-z0-9_-]{21}(?![\w-])/g;
const RELATIONSHIPS = /^(.*\/)?_rels\/([^/]+)\.rels$/;
/** A drawing's id (`wp:docPr`, `wps:cNvPr`, `wpg:cNvPr`): unique in a document, from a process-wide counter. */
const DRAWING_ID = /(<(?:wp:docPr|wps:cNvPr|wpg:cNvPr)\b[^>]*?\bid=")(\d+)"/g;

export function stableIds(parts: Parts): void {
  stableRelationshipIds(parts);
  stableDrawingIds(parts);
}

/** Each relationships part's random ids, renamed in that part and in the part it belongs to. */
function stableRelationshipIds(parts: Parts): void {
  for (const [path, data] of parts) {
    const owner = RELATIONSHIPS.exec(path);
    if (!owner || typeof data !== 'string') continue;
    const ids = [...new Set(data.match(RANDOM_ID))];
    if (ids.length === 0) continue;
    const renamed = new Map(ids.map((id, i) => [id, `rIdL${i + 1}`]));
    const rename = (text: string) => text.replace(RANDOM_ID, (id) => renamed.get(id) ?? id);
    parts.set(path, rename(data));
    const ownerPath = `${owner[1] ?? ''}${owner[2]}`;
    const ownerData = parts.get(ownerPath);
    if (typeof ownerData === 'string') parts.set(ownerPath, rename(ownerData));
  }
}

/** Drawing ids numbered 1, 2, 3… across the document's parts (unique, as Word requires). */
function stableDrawingIds(parts: Parts): void {
  let next = 1;
  for (const [path, data] of parts) {
    if (typeof data !== 'string' || !path.endsWith('.xml') || !(data.includes('docPr') || data.includes('cNvPr'))) continue;
    parts.set(path, data.replace(DRAWING_ID, (_, head: string) => `${head}${next++}"`));
  }
}
