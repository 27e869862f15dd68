/**
 * The "de" form of a commune name: "de Sains", "d'Ambérieu-en-Bugey", "du Havre", "des Abymes",
 * "de La Rochelle", "de L'Haÿ-les-Roses" (domain.md §5.4). Without the INSEE article type, the
 * article is read from the name itself; a name starting with a vowel takes "d'" (a mute h cannot
 * be told from the spelling: such communes will get their official form from the INSEE data).
 */
export function deCommune(name: string): string {
  const trimmed = name.trim();
  const article = /^(Le|Les|Aux) (.+)$/u.exec(trimmed);
  if (article) {
    const contracted = article[1] === 'Le' ? 'du' : 'des';
    return `${contracted} ${article[2]}`;
  }
  if (/^[AEIOUYÉÈÊÀÂÎÔÛŒ]/iu.test(trimmed)) {
    return `d’${trimmed}`;
  }
  return `de ${trimmed}`;
}
