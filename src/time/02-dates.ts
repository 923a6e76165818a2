/**
 * Step 2: calendar dates. A month name (Gregorian or Hijri) gathers what stands around it:
 * a day before it (`14 تشرين الأول`) or after it (`October 14`), a year after it, a double
 * form (`حزيران/يونيو`, `حزيران (يونيو)`), شهر, a part (`مطلع`, `mid-`), and a weekday in a
 * dateline (`Monday, January 14, 2019`). Guarded names (آب, مارس, نيسان, May) need one of
 * those or a licensing word (في, منذ, in). Then bare years: `2024م`, `1445هـ`, `عام 2024`, `in 2023`.
 */
import { daysInMonth } from './calendar.js';
import { YEAR_MAX, YEAR_MIN, HIJRI_YEAR_MAX, HIJRI_YEAR_MIN } from './constants.js';
import { FROM_GAP, FROM_WORD, hasRole, meaning, roleOf, type Atom, type Expr, type Grid, type Part } from './grid.js';

/** A second name of the same month: `/`, `-`, an opening parenthesis or a space. */
const DOUBLE_GAP = /^\s*[/(\-\u2013]?\s*$/;
const OPEN_PAREN = /\(/;
const CLOSE_PAREN_AFTER = /^\s*\)/;
/** Between a month abbreviation and its day: `Oct. 14`. */
const DAY_AFTER_GAP = /^\.?\s*$/;
/** Between the month and what follows it, past a closing parenthesis: `(مارس) الماضي`. */
const AFTER_GAP = /^\s*\)?\s*$/;
/** Between the day or month and the year: `October 14, 2024`, `(مارس) 2016`, `أكتوبر من عام 2024`. */
const YEAR_GAP = new RegExp(`^\\s*\\)?\\.?\\s*[,\u060C]?\\s*(?:${FROM_WORD}\\s+)?$`);
/** Between the month and a year period, past a closing parenthesis: `تشرين الأول (أكتوبر) من العام الماضي`. */
const PERIOD_GAP = new RegExp(`^\\s*\\)?\\s*(?:${FROM_WORD}\\s+)?$`);
/** Between a weekday and the date: `Monday, January 14`. */
const DATELINE_GAP = /^\s*[,\u060C]?\s*$/;
/** Between a part and the month: `mid-June`, `منتصف حزيران`. */
const PART_GAP = /^\s*-?\s*$/;
/** A clock time follows the number: `October 14 10:30` is not day 10. */
const CLOCK_AFTER = /^:\d/;
const MAX_DAY = 31;
const PARTS: readonly Part[] = ['begin', 'mid', 'end'];
const DIRS = ['past', 'next', 'this'] as const;

type Cal = 'greg' | 'hijri';

/** The month an atom names, when it can be one (English names must be capitalised). */
function monthOf(a: Atom | undefined): { cal: Cal; month: number; guarded: boolean } | undefined {
  if (!a || (a.latin && !a.cased)) return undefined;
  const g = meaning(a, 'month');
  if (g) return { cal: 'greg', month: g.month, guarded: g.guarded };
  const h = meaning(a, 'hijri');
  return h && { cal: 'hijri', month: h.month, guarded: h.guarded };
}

/** A day number: digits (14, 14th) or an ordinal word (الثامن). */
function dayOf(a: Atom | undefined): number | undefined {
  const n = meaning(a, 'number');
  if (!n || (!n.digits && n.suffix !== 'ordinal')) return undefined;
  return n.suffix !== 'greg' && n.suffix !== 'hijri' && n.value >= 1 && n.value <= MAX_DAY ? n.value : undefined;
}

/** `العام الماضي`, `هذا العام` after a month: the year offset and the last atom. */
function yearPeriodAfter(g: Grid, a: Atom): { n: number; last: Atom } | undefined {
  const b = g.next(a, PERIOD_GAP);
  const u = meaning(b, 'unit');
  if (b && u?.unit === 'year' && u.count === 1) {
    const dir = roleOf(g.next(b), DIRS);
    return dir && { n: dir === 'past' ? -1 : dir === 'next' ? 1 : 0, last: g.next(b)! };
  }
  const unit = b && hasRole(b, 'this') ? g.next(b) : undefined;
  return meaning(unit, 'unit')?.unit === 'year' ? { n: 0, last: unit! } : undefined;
}

function yearOf(a: Atom | undefined, cal: Cal): number | undefined {
  const n = meaning(a, 'number');
  if (!n || !n.digits || n.suffix === 'ordinal') return undefined;
  if (cal === 'hijri') return n.suffix !== 'greg' && n.value >= HIJRI_YEAR_MIN && n.value <= HIJRI_YEAR_MAX ? n.value : undefined;
  return n.suffix !== 'hijri' && n.value >= YEAR_MIN && n.value <= YEAR_MAX ? n.value : undefined;
}

