/**
 * Whether a responsible unit's name is a body the checker knows: the bodies of src/data/units.json
 * (shared with the tasks stage, read only), those of src/data/known-bodies.json and the names a
 * configuration adds. A name is compared without its level prefix (市, 省 …) or the plan's own region
 * (泰安市), with width folded, spaces and a trailing bracketed note removed, and 人民政府 read as 政府.
 */
import units from '../data/units.json' with { type: 'json' };
import extra from '../data/known-bodies.json' with { type: 'json' };

const PREFIXES = [...units.prefixes].sort((a, b) => b.length - a.length);
const PATTERNS = extra.patterns.map((p) => new RegExp(p));

/** Comparable key of a body name. */
export function bodyKey(name: string): string {
  let s = name.normalize('NFKC').replace(/\s+/g, '');
  s = s.replace(/[〈《【〔「<[{]/g, '(').replace(/[〉》】〕」>\]}]/g, ')');
  // a trailing note in brackets (`市科技局(市知识产权局)`, `各区人民政府〈含开发区管委会,下同〉`)
  for (let i = 0; i < 3; i++) s = s.replace(/\([^()]*\)$/, '');
  return s.replace(/人民政府/g, '政府');
}

export class KnownBodies {
  private readonly keys = new Set<string>();

  constructor(additional: string[] = []) {
    for (const b of units.bodies) for (const n of [b.name, ...b.aliases]) this.keys.add(bodyKey(n));
    for (const n of extra.names) this.keys.add(bodyKey(n));
    for (const n of additional) this.keys.add(bodyKey(n));
  }

  /** True when `name` (as written in the plan of `region`) names a known body. */
  has(name: string, region: string | null = null): boolean {
    const key = bodyKey(name);
    for (const candidate of this.withoutPrefixes(key, region)) {
      if (this.keys.has(candidate)) return true;
    }
    return PATTERNS.some((re) => re.test(key));
  }

  private withoutPrefixes(key: string, region: string | null): string[] {
    const out = [key];
    const regions = region ? [bodyKey(region), bodyKey(region).replace(/[省市县区州盟旗]$/, '')].filter((r) => r.length >= 2) : [];
    let rest = key;
    for (const r of regions) {
      if (rest.startsWith(r) && rest.length > r.length) {
        rest = rest.slice(r.length);
        out.push(rest);
        break;
      }
    }
    for (const k of [...out]) {
      for (const p of PREFIXES) {
        if (k.startsWith(p) && k.length > p.length) out.push(k.slice(p.length));
      }
    }
    return out;
  }
}
