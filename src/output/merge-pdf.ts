import { PDFDocument } from '@cantoo/pdf-lib';

export interface MergeOptions {
  /** Start every letter on an odd page (a blank page after a letter with an odd page count). */
  duplex: boolean;
  /** Date written in the merged file's metadata (reproducible with SOURCE_DATE_EPOCH). */
  date: Date;
  title: string;
}

/**
 * One print file built letter by letter, as the letters arrive: each letter's pages are copied
 * in and its bytes can be dropped at once (a volume never holds its letters' files, only the
 * merged objects). The caller bounds how many letters go into one file (volumes), so memory
 * stays bounded whatever the size of the batch. (pdfkit cannot append to a finished file,
 * hence @cantoo/pdf-lib, a maintained pdf-lib.)
 */
export class VolumeMerger {
  private constructor(
    private readonly merged: PDFDocument,
    private readonly options: MergeOptions,
  ) {}

  static async create(options: MergeOptions): Promise<VolumeMerger> {
    const merged = await PDFDocument.create({ updateMetadata: false });
    merged.setTitle(options.title);
    merged.setLanguage('fr-FR');
    merged.setCreator('kit-citoyen');
    merged.setProducer('kit-citoyen');
    merged.setCreationDate(options.date);
    merged.setModificationDate(options.date);
    return new VolumeMerger(merged, options);
  }

  /** Appends one letter (then a blank page in duplex when its page count is odd). */
  async add(bytes: Uint8Array): Promise<void> {
    const letter = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await this.merged.copyPages(letter, letter.getPageIndices());
    for (const page of pages) this.merged.addPage(page);
    if (this.options.duplex && pages.length % 2 === 1) {
      const { width, height } = pages[0]!.getSize();
      this.merged.addPage([width, height]);
    }
  }

  async finish(): Promise<{ bytes: Uint8Array; pages: number }> {
    const pages = this.merged.getPageCount();
    return { bytes: await this.merged.save({ useObjectStreams: true }), pages };
  }
}
