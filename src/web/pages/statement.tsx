/** @jsxImportSource hono/jsx */
import { dirOf, type Lang } from '../../model/index.js';
import type { StoredStatement } from '../../store/index.js';
import type { OutletRegistry } from '../../outlets/index.js';
import type { ArticleOrigin } from '../../store/web-articles.js';
import { articleHref, entityHref } from '../site.js';
import { ChainLine } from './chain.js';

/** A word for each stance, so that a stance is never told by colour alone. */
export const STANCE_LABELS: Record<string, string> = {
  assert: 'asserts', deny: 'denies', accuse: 'accuses', doubt: 'doubts', warn: 'warns', demand: 'demands',
};

export interface StatementSource {
  id: string;
  title: string;
  language: Lang;
  outlet?: string;
  publishedAt?: string;
}

/**
 * One statement: speaker → stance → content, each in its own language and direction.
 * With `from`, a line naming the article it was said in (entity and search pages); with `inText` (the
 * article page), a link to its passage and its id, to paste into a claim's "Move a statement into this
 * claim"; with `chain`, the line of who reported and who republished it.
 */
export function StatementItem({ s, lang, from, inText, chain }: {
  s: StoredStatement; lang: Lang; from?: StatementSource; inText?: boolean; chain?: { origin: ArticleOrigin; registry: OutletRegistry };
}) {
  const dir = dirOf(lang);
  const speaker = <span class="speaker" lang={lang} dir={dir}>{s.speaker.text}</span>;
  const content = s.direct && !/^["“«„]/.test(s.content)
    ? <q lang={lang} dir={dir}>{s.content}</q>
    : <span class="content" lang={lang} dir={dir}>{s.content}</span>;
  return (
    <li id={from ? undefined : `statement-${s.ordinal}`} data-stance={s.stance} {...(inText ? { 'data-statement': s.id } : {})} lang={lang} dir={dir}>
      {s.speaker.entity ? <a href={entityHref(s.speaker.entity)}>{speaker}</a> : speaker}{' '}
      <span class={`stance stance-${s.stance}`} lang="en" dir="ltr">{STANCE_LABELS[s.stance] ?? s.stance}</span>{' '}
      <bdi>{content}</bdi>
      {s.time && <span class="meta" lang="en" dir="ltr"> ({s.time.value})</span>}
      {inText && <> <a class="meta" href={`#s-${s.ordinal}`} lang="en" dir="ltr">in the text</a>
        <span class="meta"> · </span><span class="meta sid" lang="en" dir="ltr">id <code>{s.id}</code></span></>}
      {chain && <ChainLine speaker={s.speaker.text} stance={s.stance} origin={chain.origin} registry={chain.registry} />}
      {from && (
        <div class="meta" lang="en" dir="ltr">
          in <a href={`${articleHref(from.id)}#statement-${s.ordinal}`} lang={from.language} dir={dirOf(from.language)}>{from.title}</a>
          {from.outlet && <> · <bdi lang={from.language}>{from.outlet}</bdi></>}
          {from.publishedAt && <> · <time datetime={from.publishedAt}>{from.publishedAt.slice(0, 10)}</time></>}
        </div>
      )}
    </li>
  );
}
