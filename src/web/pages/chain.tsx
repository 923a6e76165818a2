/** @jsxImportSource hono/jsx */
import type { Lang } from '../../model/index.js';
import { ownershipLabel, statementChain, type OutletRegistry } from '../../outlets/index.js';
import type { ArticleOrigin } from '../../store/web-articles.js';
import { dirOfCode } from '../text/direction.js';
import { languageName } from './article-list.js';

// A statement's chain of transmission (issue 4): speaker → the outlet that reported it → the site that
// republished it, from the outlets registry (src/outlets) and what the article says of itself.

/** A stance as a past-tense verb, the way the chain sentence reads ("Peskov denied …"). */
export const STANCE_PAST: Record<string, string> = {
  assert: 'said', deny: 'denied', accuse: 'accused', doubt: 'doubted', warn: 'warned', demand: 'demanded',
};

export interface ChainProps {
  speaker: string;
  stance: string;
  /** The article the statement was found in. */
  origin: ArticleOrigin;
  registry: OutletRegistry;
}

/**
 * "دميتري بيسكوف denied — reported by RT (Russian state media), republished in Arabic by موقع تجاربنا":
 * names in their own language and direction, the words in English. Nothing when neither the outlet
 * nor a republishing site is known (the speaker is shown beside it already).
 */
export function ChainLine({ speaker, stance, origin, registry }: ChainProps) {
  const c = statementChain({ speaker: { text: speaker }, stance, content: '' }, { ...origin, language: origin.language as Lang }, registry, 'en');
  if (!c.outlet && !c.site) return null;
  const lang = origin.language;
  const dir = dirOfCode(lang);
  const country = c.outlet?.country;
  return (
    <div class="chain meta" lang="en" dir="ltr" data-chain={[c.outlet?.id ?? c.outlet?.name, c.site?.id ?? c.site?.name].filter(Boolean).join(' > ')}>
      <bdi class="speaker" lang={lang} dir={dir}>{speaker}</bdi> {STANCE_PAST[stance] ?? stance}
      {c.outlet && (
        <>
          {' — reported by '}<bdi class="outlet" dir="auto">{c.outlet.name}</bdi>
          {c.ownership && country && <> (<span class="ownership" title={`Source: ${c.ownership.source}`}>{ownershipLabel(c.ownership.label, country, 'en')}</span>)</>}
        </>
      )}
      {c.site && (
        <>
          {c.outlet ? ', republished' : ' — published'}{lang !== 'und' ? ` in ${languageName(lang)}` : ''} by{' '}
          <bdi class="site" lang={lang} dir="auto">{c.site.name}</bdi>
        </>
      )}
    </div>
  );
}
