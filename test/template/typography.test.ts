import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/template/typography.js';

describe('frenchTypography (template text)', () => {
  it.each([
    ["l'été", 'l’été'],
    ['Objet : demande', 'Objet\u00A0: demande'],
    ['Vraiment ? Oui ! Bien ; ensuite', 'Vraiment\u202F? Oui\u202F! Bien\u202F; ensuite'],
    ['« bonjour »', '«\u00A0bonjour\u00A0»'],
    ['https://exemple.fr', 'https://exemple.fr'],
    ['12:30', '12:30'],
    ['- [ ] case', '- [ ] case'],
  ])('%j', (input, expected) => {
    expect(frenchTypography(input)).toBe(expected);
  });
});
