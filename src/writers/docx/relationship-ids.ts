/**
 * docx names the relationship of each hyperlink (and of a drawing's link) with a random id
 * (nanoid, `rId` + 21 characters): the same document gave a different DOCX at every run, where
 * SOURCE_DATE_EPOCH promises the same bytes (a resumed batch must equal an uninterrupted one).
 * The random ids of each relationships part are renamed here in the order they appear, in that
 * part and in the part it belongs to (`word/_rels/document.xml.rels` → `word/document.xml`).
 */
const RANDOM_ID = /rId[a-z0-9_-]{21}(?![\w-])/g;
const RELATIONSHIPS = /^(.*\/)?_rels\/([^/]+)\.rels$/;

export function stableRelationshipIds(parts: Map<string, string | Uint8Array>): void {
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
