/** @jsxImportSource hono/jsx */
import { shareLinks } from '../share.js';

/** The page URL in a field (copy by hand, or with the button once /static/app.js runs) and share links. */
export function ShareBox({ url, title }: { url: string; title: string }) {
  return (
    <aside class="share" aria-label="Share this page">
      <label for="share-url">Link to this page</label>
      <div class="share-url">
        <input id="share-url" type="url" readonly value={url} dir="ltr" />
        <button type="button" data-copy="share-url" hidden>Copy link</button>
      </div>
      <p class="share-links">
        Share:{' '}
        {shareLinks(url, title).map((l, i) => (
          <>
            {i > 0 && ' · '}
            <a href={l.href} rel="noopener noreferrer" target="_blank" data-share={l.name}>{l.name}</a>
          </>
        ))}
      </p>
    </aside>
  );
}
