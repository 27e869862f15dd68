/** Where a fact comes from: a short French name for the reader and the page it was read on. */
export interface Source {
  titre: string;
  url: string;
}
