/** @jsxImportSource hono/jsx */
import { CSRF_FIELD } from '../add/csrf.js';
import type { Pasted } from '../add/analyse.js';

export interface AddView {
  /** Writing is configured (a write token is set). */
  enabled: boolean;
  csrf?: string;
  /** What was wrong with the last try. */
  error?: string;
  /** The last try, to fill the form again. */
  value?: Partial<Pasted>;
}

export function AddPage(v: AddView) {
  if (!v.enabled) {
    return (
      <>
        <h1>Add an article</h1>
        <p class="notice" role="status">
          Adding articles is disabled on this server: no write token is configured. Whoever runs it can set <code>ISNAD_TOKEN</code> and restart <code>isnad serve</code>,
          or add articles from the command line with <code>isnad ingest FILE</code>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Add an article</h1>
      <p>Paste an article as plain text: its title on the first line, then its paragraphs. It is analysed and stored; you are then taken to its page.</p>
      {v.error && <p class="notice error" role="alert">{v.error}</p>}
      <form class="add" action="/add" method="post">
        <input type="hidden" name={CSRF_FIELD} value={v.csrf} />
        <label for="add-text">Text</label>
        <textarea id="add-text" name="text" rows={14} required dir="auto">{v.value?.text ?? ''}</textarea>
        <label for="add-url">Original URL (optional)</label>
        <input id="add-url" type="url" name="url" value={v.value?.url ?? ''} dir="ltr" />
        <label for="add-outlet">Outlet (optional)</label>
        <input id="add-outlet" type="text" name="outlet" value={v.value?.outlet ?? ''} dir="auto" />
        <label for="add-token">Write token</label>
        <input id="add-token" type="password" name="token" required autocomplete="current-password" />
        <button type="submit">Analyse and store</button>
      </form>
    </>
  );
}
