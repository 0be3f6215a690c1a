#!/usr/bin/env node
// Re-generates regencies.csv, districts.csv and villages.csv in this folder
// (the Lampung province subset, code 18) from the npm package idn-area-data@4.0.1.
//
// Usage:
//   mkdir -p /tmp/idn && cd /tmp/idn && npm pack idn-area-data@4.0.1 && tar xzf idn-area-data-4.0.1.tgz
//   node content/regions/extract.mjs /tmp/idn/package [output-dir]
//
// The first argument is the unpacked package folder (the one holding package.json
// and data/). The output folder defaults to the folder of this script.
// Needs only Node.js (no npm dependencies). Exits non-zero if any check fails.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROVINCE = '18';
const EXPECTED = { regencies: 15, districts: 229, villages: 2651 };

// village_term per regency, added by this project (not part of the package).
// The expected name guards against a code/name mismatch in a future package version.
const VILLAGE_TERMS = {
  '18.01': ['Kabupaten Lampung Selatan', 'Desa'],
  '18.02': ['Kabupaten Lampung Tengah', 'Kampung'],
  '18.03': ['Kabupaten Lampung Utara', 'Desa'],
  '18.04': ['Kabupaten Lampung Barat', 'Pekon'],
  '18.05': ['Kabupaten Tulang Bawang', 'Kampung'],
  '18.06': ['Kabupaten Tanggamus', 'Pekon'],
  '18.07': ['Kabupaten Lampung Timur', 'Desa'],
  '18.08': ['Kabupaten Way Kanan', 'Kampung'],
  '18.09': ['Kabupaten Pesawaran', 'Desa'],
  '18.10': ['Kabupaten Pringsewu', 'Pekon'],
  '18.11': ['Kabupaten Mesuji', 'Kampung'],
  '18.12': ['Kabupaten Tulang Bawang Barat', 'Tiyuh'],
  '18.13': ['Kabupaten Pesisir Barat', 'Pekon'],
  '18.71': ['Kota Bandar Lampung', 'Kelurahan'],
  '18.72': ['Kota Metro', 'Kelurahan'],
};

const pkgDir = process.argv[2];
if (!pkgDir) {
  console.error('usage: node extract.mjs <unpacked idn-area-data package dir> [output dir]');
  process.exit(2);
}
const outDir = resolve(process.argv[3] ?? dirname(fileURLToPath(import.meta.url)));

const errors = [];
const fail = (msg) => errors.push(msg);

const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
if (pkg.name !== 'idn-area-data' || pkg.version !== '4.0.1') {
  console.error(`warning: expected idn-area-data@4.0.1, found ${pkg.name}@${pkg.version}`);
}

// Minimal RFC 4180 parser: quoted fields, doubled quotes, CRLF or LF.
function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      row.push(field); field = '';
      if (!(row.length === 1 && row[0] === '')) rows.push(row);
      row = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h.trim(), r[k] ?? ''])));
}

const read = (name) => parseCsv(readFileSync(join(pkgDir, 'data', `${name}.csv`), 'utf8'));

// Codes in 4.0.1 are already dotted (18.06, 18.06.01, 18.06.01.2001).
// Undotted codes (1806, 180601, 1806012001) are converted to 2.2 / 2.2.2 / 2.2.2.4.
function dotted(code) {
  const c = code.trim();
  if (c.includes('.')) return c;
  const parts = [];
  const widths = [2, 2, 2, 4];
  let pos = 0;
  for (const w of widths) {
    if (pos >= c.length) break;
    parts.push(c.slice(pos, pos + w));
    pos += w;
  }
  if (pos !== c.length) fail(`cannot dot code ${code}`);
  return parts.join('.');
}

