/** @jsxImportSource hono/jsx */
import { timeline, type Position } from '../../claims/index.js';
import { dirOf } from '../../model/index.js';
import { dirOfCode } from '../text/direction.js';
import type { ClaimEntry, ClaimWithEntries } from '../../store/claims.js';
import { articleHref, claimHref, entityHref, storyHref } from '../site.js';
import type { ClaimSummary } from '../../store/web-claims.js';
import type { Ranked } from '../../claims/nearby.js';
import type { UngroupedStatement } from '../../store/ungrouped.js';
import { CSRF_FIELD } from '../add/csrf.js';
import { ChainLine } from './chain.js';
import { TokenField } from './correct.js';
import type { Chains } from './entity.js';
import { STANCE_LABELS } from './statement.js';

export const POSITION_LABELS: Record<Position, string> = { for: 'for', against: 'against', unsure: 'unsure' };

/** The statement's ordinal in its article, from its id (`<article id>:<ordinal>`). */
export const ordinalOf = (statementId: string) => statementId.slice(statementId.lastIndexOf(':') + 1);

/** The link to the statement's sentence, marked in the article page. */
export const sentenceHref = (e: { articleId: string; statementId: string }) => `${articleHref(e.articleId)}#s-${ordinalOf(e.statementId)}`;

export function PositionCounts({ positions }: { positions: Record<Position, number> }) {
  return (
    <span class="positions">
      {(['for', 'against', 'unsure'] as const).map((p) => (
        <span class={`pos pos-${p}`} data-position={p}>{positions[p]} {POSITION_LABELS[p]}</span>
      ))}
    </span>
  );
}

function Entry({ e, chains }: { e: ClaimEntry; chains?: Chains }) {
  const origin = chains?.origins.get(e.articleId);
  const lang = e.lang;
  const dir = dirOf(lang);
  const speaker = <span class="speaker" lang={lang} dir={dir}>{e.speaker.text}</span>;
  return (
    <li data-position={e.position} data-stance={e.stance}>
      {e.undated
        ? <time class="meta" datetime={e.date} title="Neither the statement nor its article is dated: this is when isnad stored it">added {e.date.slice(0, 10)}</time>
        : <time class="meta" datetime={e.date}>{e.date.slice(0, 10)}</time>}{' '}
      {e.speaker.entity ? <a href={entityHref(e.speaker.entity)}>{speaker}</a> : speaker}{' '}
      <span class={`stance stance-${e.stance}`}>{STANCE_LABELS[e.stance] ?? e.stance}</span>{' '}
      <span class={`pos pos-${e.position}`}>{POSITION_LABELS[e.position]}</span>
      <blockquote lang={lang} dir={dir}>
        <a href={sentenceHref(e)}>{e.content}</a>
      </blockquote>
      <div class="meta">
        {e.outlet && <><bdi lang={lang}>{e.outlet}</bdi> · </>}
        <a href={articleHref(e.articleId)} lang={lang} dir={dir}>{e.article.title}</a>
        {e.origin === 'user' && <> · placed by an editor</>}
      </div>
      {origin && chains && <ChainLine speaker={e.speaker.text} stance={e.stance} origin={origin} registry={chains.registry} />}
    </li>
  );
}

export type NearbyStatement = Ranked<UngroupedStatement>;

function NearbyItem({ s, movable }: { s: NearbyStatement; movable: boolean }) {
  const lang = s.article.language;
  const dir = dirOf(lang);
  const speaker = <span class="speaker" lang={lang} dir={dir}>{s.speaker.text}</span>;
  return (
    <li data-statement={s.id} data-stance={s.stance}>
      {movable && <><button type="submit" name="statement" value={s.id}>Move into this claim</button>{' '}</>}
      {s.speaker.entity ? <a href={entityHref(s.speaker.entity)}>{speaker}</a> : speaker}{' '}
      <span class={`stance stance-${s.stance}`}>{STANCE_LABELS[s.stance] ?? s.stance}</span>
      <blockquote lang={lang} dir={dir}>
        <a href={sentenceHref({ articleId: s.article.id, statementId: s.id })}>{s.content}</a>
      </blockquote>
      <div class="meta">
        {s.article.outlet && <><bdi lang={lang}>{s.article.outlet}</bdi> · </>}
        {s.article.publishedAt && <><time datetime={s.article.publishedAt}>{s.article.publishedAt.slice(0, 10)}</time> · </>}
        <a href={articleHref(s.article.id)} lang={lang} dir={dir}>{s.article.title}</a>
        {!s.ownArticle && <> · another article of the story</>}
      </div>
    </li>
  );
}

/**
 * The statements of the claim's articles and of their stories that the grouping left in no claim,
 * closest to the claim first; with `csrf` (the server has a write token), a button each that moves
 * it into the claim (the "Move a statement into this claim" form's route). Nothing when there are none.
 */
