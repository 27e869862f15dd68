/** The Unicode line-breaking algorithm (UAX #14) that pdfkit breaks lines with (linebreak 1.1). */
declare module 'linebreak' {
  interface Break {
    /** Index in the text where the next line may start. */
    position: number;
    /** A mandatory break (a line feed, the end of the text). */
    required: boolean;
  }
  class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
  export default LineBreaker;
}
