/**
 * Step 3: expressions relative to the publication date, in this order (an earlier rule
 * takes its atoms first): periods (الأسبوع الماضي, هذا العام, last week, earlier this month,
 * في وقت لاحق هذا العام), ago (قبل ثلاثة أيام, منذ 20 عاما, two days ago), deictic days
 * (اليوم, أمس, اليوم (الاثنين), yesterday morning), weekdays (يوم الاثنين, الخميس المقبل,
 * last Tuesday), then في وقت لاحق/سابق and مؤخرا alone.
 */
import { AGO_MAX } from './constants.js';
import { FROM_GAP, hasRole, meaning, roleOf, type Atom, type Expr, type Grid, type Part } from './grid.js';
import { matchKey } from '../text/normalize/arabic.js';

const PARTS: readonly Part[] = ['begin', 'mid', 'end'];
/** Highest day of a month. */
const MAX_DAY = 31;
const DIRS = ['past', 'next', 'this'] as const;
/** Direction role → offset in units. */
const DIR_OFFSET: Record<(typeof DIRS)[number], number> = { past: -1, next: 1, this: 0 };
/** `من` after a unit ties it to an event (قبل عام من الانتخابات), not to the publication date. */
const FROM_KEY = matchKey('من');
/** `في وقت لاحق من هذا العام`, `earlier this month`: the connector allowed before the period. */
const WITHIN_GAP = new RegExp(`^\\s*(?:${FROM_KEY}\\s+)?$`);
/** A weekday in parentheses after اليوم: `اليوم (الاثنين)`. */
const PAREN_OPEN_GAP = /^\s*\(?\s*$/;
const PAREN_CLOSE_AFTER = /^\s*\)/;
/** Between a part of the day and the word it qualifies: `mid-week` is not ours, but `صباح اليوم`. */
const PART_GAP = /^\s*-?\s*$/;

/** Atom kinds that, right after قبل + unit, make the unit part of another expression. */
const TIED_KINDS = new Set(['number', 'weekday', 'month', 'hijri', 'day']);

const langOf = (a: Atom): string => (a.latin ? 'en' : 'ar');

/** الأسبوع الماضي, هذا العام, last week, early next year, earlier this month. */
function period(g: Grid, a: Atom): Expr | undefined {
  const u = meaning(a, 'unit');
  if (!u || u.count !== 1 || u.unit === 'day') return undefined;
  let first = a;
  let last = a;
  let dir = roleOf(g.next(a), DIRS);
  if (dir && !a.latin) last = g.next(a)!;
  else {
    dir = roleOf(g.prev(a), DIRS);
    if (!dir) return undefined;
    first = g.prev(a)!;
  }
  // A day of the month: 18 من الشهر الحالي, الخامس من الشهر الماضي.
  const dayAtom = u.unit === 'month' && !a.latin ? g.prev(first, FROM_GAP) : undefined;
  const day = meaning(dayAtom, 'number');
  if (day && (day.digits || day.suffix === 'ordinal') && day.suffix !== 'greg' && day.suffix !== 'hijri' && day.value <= MAX_DAY) {
    first = dayAtom!;
    return g.take(first, last, { type: 'period', unit: 'month', n: DIR_OFFSET[dir], day: day.value }, `ar-day-${dir}-month`);
  }
  const part = roleOf(g.prev(first, PART_GAP), PARTS);
  if (part) first = g.prev(first, PART_GAP)!;
  const within = g.prev(first, WITHIN_GAP);
  if (hasRole(within, 'within', 'anaphoric')) first = within!;
  const rule = `${langOf(a)}-${part ? `${part}-` : ''}${dir}-${u.unit}`;
  return g.take(first, last, { type: 'period', unit: u.unit, n: DIR_OFFSET[dir], part: u.unit === 'month' ? part : undefined }, rule);
}

