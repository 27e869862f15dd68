import type { LetterMeta } from '../document/ast.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { formatPostalAddress, MAX_LINE_LENGTH, type PostalAddressFields } from '../postal/index.js';
import type { Profile } from '../profile/complete.js';
import { appellation } from '../template/helpers/appellation.js';
import { longFrenchDate } from '../template/helpers/date.js';

/** The sender block, top left: who writes, their address and how to reach them. */
function senderLines(sender: Profile['expediteur']): string[] {
  return [
    sender.association,
    sender.nom,
    sender.qualite,
    ...sender.adresse,
    `${sender.code_postal} ${sender.commune}`,
    sender.telephone && `Tél.\u00A0: ${sender.telephone}`,
    sender.email,
  ].filter((line): line is string => Boolean(line));
}

/** The sender on one line for the return address: "Alex Martin, 12 rue des Lilas, 35610 Sains". */
function returnLine(sender: Profile['expediteur']): string {
  return [sender.association ?? sender.nom, ...sender.adresse, `${sender.code_postal} ${sender.commune}`].join(', ');
}

/** "Mairie de Sains", "Mairie du Havre"; a name too long for one postal line gives "Mairie" alone. */
function townHallLine(deForm: string): string {
  const line = `Mairie ${deForm}`;
  return line.length <= MAX_LINE_LENGTH ? line : 'Mairie';
}

/** Where each line of the mayor's address comes from in the profile. */
const MAIRIE_FIELDS: PostalAddressFields = {
  recipient: 'maire.appellation',
  complement: 'commune.nom',
  street: 'mairie.adresse',
  distribution: 'mairie.distribution',
  town: 'mairie.libelle_acheminement',
};

/** Everything the `lettre` layout places around the body, computed from the profile. */
export function buildLetterMeta(profile: Profile, subject: string, date: string): { meta: LetterMeta; warnings: Diagnostic[] } {
  const address = formatPostalAddress(
    {
      recipient: appellation(profile.maire),
      complement: townHallLine(profile.commune.de),
      street: profile.mairie.adresse,
      distribution: profile.mairie.distribution,
      postcode: profile.mairie.code_postal,
      town: profile.mairie.libelle_acheminement,
    },
    MAIRIE_FIELDS,
  );
  const sender = profile.expediteur;
  return {
    meta: {
      sender: senderLines(sender),
      recipient: address.lines,
      placeDate: `${sender.commune}, le ${longFrenchDate(date)}`,
      subject,
      signature: [sender.nom, sender.qualite].filter((line): line is string => Boolean(line)),
      ...(sender.ligne_retour === 'oui' && { returnAddress: returnLine(sender) }),
    },
    warnings: address.warnings,
  };
}