// Title case, applied only when a name is entirely upper case in the source
// (in 4.0.1 the Lampung names are already mixed case, so this is a no-op there).
// Roman numerals I..XXXIX stay upper case.
const ROMAN = /^X{0,3}(IX|IV|V?I{0,3})$/;
function titleCase(name) {
  const n = name.trim().replace(/\s+/g, ' ');
  if (!/[A-Z]/.test(n) || n !== n.toUpperCase()) return n;
  return n.replace(/[A-Z][A-Z']*/g, (w) => (ROMAN.test(w) ? w : w[0] + w.slice(1).toLowerCase()));
}

function csvField(v) {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function writeCsv(file, header, rows) {
  const lines = [header.join(','), ...rows.map((r) => header.map((h) => csvField(r[h])).join(','))];
  writeFileSync(join(outDir, file), lines.join('\n') + '\n', 'utf8');
}

const inProvince = (code) => code === PROVINCE || code.startsWith(PROVINCE + '.');
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const regencies = read('regencies')
  .map((r) => ({ code: dotted(r.code), name: titleCase(r.name) }))
  .filter((r) => inProvince(r.code))
  .sort(byCode)
  .map((r) => {
    const term = VILLAGE_TERMS[r.code];
    if (!term) { fail(`no village_term for regency ${r.code} ${r.name}`); return { ...r, village_term: '' }; }
    if (term[0] !== r.name) fail(`regency ${r.code}: expected name "${term[0]}", package has "${r.name}"`);
    return { ...r, village_term: term[1] };
  });

const districts = read('districts')
  .map((d) => ({ code: dotted(d.code), regency_code: dotted(d.regency_code), name: titleCase(d.name) }))
  .filter((d) => inProvince(d.code))
  .sort(byCode);

const villages = read('villages')
  .map((v) => ({ code: dotted(v.code), district_code: dotted(v.district_code), name: titleCase(v.name) }))
  .filter((v) => inProvince(v.code))
  .sort(byCode);

// Checks: counts, unique codes, parent references, code shape.
function checkUnique(label, rows) {
  const seen = new Set();
  for (const r of rows) {
    if (seen.has(r.code)) fail(`duplicate ${label} code ${r.code}`);
    seen.add(r.code);
  }
  return seen;
}
const regencyCodes = checkUnique('regency', regencies);
const districtCodes = checkUnique('district', districts);
checkUnique('village', villages);
for (const d of districts) {
  if (!regencyCodes.has(d.regency_code)) fail(`district ${d.code}: unknown regency ${d.regency_code}`);
  if (!/^\d{2}\.\d{2}\.\d{2}$/.test(d.code) || !d.code.startsWith(d.regency_code + '.')) fail(`district ${d.code}: bad code`);
}
for (const v of villages) {
  if (!districtCodes.has(v.district_code)) fail(`village ${v.code}: unknown district ${v.district_code}`);
  if (!/^\d{2}\.\d{2}\.\d{2}\.[12]\d{3}$/.test(v.code) || !v.code.startsWith(v.district_code + '.')) fail(`village ${v.code}: bad code`);
}
for (const r of regencies) if (!/^\d{2}\.\d{2}$/.test(r.code)) fail(`regency ${r.code}: bad code`);
for (const [k, rows] of Object.entries({ regencies, districts, villages })) {
  if (rows.length !== EXPECTED[k]) fail(`${k}: expected ${EXPECTED[k]} rows, package gives ${rows.length}`);
  for (const r of rows) if (!r.name) fail(`${k} ${r.code}: empty name`);
}

if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`${errors.length} problem(s); nothing written.`);
  process.exit(1);
}

writeCsv('regencies.csv', ['code', 'name', 'village_term'], regencies);
writeCsv('districts.csv', ['code', 'regency_code', 'name'], districts);
writeCsv('villages.csv', ['code', 'district_code', 'name'], villages);

const kelurahan = villages.filter((v) => v.code.split('.')[3].startsWith('1')).length;
console.log(`source: ${pkg.name}@${pkg.version}`);
console.log(`regencies ${regencies.length}, districts ${districts.length}, villages ${villages.length} ` +
  `(kelurahan ${kelurahan}, desa/pekon/tiyuh/kampung ${villages.length - kelurahan})`);
console.log(`written to ${outDir}`);