function monthExpr(g: Grid, a: Atom): Expr | undefined {
  const mo = monthOf(a);
  if (!mo) return undefined;
  let first = a;
  let last = a;
  let end = a.end;
  let licensed = !mo.guarded;
  const steps: string[] = [];
  const extend = (b: Atom): void => {
    last = b;
    end = b.end;
  };
  // Double form: حزيران/يونيو, يونيو/حزيران, حزيران (يونيو), مارس - آذار, يناير كانون الثاني.
  const twin = g.next(a, DOUBLE_GAP);
  const t = monthOf(twin);
  if (twin && t && t.cal === mo.cal && t.month === mo.month) {
    extend(twin);
    const close = OPEN_PAREN.test(g.text.slice(a.end, twin.start)) ? CLOSE_PAREN_AFTER.exec(g.text.slice(twin.end)) : null;
    if (close) end += close[0].length;
    licensed = true;
    steps.push('double');
  }
  // Day before (14 تشرين الأول, الثامن من يوليو) or, failing that, after (October 14).
  let d = dayOf(g.prev(first, FROM_GAP));
  if (d !== undefined) first = g.prev(first, FROM_GAP)!;
  else if (a.latin && last === a) {
    const n = g.next(a, DAY_AFTER_GAP);
    const nd = dayOf(n);
    if (n && nd !== undefined && !CLOCK_AFTER.test(g.text.slice(n.end)) && yearOf(n, mo.cal) === undefined) {
      d = nd;
      extend(n);
    }
  }
  // Year after, possibly behind (من) عام: أكتوبر من عام 2024.
  const yAtom = g.next(last, YEAR_GAP);
  const yNum = hasRole(yAtom, 'year-word') ? g.next(yAtom!) : yAtom;
  const y = yearOf(yNum, mo.cal);
  if (y !== undefined) extend(yNum!);
  // Without a year: يونيو من العام الماضي, يونيو الماضي, رمضان المقبل.
  let dir: 'last' | 'next' | undefined;
  let yearOffset: number | undefined;
  const period = y === undefined && !a.latin ? yearPeriodAfter(g, last) : undefined;
  const after = y === undefined && !a.latin && !period ? g.next(last, AFTER_GAP) : undefined;
  if (period) {
    yearOffset = period.n;
    extend(period.last);
    steps.push('year-period');
  } else if (after && hasRole(after, 'this')) {
    yearOffset = 0;
    extend(after);
    steps.push('this');
  } else if (after && hasRole(after, 'past', 'next')) {
    dir = hasRole(after, 'past') ? 'last' : 'next';
    extend(after);
    steps.push(dir);
  } else if (y === undefined && a.latin && d === undefined) {
    // English puts the direction before: last October, next March, this June (else the nearest October).
    const before = g.prev(first);
    const role = roleOf(before, DIRS);
    if (role === 'this') yearOffset = 0;
    else if (role) dir = role === 'past' ? 'last' : 'next';
    if (role) {
      first = before!;
      steps.push(role === 'past' ? 'last' : role);
    }
  }
  if (dir || yearOffset !== undefined) licensed = true;
  // Before: شهر, a part (مطلع, mid-), يوم, a weekday (dateline).
  let part: Part | undefined;
  if (d === undefined) {
    const mw = g.prev(first);
    if (hasRole(mw, 'month-word')) { first = mw!; licensed = true; }
    const p = g.prev(first, PART_GAP);
    part = roleOf(p, PARTS);
    if (part) { first = p!; licensed = true; }
  } else if (hasRole(g.prev(first), 'day-word')) first = g.prev(first)!;
  if (d !== undefined || y !== undefined) {
    const wd = g.prev(first, DATELINE_GAP);
    if (wd && meaning(wd, 'weekday') && !(wd.latin && !wd.cased)) {
      first = wd;
      if (hasRole(g.prev(first), 'day-word')) first = g.prev(first)!;
      steps.push('weekday');
    }
  }
  if (hasRole(g.prev(first), 'licence', 'month-word')) licensed = true;
  if (!licensed && d === undefined && y === undefined) return undefined;
  if (y !== undefined && d !== undefined && mo.cal === 'greg' && d > daysInMonth(y, mo.month)) return undefined;
  const shape = [d !== undefined ? 'day' : '', part ?? '', 'month', y !== undefined ? 'year' : '', ...steps].filter(Boolean).join('-');
  const what = { type: 'date', cal: mo.cal, y, m: mo.month, d, part, dir, yearOffset } as const;
  return g.take(first, last, what, `${a.latin ? 'en' : 'ar'}-${mo.cal === 'hijri' ? 'hijri-' : ''}${shape}`, end);
}

function yearExpr(g: Grid, a: Atom): Expr | undefined {
  const n = meaning(a, 'number');
  if (!n || !n.digits) return undefined;
  if (n.suffix === 'hijri') {
    const y = yearOf(a, 'hijri');
    return y === undefined ? undefined : g.take(a, a, { type: 'year', cal: 'hijri', y }, 'ar-hijri-year');
  }
  const y = yearOf(a, 'greg');
  if (y === undefined) return undefined;
  const before = g.prev(a);
  if (hasRole(before, 'year-word')) return g.take(before!, a, { type: 'year', cal: 'greg', y }, 'ar-year-word-year');
  if (n.suffix === 'greg') return g.take(a, a, { type: 'year', cal: 'greg', y }, 'ar-year-suffix');
  if (hasRole(before, 'licence')) return g.take(a, a, { type: 'year', cal: 'greg', y }, `${before!.latin ? 'en' : 'ar'}-licence-year`);
  return undefined;
}

export function findDates(g: Grid): Expr[] {
  const out: Expr[] = [];
  for (const rule of [monthExpr, yearExpr]) {
    for (const a of g.atoms) {
      if (g.isUsed(a)) continue;
      const e = rule(g, a);
      if (e) out.push(e);
    }
  }
  return out;
}
