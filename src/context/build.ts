import type { Profile } from '../profile/complete.js';
import { RISK_LABELS, type RiskKey } from '../profile/risks.js';
import { resiliencePoints } from '../profile/schema.js';
import {
  ALERT_NOTES,
  COMMUNE_DUTIES,
  DAM_SIGNAL,
  DICRIM_CONTENT,
  DOCUMENT_ACCESS,
  EMERGENCY_NUMBERS,
  GENERAL_REFLEXES,
  KIT_72H,
  NATIONAL_SIGNAL,
  RISK_INSTRUCTIONS,
  type AlertSignal,
  type EmergencyNumber,
  type Source,
} from '../knowledge/index.js';

/** One risk of the profile, as the consignes sheet prints it. */
export interface RiskSection {
  cle: RiskKey;
  titre: string;
  /** Empty string when the risk has no note (so `{{#if note}}` reads the same everywhere). */
  note: string;
  intitule_avant: string;
  intitule_pendant: string;
  intitule_apres: string;
  avant: readonly string[];
  pendant: readonly string[];
  apres: readonly string[];
  sources: readonly Source[];
}

/**
 * What templates see: the profile's own fields under their contract names, plus values
 * computed once per run. Templates never see file paths or options.
 */
export interface TemplateContext extends Profile {
  /** Date of the document, `YYYY-MM-DD` (use {{date_longue date}}). */
  date: string;
  /** French labels of the profile's risks, in the profile's order. */
  risques_libelles: string[];
  /** Safety instructions for the profile's risks, in the profile's order. */
  consignes: RiskSection[];
  /** Reflexes of any alert, whatever the risk. */
  reflexes: readonly string[];
  /** The national siren signal; `signal_barrage` only when the profile lists a dam break. */
  signal_alerte: AlertSignal;
  signal_barrage?: AlertSignal;
  alerte_notes: readonly string[];
  numeros_urgence: readonly EmergencyNumber[];
  /** The numbers worth a poster: 112, 15, 17, 18, 114. */
  numeros_essentiels: readonly EmergencyNumber[];
  numeros_avertissement: string;
  kit_72h: typeof KIT_72H;
  contenu_dicrim: typeof DICRIM_CONTENT;
  obligations_commune: readonly string[];
  acces_documents: typeof DOCUMENT_ACCESS;
  /** Points of the resilience letter (all three unless the profile chooses). */
  resilience_points: Record<(typeof resiliencePoints)[number], boolean>;
  /** How many points, in words: « un point », « deux points », « trois points ». */
  resilience_nombre_points: string;
  /** Every source the knowledge entries used by this context cite, without duplicates. */
  sources_consignes: CitedSource[];
}

/** A source as printed: its title and its site, the full address as the link (long URLs break badly on paper). */
export interface CitedSource extends Source {
  /** "georisques.gouv.fr". */
  site: string;
}

function riskSection(key: RiskKey): RiskSection {
  const data = RISK_INSTRUCTIONS[key];
  return {
    cle: key,
    titre: data.titre,
    note: data.note ?? '',
    intitule_avant: data.intitules?.avant ?? 'Avant',
    intitule_pendant: data.intitules?.pendant ?? 'Pendant',
    intitule_apres: data.intitules?.apres ?? 'Après',
    avant: data.avant,
    pendant: data.pendant,
    apres: data.apres,
    sources: data.sources,
  };
}

/** Sites of the knowledge's sources by address, parsed once (a context is built three times a batch row). */
const sites = new Map<string, string>();

function siteOf(url: string): string {
  let site = sites.get(url);
  if (site === undefined) sites.set(url, (site = new URL(url).hostname.replace(/^www\./, '')));
  return site;
}

function uniqueSources(lists: readonly (readonly Source[])[]): CitedSource[] {
  const seen = new Map<string, CitedSource>();
  for (const list of lists) {
    for (const source of list) {
      if (!seen.has(source.url)) seen.set(source.url, { ...source, site: siteOf(source.url) });
    }
  }
  return [...seen.values()];
}

export function buildContext(profile: Profile, date: string): TemplateContext {
  const risks = profile.risques ?? [];
  const consignes = risks.map(riskSection);
  const points = new Set<string>(profile.resilience?.points ?? resiliencePoints);
  return {
    ...profile,
    // Optional sections read with {{#if heure_civique.site}}: present (maybe empty) so that the
    // lookup never hits an absent object (Handlebars strict mode).
    heure_civique: profile.heure_civique ?? {},
    entraide: profile.entraide ?? {},
    date,
    risques_libelles: risks.map((key) => RISK_LABELS[key]),
    consignes,
    reflexes: GENERAL_REFLEXES.items,
    signal_alerte: NATIONAL_SIGNAL,
    ...(risks.includes('rupture-de-barrage') && { signal_barrage: DAM_SIGNAL }),
    alerte_notes: ALERT_NOTES.items,
    numeros_urgence: EMERGENCY_NUMBERS.items,
    numeros_essentiels: EMERGENCY_NUMBERS.items.filter((item) => item.essentiel),
    numeros_avertissement: EMERGENCY_NUMBERS.avertissement,
    kit_72h: KIT_72H,
    contenu_dicrim: DICRIM_CONTENT,
    obligations_commune: COMMUNE_DUTIES.items,
    acces_documents: DOCUMENT_ACCESS,
    resilience_points: { alimentation: points.has('alimentation'), sante: points.has('sante'), risques: points.has('risques') },
    resilience_nombre_points: ['un point', 'deux points', 'trois points'][points.size - 1] ?? 'trois points',
    sources_consignes: uniqueSources([...consignes.map((section) => section.sources), GENERAL_REFLEXES.sources, NATIONAL_SIGNAL.sources, EMERGENCY_NUMBERS.sources]),
  };
}
