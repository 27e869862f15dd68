import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_FAMILY, fontBytes, type FontStyle } from '../../../src/writers/fonts.js';
import { docxWriter } from '../../../src/writers/docx/index.js';
import { attrsOf, child, embeddedFonts, openDocx, prop, styles, type DocxPackage } from '../../helpers/docx.js';
import { sampleLetter } from './sample.js';

const FACES: Record<string, FontStyle> = {
  embedRegular: 'regular',
  embedBold: 'bold',
  embedItalic: 'italic',
  embedBoldItalic: 'boldItalic',
};

describe('DOCX writer: fonts', () => {
  let pkg: DocxPackage;
  beforeAll(async () => {
    pkg = openDocx((await docxWriter.write(sampleLetter(), {})).bytes);
  });

  it('embeds the four faces of Source Sans 3, byte for byte once de-obfuscated', () => {
    const fonts = embeddedFonts(pkg);
    expect(fonts.map((f) => f.face).sort()).toEqual(Object.keys(FACES).sort());
    for (const font of fonts) {
      expect(font.name).toBe(FONT_FAMILY);
      expect(font.path).toMatch(/^word\/fonts\/.+\.odttf$/);
      const ttf = fontBytes(FACES[font.face]!);
      expect(font.data.length, font.face).toBe(ttf.length);
      expect(Buffer.from(font.data).equals(ttf), font.face).toBe(true);
    }
  });

  it('obfuscates the stored files (they are not plain TTF)', () => {
    for (const font of embeddedFonts(pkg)) {
      const stored = pkg.files[font.path]!;
      expect(Buffer.from(stored.subarray(0, 32)).equals(font.data.subarray(0, 32))).toBe(false);
    }
  });

  it('tells Word to keep the embedded fonts', () => {
    const settings = pkg.root('word/settings.xml');
    const embed = child(settings, 'w:embedTrueTypeFonts');
    expect(embed).toBeDefined();
    expect(['true', '1', undefined]).toContain(attrsOf(embed!)['w:val']);
  });

  it('uses the embedded family in the document defaults and styles', () => {
    const defaults = pkg.text('word/styles.xml').match(/<w:rPrDefault>.*?<\/w:rPrDefault>/)?.[0] ?? '';
    expect(defaults).toContain(`w:ascii="${FONT_FAMILY}"`);
    const normal = styles(pkg).get('Normal');
    expect(prop(normal?.rPr, 'w:rFonts')?.['w:hAnsi']).toBe(FONT_FAMILY);
  });
});
