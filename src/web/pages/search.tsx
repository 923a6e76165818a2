/** @jsxImportSource hono/jsx */
import { dirOf } from '../../model/index.js';
import type { SearchHit } from '../../store/index.js';
import { ArticleLine } from './article-list.js';

export function SearchPage({ query, hits }: { query: string; hits: SearchHit[] }) {
  if (!query.trim()) return <p>Type words to look for: Arabic words match whatever their diacritics and prefixes (الكرملين finds بالكرملين).</p>;
  return (
    <>
      <h1>
        Search: <span dir="auto">{query}</span>
      </h1>
      <p class="meta">{hits.length === 0 ? 'No article matches every word.' : `${hits.length} article${hits.length === 1 ? '' : 's'}`}</p>
      <ol class="results">
        {hits.map((h) => (
          <li>
            <ArticleLine a={h} />
            <p lang={h.language} dir={dirOf(h.language)}>
              {h.fragments.map((f) => (f.hit ? <mark>{f.text}</mark> : f.text))}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
