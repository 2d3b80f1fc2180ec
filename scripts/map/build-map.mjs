// Converts Natural Earth country shapes (npm `world-atlas`, 1:50m, public domain) ONCE into the
// compact JSON the web app serves: one SVG path string per state, already projected (Natural
// Earth I projection) and simplified, keyed by ISO 3166-1 alpha-3.
//
// Run by hand when the shapes or the projection should change, then commit the output:
//   cd scripts/map && npm ci && npm run build
// Output: web/src/main/resources/web/map/world.json (see docs/data-sources.md for attribution).
//
// Design:
// - The server inlines these paths into the home page and colours each one by the state's status,
//   so the map works without JavaScript; projecting here keeps d3 out of the browser and the JVM.
// - Coordinates are rounded to 0.1 px of a 1000 px wide map: finer than a screen shows, and
//   about a third of the bytes of full precision.
// - Topology-preserving simplification (Visvalingam weights from topojson-simplify) keeps shared
//   borders shared, so neighbours never gap or overlap after simplifying.
// - States too small to see or click at this scale (Malta, Tonga, the Marshall Islands...) get a
//   marker point ("dot") that the page draws as a small circle.
// - Antarctica is dropped: no state, and a fifth of the map's height.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { feature, merge } from "topojson-client";
import { presimplify, simplify, quantile } from "topojson-simplify";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, "../../web/src/main/resources/web/map/world.json");
const WIDTH = 1000;
// Keep the 15% of points that carry the most weight; tuned so the file stays near 200 KB.
const KEEP_QUANTILE = 0.15;
// Below this projected area (px^2 on a 1000 px map) a state also gets a dot.
const DOT_AREA = 12;

const atlasPath = resolve(here, "node_modules/world-atlas/countries-50m.json");
const topology = JSON.parse(readFileSync(atlasPath, "utf8"));

// Features without an ISO numeric id in Natural Earth, assigned as the UN treats them:
// Somaliland and Northern Cyprus are parts of Somalia and Cyprus; the Indian Ocean territories are
// Australian. Kosovo has no ISO code: XKX is the user-assigned code most data sets use.
// Siachen Glacier stays unassigned (disputed, no state claims it alone).
const BY_NAME = { "Somaliland": "SOM", "N. Cyprus": "CYP", "Indian Ocean Ter.": "AUS", "Kosovo": "XKX" };

function alpha3(geometry) {
  if (geometry.id) {
    const code = countries.numericToAlpha3(geometry.id);
    if (!code) throw new Error(`no alpha-3 for numeric ${geometry.id} (${geometry.properties.name})`);
    return code;
  }
  return BY_NAME[geometry.properties.name] ?? null;
}

const simplified = simplify(presimplify(topology), quantile(presimplify(topology), KEEP_QUANTILE));
const geometries = simplified.objects.countries.geometries.filter((g) => g.properties.name !== "Antarctica");

// Several Natural Earth features can share one state (Somaliland + Somalia): merge them.
const groups = new Map();
for (const g of geometries) {
  const code = alpha3(g) ?? `_${g.properties.name}`;
  if (!groups.has(code)) groups.set(code, []);
  groups.get(code).push(g);
}

const land = { type: "FeatureCollection", features: geometries.map((g) => feature(simplified, g)) };
const projection = geoNaturalEarth1().fitWidth(WIDTH, land);
const path = geoPath(projection).digits(1);
const [[, y0], [, y1]] = path.bounds(land);
const height = Math.ceil(y1 - Math.min(0, y0));

const shapes = [];
for (const [code, parts] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  const f = parts.length === 1 ? feature(simplified, parts[0]) : { type: "Feature", geometry: merge(simplified, parts) };
  const d = path(f);
  if (!d) continue;
  const main = parts.find((p) => p.id) ?? parts[0];
  const shape = {
    id: code.startsWith("_") ? null : code,
    name: main.properties.name,
    d,
  };
  if (path.area(f) < DOT_AREA) {
    const [x, y] = path.centroid(f);
    shape.dot = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  }
  shapes.push(shape);
}

const result = {
  source: "Natural Earth 1:50m admin-0 countries via world-atlas 2.0.2 (public domain); projection Natural Earth I",
  width: WIDTH,
  height,
  shapes,
};
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(result);
writeFileSync(out, json + "\n");
console.log(`${shapes.length} shapes, ${shapes.filter((s) => s.dot).length} with dots, ${WIDTH}x${height}, ${json.length} bytes -> ${out}`);