export function NearbyStatements({ claimId, items, csrf }: { claimId: string; items: NearbyStatement[]; csrf?: string }) {
  if (!items.length) return null;
  const list = <ol class="nearby">{items.map((s) => <NearbyItem s={s} movable={csrf !== undefined} />)}</ol>;
  return (
    <section class="nearby" aria-labelledby="nearby-h">
      <h2 id="nearby-h">Not grouped: statements nearby that may be about this claim</h2>
      <p class="meta">
        Statements of this claim's articles and of the other articles of their stories that are in no claim, the closest in words to
        this claim's statements first. The grouping may have missed them{csrf ? '; the write token moves one into this claim' : ''}.
      </p>
      {csrf === undefined ? list : (
        <form class="correct move-in-nearby" action={`${claimHref(claimId)}/move-in`} method="post">
          {/* The form's default button, disabled: Enter in the token field moves nothing. */}
          <button type="submit" disabled hidden aria-hidden="true" tabindex={-1}>Move</button>
          <input type="hidden" name={CSRF_FIELD} value={csrf} />
          <TokenField id="nearby-token" />
          {list}
        </form>
      )}
    </section>
  );
}

/** A claim: its formulation, the count by position, and every statement on it in time order. */
export function ClaimPage({ claim, positions, stories, chains, nearby = [], csrf }: {
  claim: ClaimWithEntries; positions: Record<Position, number>; stories: { id: string; title: string; language: string }[]; chains?: Chains;
  /** Statements in no claim that may be about this one; `csrf` (with a write token) gives each a button to move it in. */
  nearby?: NearbyStatement[]; csrf?: string;
}) {
  const entries = timeline(claim.members) as ClaimEntry[];
  return (
    <article class="claim">
      <p class="meta">Claim · {claim.concept}</p>
      <h1 lang={claim.lang} dir={dirOf(claim.lang)}>{claim.title}</h1>
      <p class="meta">
        Seen {claim.firstSeen.slice(0, 10)}{claim.lastSeen.slice(0, 10) !== claim.firstSeen.slice(0, 10) && <> to {claim.lastSeen.slice(0, 10)}</>}
        {' · '}{entries.length} statement{entries.length === 1 ? '' : 's'}
        {' · '}<a href={`${claimHref(claim.id)}/feed.atom`}>Atom</a> · <a href={`${claimHref(claim.id)}/feed.rss`}>RSS</a>
      </p>
      <p>Sources by position: <PositionCounts positions={positions} /></p>
      <h2>Timeline</h2>
      <ol class="timeline">{entries.map((e) => <Entry e={e} chains={chains} />)}</ol>
      <NearbyStatements claimId={claim.id} items={nearby} {...(csrf === undefined ? {} : { csrf })} />
      {stories.length > 0 && (
        <>
          <h2>In the stories</h2>
          <ul>{stories.map((s) => <li><a href={storyHref(s.id)} lang={s.language} dir={dirOfCode(s.language)}>{s.title}</a></li>)}</ul>
        </>
      )}
      <p class="meta">Positions: asserting, accusing, warning or demanding count as <em>for</em>; denying as <em>against</em>; doubting as <em>unsure</em>. isnad records who said what; it does not rate claims.</p>
    </article>
  );
}

/** One line per claim: title, counts, dates. */
export function ClaimLine({ c }: { c: ClaimSummary }) {
  return (
    <>
      <a class="title" href={claimHref(c.id)} lang={c.lang} dir={dirOf(c.lang)}>{c.title}</a>
      <div class="meta">
        <PositionCounts positions={c.positions} /> · {c.statements} statement{c.statements === 1 ? '' : 's'} · last {c.lastSeen.slice(0, 10)}
      </div>
    </>
  );
}

/** The claims list; `all`: claims stated once included, `hidden`: how many such claims the default list leaves out. */
export function ClaimListPage({ items, next, all = false, hidden = 0 }: { items: ClaimSummary[]; next?: string; all?: boolean; hidden?: number }) {
  const extra = all ? '&all=1' : '';
  return (
    <>
      <h1>Claims</h1>
      <p class="meta">Propositions stated across articles, with who holds which position. Most recently seen first.</p>
      <p class="meta">
        {all
          ? <>Showing every claim, including those stated once. <a href="/claims">Only claims stated more than once</a></>
          : <>Showing claims stated more than once.{hidden > 0 && <> <a href="/claims?all=1">Show also the {hidden} stated once</a></>}</>}
      </p>
      {items.length === 0 ? <p>No claims yet.</p> : <ul class="articles">{items.map((c) => <li class={dirOf(c.lang)}><ClaimLine c={c} /></li>)}</ul>}
      {next && <nav class="pages" aria-label="Pages"><a rel="next" href={`/claims?cursor=${next}${extra}`}>Older claims →</a></nav>}
    </>
  );
}
