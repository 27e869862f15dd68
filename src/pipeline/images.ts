import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageData } from '../document/ast.js';
import { imageData } from '../document/image-data.js';
import { KitError, type Location } from '../diagnostics/index.js';

/** Gives the bytes of a picture named in a template or the profile, or a located error. */
export type ImageLoader = (src: string, location: Location) => ImageData;

/**
 * Pictures are looked for in `dirs` in order (the kit's folder, then the profile's), read once
 * per process and checked to be PNG or JPEG: writers only ever get bytes they can embed.
 */
export function imageLoader(dirs: readonly string[]): ImageLoader {
  const cache = new Map<string, ImageData>();
  return (src, location) => {
    const candidates = path.isAbsolute(src) ? [src] : dirs.map((dir) => path.resolve(dir, src));
    for (const file of candidates) {
      const cached = cache.get(file);
      if (cached) return cached;
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(file));
      } catch {
        continue;
      }
      const data = imageData(bytes);
      if (!data) {
        throw new KitError({
          code: 'ImageRead',
          message: `« ${src} » n’est pas une image PNG ou JPEG.`,
          location,
          actual: src,
          expected: 'un fichier .png ou .jpg',
          hint: 'enregistrez l’image au format PNG ou JPEG.',
        });
      }
      cache.set(file, data);
      return data;
    }
    throw new KitError({
      code: 'ImageRead',
      message: `image introuvable : « ${src} ».`,
      location,
      actual: src,
      expected: 'un fichier à côté du modèle ou du profil',
      hint: 'vérifiez le nom du fichier ; un chemin relatif part du dossier du kit ou de celui du profil.',
    });
  };
}

const loaders = new Map<string, ImageLoader>();

/** One loader (and cache) per list of folders in this process: batch rows share it. */
export function sharedImageLoader(dirs: readonly string[]): ImageLoader {
  const key = dirs.join('\0');
  let loader = loaders.get(key);
  if (!loader) loaders.set(key, (loader = imageLoader(dirs)));
  return loader;
}