/** قبل ثلاثة أيام, منذ 20 عاما, قبل يومين, قبل أسبوع, three days ago, a week ago. */
function ago(g: Grid, a: Atom): Expr | undefined {
  const u = meaning(a, 'unit');
  if (!u) return undefined;
  const numAtom = g.prev(a);
  const num = meaning(numAtom, 'number');
  const n = num && !num.suffix ? num.value : typeof u.count === 'number' ? u.count : undefined;
  if (n === undefined || n < 1 || n > AGO_MAX) return undefined;
  const first = num ? numAtom! : a;
  const after = g.next(a);
  if (hasRole(after, 'ago-after')) return g.take(first, after!, { type: 'ago', unit: u.unit, n }, 'en-n-units-ago');
  const before = g.prev(first);
  if (!hasRole(before, 'ago-before') || a.latin) return undefined;
  // قبل عام من الانتخابات, قبل يوم الاثنين, منذ عام 2011: not counted back from publication.
  const next = g.words[a.wEnd];
  const nextAtom = g.atomAtWord(a.wEnd);
  if (next && (next.key === FROM_KEY || nextAtom?.meanings.some((m) => TIED_KINDS.has(m.kind)))) return undefined;
  return g.take(before!, a, { type: 'ago', unit: u.unit, n }, 'ar-before-n-units');
}

/** اليوم, أمس, أول أمس, غدا, مساء أمس, اليوم (الاثنين), yesterday morning. */
function deicticDay(g: Grid, a: Atom): Expr | undefined {
  const day = meaning(a, 'day');
  if (!day) return undefined;
  if (hasRole(g.prev(a), 'not-deictic-before') || hasRole(g.next(a), 'not-deictic-after')) return undefined;
  let first = a;
  let last = a;
  let end = a.end;
  const p = g.prev(a, PART_GAP);
  if (hasRole(p, 'part') && !p!.latin) first = p!;
  const wd = g.next(a, PAREN_OPEN_GAP);
  if (wd && meaning(wd, 'weekday') && wd.latin === a.latin) {
    last = wd;
    const close = PAREN_CLOSE_AFTER.exec(g.text.slice(wd.end));
    end = close && g.text.slice(a.end, wd.start).includes('(') ? wd.end + close[0].length : wd.end;
  } else if (a.latin && hasRole(g.next(a), 'part')) {
    last = g.next(a)!;
    end = last.end;
  }
  return g.take(first, last, { type: 'period', unit: 'day', n: day.offset }, `${langOf(a)}-day${day.offset}${last !== a ? '-weekday' : ''}`, end);
}

/** يوم الاثنين, مساء الخميس, الإثنين الماضي, الخميس المقبل, on Monday, last Tuesday, Monday night. */
function weekday(g: Grid, a: Atom): Expr | undefined {
  const wd = meaning(a, 'weekday');
  if (!wd || (a.latin && !a.cased)) return undefined;
  if (hasRole(g.prev(a), 'not-weekday-before') || hasRole(g.next(a), 'not-weekday-after')) return undefined;
  let first = a;
  let last = a;
  let dir: 'last' | 'next' | undefined;
  const after = g.next(a);
  const before = g.prev(a);
  if (!a.latin && hasRole(after, 'past', 'next')) {
    last = after!;
    dir = hasRole(after, 'past') ? 'last' : 'next';
  } else if (a.latin && hasRole(before, 'past', 'next', 'this')) {
    first = before!;
    dir = hasRole(before, 'past') ? 'last' : hasRole(before, 'next') ? 'next' : undefined;
  }
  if (a.latin && hasRole(g.next(last), 'part')) last = g.next(last)!;
  if (hasRole(g.prev(first), 'day-word')) first = g.prev(first)!;
  if (!a.latin && hasRole(g.prev(first), 'part')) first = g.prev(first)!;
  return g.take(first, last, { type: 'weekday', weekday: wd.weekday, dir }, `${langOf(a)}-weekday${dir ? `-${dir}` : ''}`);
}

function anaphoric(g: Grid, a: Atom): Expr | undefined {
  if (hasRole(a, 'anaphoric')) return g.take(a, a, { type: 'anaphoric' }, 'ar-anaphoric');
  if (hasRole(a, 'recent')) return g.take(a, a, { type: 'recent' }, `${langOf(a)}-recent`);
  return undefined;
}

export function findRelative(g: Grid): Expr[] {
  const out: Expr[] = [];
  for (const rule of [period, ago, deicticDay, weekday, anaphoric]) {
    for (const a of g.atoms) {
      if (g.isUsed(a)) continue;
      const e = rule(g, a);
      if (e) out.push(e);
    }
  }
  return out;
}
