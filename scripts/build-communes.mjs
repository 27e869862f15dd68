#!/usr/bin/env node
// Build-time extraction of the official directory of French communes (domain.md §5, design.md §2).
//
// Reads @etalab/decoupage-administratif (INSEE geography: communes, départements, régions) and
// codes-postaux (La Poste routing labels, `codes-postaux.json` only — never the 68 MB "full" file),
// and writes one compact, deterministic file: data/communes.json, read lazily by src/communes/.
//
//   node scripts/build-communes.mjs            write data/communes.json (idempotent)
//   node scripts/build-communes.mjs --check    exit 1 if data/communes.json is missing or out of date
//
// The file is a faithful extraction: names, codes and labels are copied as published. Interpretation
// (cleaning a routing label for line 6, deriving a missing one, "de" forms) lives in src/communes/.
// Every structural assumption the compact layout relies on is checked here: a new vintage of the
// packages that breaks one fails the build loudly instead of producing wrong letters.

import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const OUTPUT = fileURLToPath(new URL('../data/communes.json', import.meta.url));
const FORMAT = 'kit-citoyen/communes@1';

function readJson(specifier) {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

function fail(message) {
  throw new Error(`build-communes: ${message}`);
}

/** Département code as INSEE builds commune codes: 3 characters overseas (97x, 98x), 2 elsewhere. */
function departementOfCode(code) {
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
}

/** Comparison key only (ties between candidate labels): capitals, no accents, letters and digits. */
function plain(text) {
  return text
    .replace(/[Œœ]/g, 'OE')
    .replace(/[Ææ]/g, 'AE')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

const TYPE_RATTACHEE = { 'commune-deleguee': 'D', 'commune-associee': 'A', 'arrondissement-municipal': 'M' };

export function buildCommunes() {
  const communes = readJson('@etalab/decoupage-administratif/data/communes.json');
  const departements = readJson('@etalab/decoupage-administratif/data/departements.json');
  const regions = readJson('@etalab/decoupage-administratif/data/regions.json');
  const postes = readJson('codes-postaux/codes-postaux.json');
  const versions = {
    decoupage: readJson('@etalab/decoupage-administratif/package.json').version,
    codesPostaux: readJson('codes-postaux/package.json').version,
  };

  const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

  // Régions and départements.
  const regionCodes = new Set(regions.map((r) => r.code));
  const departementByCode = new Map();
  for (const d of departements) {
    if (!regionCodes.has(d.region)) fail(`département ${d.code}: région ${d.region} inconnue`);
    departementByCode.set(d.code, d);
  }

  // La Poste routing labels, keyed by INSEE code + postal code.
  const labels = new Map();
  for (const p of postes) {
    const key = `${p.codeCommune}|${p.codePostal}`;
    const previous = labels.get(key);
    if (previous !== undefined && previous !== p.libelleAcheminement) fail(`deux libellés pour ${key}`);
    labels.set(key, p.libelleAcheminement);
  }

  const actuelles = communes.filter((c) => c.type === 'commune-actuelle').sort(byCode);
  const rattachees = communes.filter((c) => c.type in TYPE_RATTACHEE).sort(byCode);
  const actuelleByCode = new Map();
  for (const c of actuelles) {
    if (actuelleByCode.has(c.code)) fail(`code de commune actuelle en double : ${c.code}`);
    actuelleByCode.set(c.code, c);
  }
  const others = communes.length - actuelles.length - rattachees.length;
  if (others !== 0) fail(`${others} entrées d'un type inconnu`);

  // Children (déléguées, associées, arrondissements) of each current commune, used when
  // codes-postaux files a routing label under the child's code rather than the commune's.
  const children = new Map();
  for (const r of rattachees) {
    const parent = r.type === 'arrondissement-municipal' ? r.commune : r.chefLieu;
    const commune = actuelleByCode.get(parent);
    if (!commune) fail(`${r.type} ${r.code} : commune de rattachement ${parent} introuvable`);
    // The lookups take a child's département from its parent (5 communes associées keep a code
    // from another département, e.g. 02285 Escaufourt in 59): make sure that holds.
    if (commune.departement !== r.departement) {
      fail(`${r.code} : département ${r.departement} ≠ ${commune.departement} (commune ${parent})`);
    }
    const list = children.get(parent) ?? [];
    list.push(r);
    children.set(parent, list);
  }

  const stats = { direct: 0, rattachee: 0, absent: 0 };
  const communeRows = actuelles.map((c) => {
    const d = departementByCode.get(c.departement);
    if (!d) fail(`${c.code} : département ${c.departement} inconnu`);
    if (departementOfCode(c.code) !== c.departement) fail(`${c.code} : département ${c.departement} ≠ préfixe du code`);
    if (d.region !== c.region) fail(`${c.code} : région ${c.region} ≠ région du département (${d.region})`);
    if (d.zone !== c.zone) fail(`${c.code} : zone ${c.zone} ≠ zone du département (${d.zone})`);
    if (c.zone !== 'com' && !Number.isInteger(c.typeLiaison)) fail(`${c.code} : typeLiaison absent`);

    const codesPostaux = [...new Set(c.codesPostaux ?? [])].sort();
    const postal = codesPostaux.map((cp) => {
      const direct = labels.get(`${c.code}|${cp}`);
      if (direct !== undefined) {
        stats.direct++;
        return [cp, direct];
      }
      // Label filed under a child's code (arrondissement, commune déléguée): most frequent label,
      // then the one closest to the commune's name, then the first child by code.
      const candidates = (children.get(c.code) ?? [])
        .map((r) => ({ code: r.code, label: labels.get(`${r.code}|${cp}`) }))
        .filter((x) => x.label !== undefined);
      if (candidates.length > 0) {
        const count = new Map();
        for (const x of candidates) count.set(x.label, (count.get(x.label) ?? 0) + 1);
        const likeName = (label) => (plain(label) === plain(c.nom) ? 0 : 1);
        candidates.sort(
          (a, b) =>
            count.get(b.label) - count.get(a.label) ||
            likeName(a.label) - likeName(b.label) ||
            (a.code < b.code ? -1 : 1),
        );
        stats.rattachee++;
        return [cp, candidates[0].label, candidates[0].code];
      }
      stats.absent++;
      return [cp];
    });

    return [c.code, c.nom, c.typeLiaison ?? null, c.population ?? null, postal];
  });

  const seen = new Set();
  for (const r of rattachees) {
    if (seen.has(r.code)) fail(`code de rattachée en double : ${r.code}`);
    seen.add(r.code);
    if (actuelleByCode.has(r.code) && r.chefLieu !== r.code) {
      fail(`${r.code} : code partagé avec une commune actuelle qui n'est pas son chef-lieu`);
    }
  }

  const rattacheeRows = rattachees.map((r) => [
    r.code,
    r.nom,
    TYPE_RATTACHEE[r.type],
    r.type === 'arrondissement-municipal' ? r.commune : r.chefLieu,
  ]);

  // Former INSEE codes (communes merged or renumbered) that are no longer the code of any entry:
  // an old spreadsheet still carrying them reaches the current commune.
  const knownCodes = new Set(communes.map((c) => c.code));
  const anciens = new Map();
  for (const c of actuelles) {
    for (const old of c.anciensCodes ?? []) {
      if (knownCodes.has(old)) continue;
      if (anciens.has(old) && anciens.get(old) !== c.code) fail(`ancien code ${old} revendiqué deux fois`);
      anciens.set(old, c.code);
    }
  }
  const ancienRows = [...anciens.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));

  const regionRows = [...regions].sort(byCode).map((r) => [r.code, r.nom, r.typeLiaison]);
  const departementRows = [...departements]
    .sort(byCode)
    .map((d) => [d.code, d.nom, d.typeLiaison, d.region, d.zone]);

  const header = {
    format: FORMAT,
    sources: {
      '@etalab/decoupage-administratif': versions.decoupage,
      'codes-postaux': versions.codesPostaux,
      licence: 'Licence Ouverte (Etalab) / MIT',
    },
    colonnes: {
      regions: ['code', 'nom', 'typeLiaison'],
      departements: ['code', 'nom', 'typeLiaison', 'region', 'zone'],
      communes: ['code', 'nom', 'typeLiaison', 'population', '[[codePostal, libelleAcheminement?, codeRattacheeDuLibelle?]]'],
      rattachees: ['code', 'nom', 'type (D déléguée, A associée, M arrondissement municipal)', 'codeCommune'],
      anciensCodes: ['ancienCode', 'codeCommune'],
    },
  };

  // One record per line: valid JSON, readable diffs when a new vintage changes a few communes.
  const block = (name, rows) => `"${name}":[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]`;
  const head = JSON.stringify(header).slice(1, -1);
  const text = `{${head},\n${[
    block('regions', regionRows),
    block('departements', departementRows),
    block('communes', communeRows),
    block('rattachees', rattacheeRows),
    block('anciensCodes', ancienRows),
  ].join(',\n')}\n}\n`;

  return { text, stats: { ...stats, communes: communeRows.length, rattachees: rattacheeRows.length, anciensCodes: ancienRows.length } };
}

function main(argv) {
  const started = process.hrtime.bigint();
  const { text, stats } = buildCommunes();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const bytes = Buffer.byteLength(text);

  if (argv.includes('--check')) {
    const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : undefined;
    if (current !== text) {
      process.stderr.write(`data/communes.json est absent ou périmé : lancez node scripts/build-communes.mjs\n`);
      return 1;
    }
    process.stdout.write(`data/communes.json à jour (${bytes} octets)\n`);
    return 0;
  }

  const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : undefined;
  if (current !== text) {
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, text);
  }
  process.stdout.write(
    `data/communes.json ${current === text ? 'inchangé' : 'écrit'} : ${stats.communes} communes, ` +
      `${stats.rattachees} rattachées, ${stats.anciensCodes} anciens codes, ` +
      `libellés ${stats.direct} directs / ${stats.rattachee} via rattachée / ${stats.absent} absents ; ` +
      `${bytes} octets en ${ms.toFixed(0)} ms\n`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
