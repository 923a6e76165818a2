import { analyze, DEFAULT_STAGES } from '../../analyze/index.js';
import { extract, type RejectReason } from '../../extract/index.js';
import type { Analysis } from '../../model/index.js';
import type { OutletRegistry } from '../../outlets/index.js';

/** The most bytes of pasted text accepted (a long article is well under 200 KB). */
export const ADD_MAX_BYTES = 1024 * 1024;

export interface Pasted {
  text: string;
  url?: string;
  outlet?: string;
}

export type AddReason = RejectReason | 'bad-url' | 'failed';

export type Analysed = { ok: true; analysis: Analysis } | { ok: false; reason: AddReason; message: string };

/** Pasted text → Article → Analysis; a bad paste is a value with a reason, never a throw. `outlets`: the site's registry (the outlet's country). */
export function analysePasted(p: Pasted, source: string, outlets?: OutletRegistry): Analysed {
  if (p.url && !/^https?:\/\/\S+$/i.test(p.url)) return { ok: false, reason: 'bad-url', message: 'The URL must start with http:// or https://.' };
  try {
    const r = extract({ bytes: new TextEncoder().encode(p.text), source, contentType: 'text/plain', ...(p.url ? { url: p.url } : {}) }, { maxBytes: ADD_MAX_BYTES });
    if (!r.ok) return { ok: false, reason: r.reason, message: r.message };
    const article = { ...r.article, ...(p.url && !r.article.url ? { url: p.url } : {}), ...(p.outlet && !r.article.outlet ? { outlet: p.outlet } : {}) };
    return { ok: true, analysis: analyze(article, DEFAULT_STAGES, outlets ? { outlets } : {}) };
  } catch (e) {
    return { ok: false, reason: 'failed', message: `The text could not be analysed: ${(e as Error).message}` };
  }
}
