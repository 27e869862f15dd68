import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every stream of the file, inflated when compressed, joined (content streams, XMP…). */
export function rawStreams(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes);
  const text = raw.toString('latin1');
  let out = '';
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out += inflateSync(raw.subarray(start, end)).toString('latin1') + '\n';
    } catch {
      out += raw.subarray(start, end).toString('latin1') + '\n';
    }
  }
  return out;
}

/** A page box (`/TrimBox` …) of each page, in points, read from the raw dictionaries. */
export function pageBoxes(bytes: Uint8Array, name: 'MediaBox' | 'TrimBox' | 'BleedBox'): number[][] {
  const text = Buffer.from(bytes).toString('latin1');
  return [...text.matchAll(new RegExp(`/${name} \\[([^\\]]+)\\]`, 'g'))].map((m) => m[1]!.trim().split(/\s+/).map(Number));
}

/** Text items with their raw transform (to see rotation), page by page. */
export async function itemTransforms(bytes: Uint8Array): Promise<{ str: string; transform: number[] }[][]> {
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(
        content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [{ str: item.str, transform: item.transform as number[] }] : [])),
      );
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
