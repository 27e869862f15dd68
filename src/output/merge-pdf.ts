import { PDFDocument } from '@cantoo/pdf-lib';

export interface MergeOptions {
  /** Start every letter on an odd page (a blank page after a letter with an odd page count). */
  duplex: boolean;
  /** Date written in the merged file's metadata (reproducible with SOURCE_DATE_EPOCH). */
  date: Date;
  title: string;
}

/**
 * One print file from many letters, in order. Used per volume: the caller bounds how many
 * letters go into one file, so memory stays bounded whatever the size of the batch.
 * (pdfkit cannot append to a finished file, hence @cantoo/pdf-lib, a maintained pdf-lib.)
 */
export async function mergePdfs(letters: readonly Uint8Array[], options: MergeOptions): Promise<{ bytes: Uint8Array; pages: number }> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  merged.setTitle(options.title);
  merged.setLanguage('fr-FR');
  merged.setCreator('kit-citoyen');
  merged.setProducer('kit-citoyen');
  merged.setCreationDate(options.date);
  merged.setModificationDate(options.date);
  for (const bytes of letters) {
    const letter = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await merged.copyPages(letter, letter.getPageIndices());
    for (const page of pages) merged.addPage(page);
    if (options.duplex && pages.length % 2 === 1) {
      const { width, height } = pages[0]!.getSize();
      merged.addPage([width, height]);
    }
  }
  const pages = merged.getPageCount();
  return { bytes: await merged.save({ useObjectStreams: true }), pages };
}
