// Builds Treatywatch's states table from the world-countries dataset (ODbL-1.0, pinned in
// package.json / package-lock.json) plus two hand-written files next to this script:
// overrides.tsv (UN short names, aliases, demonyms and capitals the dataset lacks) and
// former-states.tsv (ISO 3166-3 states the codebook can name).
//
//   cd scripts/states && npm ci && node build-states.mjs
//
// Output: core/src/main/resources/org/treatywatch/core/state/states.tsv, sorted by alpha-3,
// deterministic (running it twice gives the same bytes). Scope: UN members, the two observer
// states (Holy See, State of Palestine), the Cook Islands and Niue, plus the former states.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json');
const datasetVersion = require('world-countries/package.json').version;
const out = join(here, '../../core/src/main/resources/org/treatywatch/core/state/states.tsv');

const LIST_SEPARATOR = '|';

function tsvLines(file) {
  return readFileSync(join(here, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function clean(value) {
  const v = value.replace(/\s+/g, ' ').trim();
  if (v.includes(LIST_SEPARATOR) || v.includes('\t')) {
    throw new Error(`value contains a separator: ${JSON.stringify(value)}`);
  }
  return v;
}

// Keep names a reader of English text would meet: Latin script only (the dataset's altSpellings
// also hold native names in Cyrillic, Arabic, Hangul ...). Latin letters with diacritics stay.
function isLatin(s) {
  return !/[\u0250-\u02AF]/u.test(s) && /^[\p{Script=Latin}\p{M}0-9 .,'’()\-‘ʻ]+$/u.test(s);
}

function addUnique(list, value) {
  const v = clean(value);
  if (v !== '' && !list.some((x) => x.toLowerCase() === v.toLowerCase())) list.push(v);
}

const overrides = tsvLines('overrides.tsv');
const scopeOverride = new Map(overrides.filter(([, f]) => f === 'scope').map(([a3, , v]) => [a3, v]));

const states = new Map();
for (const c of countries) {
  const scope = scopeOverride.get(c.cca3) ?? (c.unMember ? 'member' : null);
  if (!scope) continue;
  const s = {
    alpha2: c.cca2,
    alpha3: c.cca3,
    numeric: c.ccn3,
    name: clean(c.name.common),
    formalName: clean(c.name.official),
    aliases: [],
    adjectives: [],
    capitals: [],
    former: false,
    membership: scope,
  };
  for (const alt of c.altSpellings ?? []) {
    // Two-letter codes are already the alpha-2 column; keep them out of the aliases so a
    // gazetteer reading aliases never matches "IN" or "US" in running text by accident.
    if (alt === c.cca2 || !isLatin(alt)) continue;
    addUnique(s.aliases, alt);
  }
  const eng = c.demonyms?.eng ?? {};
  for (const d of [eng.m, eng.f]) {
    if (!d) continue;
    // "Bosnian, Herzegovinian", "Kittitian or Nevisian"
    for (const part of d.split(/, | or /)) addUnique(s.adjectives, part);
  }
  for (const cap of c.capital ?? []) addUnique(s.capitals, cap);
  states.set(s.alpha3, s);
}

for (const [alpha3, field, value, ...rest] of overrides) {
  if (rest.length > 0 || value === undefined) throw new Error(`overrides.tsv: bad line for ${alpha3}`);
  const s = states.get(alpha3);
  if (!s) throw new Error(`overrides.tsv: ${alpha3} is not in scope`);
  switch (field) {
    case 'scope': break;
    case 'name': addUnique(s.aliases, s.name); s.name = clean(value); break;
    case 'formal_name': s.formalName = clean(value); break;
    case 'alias': addUnique(s.aliases, value); break;
    case 'adjective': addUnique(s.adjectives, value); break;
    case 'capital': addUnique(s.capitals, value); break;
    case 'drop_alias': s.aliases = s.aliases.filter((a) => a !== value); break;
    case 'drop_adjective': s.adjectives = s.adjectives.filter((a) => a !== value); break;
    default: throw new Error(`overrides.tsv: unknown field ${field}`);
  }
}
// An alias equal to the name or formal name says nothing new.
for (const s of states.values()) {
  const own = new Set([s.name.toLowerCase(), s.formalName.toLowerCase()]);
  s.aliases = s.aliases.filter((a) => !own.has(a.toLowerCase()));
}

const [header, ...former] = tsvLines('former-states.tsv');
for (const row of former) {
  const r = Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
  if (states.has(r.alpha3)) throw new Error(`former-states.tsv: ${r.alpha3} already present`);
  states.set(r.alpha3, {
    alpha2: r.alpha2,
    alpha3: r.alpha3,
    numeric: r.numeric,
    name: clean(r.name),
    formalName: clean(r.formal_name),
    aliases: r.aliases.split(LIST_SEPARATOR).filter(Boolean).map(clean),
    adjectives: r.adjectives.split(LIST_SEPARATOR).filter(Boolean).map(clean),
    capitals: r.capitals.split(LIST_SEPARATOR).filter(Boolean).map(clean),
    former: true,
    membership: 'former',
  });
}

const rows = [...states.values()].sort((a, b) => a.alpha3.localeCompare(b.alpha3));
for (const s of rows) {
  if (!/^[A-Z]{2}$/.test(s.alpha2) || !/^[A-Z]{3}$/.test(s.alpha3) || !/^[0-9]{3}$/.test(s.numeric)) {
    throw new Error(`bad codes for ${s.alpha3}: ${s.alpha2} ${s.numeric}`);
  }
}
const counts = rows.reduce((m, s) => m.set(s.membership, (m.get(s.membership) ?? 0) + 1), new Map());

const lines = [
  `# Treatywatch states table. GENERATED by scripts/states/build-states.mjs from world-countries ${datasetVersion}`,
  '# (ODbL-1.0, (c) Mohammed Le Doze and contributors) plus scripts/states/overrides.tsv and former-states.tsv.',
  '# Do not edit by hand: edit the overrides and run `npm ci && node build-states.mjs` there. See STATES-NOTICE.md.',
  '# Lists are separated by |. membership: member | observer | non-member | former.',
  ['alpha2', 'alpha3', 'numeric', 'name', 'formal_name', 'aliases', 'adjectives', 'capitals', 'membership'].join('\t'),
  ...rows.map((s) => [
    s.alpha2, s.alpha3, s.numeric, s.name, s.formalName,
    s.aliases.join(LIST_SEPARATOR), s.adjectives.join(LIST_SEPARATOR), s.capitals.join(LIST_SEPARATOR),
    s.membership,
  ].join('\t')),
];
writeFileSync(out, lines.join('\n') + '\n');
// The dataset's licence travels with the derived table.
copyFileSync(join(here, 'node_modules/world-countries/LICENSE'), join(dirname(out), 'ODbL-1.0.txt'));
console.log(`wrote ${rows.length} states (${[...counts].map(([k, v]) => `${v} ${k}`).join(', ')}) to ${out}`);
