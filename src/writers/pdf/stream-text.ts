import type { Doc } from './flow.js';

/** What pdfkit keeps on a reference (not in its typings). */
interface RefInternals {
  data: Record<string, unknown>;
  compress: boolean;
  buffer: Uint8Array[];
  write(chunk: Uint8Array | string): void;
  finalize(): void;
}

/**
 * pdfkit writes each operator of a page's content stream (`BT`, `1 0 0 1 62.36 780 Tm`, a line of
 * text…: hundreds per letter) by copying its text into new bytes, one character at a time, and
 * joins the pieces when the stream ends. Here a reference of `doc` keeps the text written to it
 * and makes it bytes once, when the stream ends or bytes come after it: the same bytes in the
 * same order (Latin-1, as pdfkit's copy), the dictionary's keys set as pdfkit sets them (tested:
 * the same file, byte for byte).
 */
export function bufferStreamText(doc: Doc): void {
  const ref = doc.ref.bind(doc);
  doc.ref = (data) => {
    const made = ref(data) as unknown as RefInternals;
    let text = '';
    const flush = () => {
      if (text === '') return;
      made.buffer.push(Buffer.from(text, 'latin1'));
      text = '';
    };
    const write = made.write.bind(made);
    made.write = (chunk) => {
      if (typeof chunk !== 'string') {
        flush();
        write(chunk);
        return;
      }
      text += `${chunk}\n`;
      // pdfkit's `write` adds /Length (set to its value when the stream ends) and /Filter to the
      // dictionary at the first chunk: the same keys, in the same order.
      made.data['Length'] ??= 0;
      if (made.compress) made.data['Filter'] = 'FlateDecode';
    };
    const finalize = made.finalize.bind(made);
    made.finalize = () => {
      flush();
      finalize();
    };
    return made as unknown as PDFKit.PDFKitReference;
  };
}
