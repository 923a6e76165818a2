/** @jsxImportSource hono/jsx */
import { timeline, type Position } from '../../claims/index.js';
import { dirOf } from '../../model/index.js';
import { dirOfCode } from '../text/direction.js';
import type { ClaimEntry, ClaimWithEntries } from '../../store/claims.js';
import { articleHref, claimHref, entityHref, storyHref } from '../site.js';
import type { ClaimSummary } from '../../store/web-claims.js';
import { ChainLine } from './chain.js';
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
      <time class="meta" datetime={e.date}>{e.date.slice(0, 10)}</time>{' '}
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

/** A claim: its formulation, the count by position, and every statement on it in time order. */
export function ClaimPage({ claim, positions, stories, chains }: {
  claim: ClaimWithEntries; positions: Record<Position, number>; stories: { id: string; title: string; language: string }[]; chains?: Chains;
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

export function ClaimListPage({ items, next }: { items: ClaimSummary[]; next?: string }) {
  return (
    <>
      <h1>Claims</h1>
      <p class="meta">Propositions stated across articles, with who holds which position. Most recently seen first.</p>
      {items.length === 0 ? <p>No claims yet.</p> : <ul class="articles">{items.map((c) => <li class={dirOf(c.lang)}><ClaimLine c={c} /></li>)}</ul>}
      {next && <nav class="pages" aria-label="Pages"><a rel="next" href={`/claims?cursor=${next}`}>Older claims →</a></nav>}
    </>
  );
}
