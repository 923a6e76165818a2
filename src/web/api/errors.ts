import type { Context } from 'hono';
import type { ParamError } from '../params.js';

// The one error shape of the JSON API: `{ error: { field, reason } }`.

export type ApiStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 500;

export const apiError = (c: Context, status: ApiStatus, field: string, reason: string) => c.json({ error: { field, reason } satisfies ParamError }, status);
