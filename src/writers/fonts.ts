import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/**
 * The type family of every document: Source Sans 3 (SIL Open Font Licence), shipped as TTF by
 * @expo-google-fonts/source-sans-3. It covers Latin-1, Œ œ Ÿ ÿ ’ « » – — … € and the
 * narrow no-break space U+202F that French typography needs; boxes and scissors are drawn
 * as vector shapes instead of glyphs.
 */
export const FONT_FAMILY = 'Source Sans 3';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontStyle, string> = {
  regular: '400Regular/SourceSans3_400Regular.ttf',
  bold: '700Bold/SourceSans3_700Bold.ttf',
  italic: '400Regular_Italic/SourceSans3_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/SourceSans3_700Bold_Italic.ttf',
};

export const FONT_STYLES = Object.keys(FILES) as FontStyle[];

const require = createRequire(import.meta.url);

export function fontPath(style: FontStyle): string {
  return require.resolve(`@expo-google-fonts/source-sans-3/${FILES[style]}`);
}

const bytesCache = new Map<FontStyle, Buffer>();
const fontCache = new Map<FontStyle, fontkit.Font>();

/** Raw TTF bytes, read once per process (the DOCX writer embeds them). */
export function fontBytes(style: FontStyle): Buffer {
  let bytes = bytesCache.get(style);
  if (!bytes) {
    bytes = readFileSync(fontPath(style));
    bytesCache.set(style, bytes);
  }
  return bytes;
}

/** The parsed font, parsed once per process (parsing per file costs ~20 ms a letter). */
export function loadFont(style: FontStyle): fontkit.Font {
  let font = fontCache.get(style);
  if (!font) {
    const created = fontkit.create(fontBytes(style));
    if (!('layout' in created)) throw new Error(`police inattendue (collection) : ${fontPath(style)}`);
    font = created;
    fontCache.set(style, font);
  }
  return font;
}
