import type { Tncc } from './types.js';

/**
 * The "de" form of a commune's name, from its INSEE TNCC (domain.md §5.4), for "le maire de …",
 * "la mairie de …":
 *   0 de Sains · 1 d’Ambérieu-en-Bugey · 2 du Havre · 3 de La Rochelle · 4 des Abymes
 *   5 de L'Haÿ-les-Roses · 6 des Marais (Aux Marais) · 7 de Las … · 8 de Los Masos
 * The produced elision uses the typographic apostrophe (d’); the name keeps its own apostrophe as
 * published (L'Haÿ-les-Roses). The article of TNCC 3, 5, 7, 8 stays capitalised, as INSEE writes it.
 *
 * When the TNCC is missing (collectivités d'outre-mer) or says "no article" for a name that visibly
 * starts with one (63448 Le Vernet-Chaméane is TNCC 0 in the 2026 data), it is read from the name.
 */
export function deForm(commune: { readonly nom: string; readonly tncc: Tncc | null }): string {
  const { nom } = commune;
  switch (articleType(commune)) {
    case 1:
      return `d’${nom}`;
    case 2:
      return nom.startsWith('Le ') ? `du ${nom.slice(3)}` : `de ${nom}`;
    case 4:
      return nom.startsWith('Les ') ? `des ${nom.slice(4)}` : `de ${nom}`;
    case 6:
      return nom.startsWith('Aux ') ? `des ${nom.slice(4)}` : `de ${nom}`;
    default:
      return `de ${nom}`;
  }
}

/**
 * The "à" form of a commune's name, for "à Sains", "au Havre", "aux Abymes", "à La Rochelle",
 * "à L'Haÿ-les-Roses", "à Ambérieu-en-Bugey" (no elision after « à »): the article of TNCC 2, 4
 * and 6 contracts with « à » as it does with « de ».
 */
export function aForm(commune: { readonly nom: string; readonly tncc: Tncc | null }): string {
  const { nom } = commune;
  const tncc = articleType(commune);
  if (tncc === 2 && nom.startsWith('Le ')) return `au ${nom.slice(3)}`;
  if (tncc === 4 && nom.startsWith('Les ')) return `aux ${nom.slice(4)}`;
  if (tncc === 6 && nom.startsWith('Aux ')) return `aux ${nom.slice(4)}`;
  return `à ${nom}`;
}

/** The commune's TNCC, or the one its name implies where INSEE gives none or says "no article". */
function articleType(commune: { readonly nom: string; readonly tncc: Tncc | null }): Tncc {
  const fromName = tnccFromName(commune.nom);
  return commune.tncc === null || (commune.tncc === 0 && fromName >= 2) ? fromName : commune.tncc;
}

/** The TNCC a name implies by its first word or letter. An initial h is taken as aspirated (de). */
export function tnccFromName(nom: string): Tncc {
  if (nom.startsWith('Les ')) return 4;
  if (nom.startsWith('Le ')) return 2;
  if (nom.startsWith('La ')) return 3;
  if (/^L['’]/.test(nom)) return 5;
  if (nom.startsWith('Aux ')) return 6;
  if (nom.startsWith('Las ')) return 7;
  if (nom.startsWith('Los ')) return 8;
  return /^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ]/i.test(nom) ? 1 : 0;
}
