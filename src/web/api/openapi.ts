import { EMAIL_MAX_CHARS, TARGET_MAX_CHARS } from '../../alerts/validate.js';
import { SUBSCRIPTION_KINDS, SUBSCRIPTION_MODES } from '../../store/migrations/005-alerts.js';
import { MAX_LIMIT } from '../../store/queries.js';
import { MAX_NAME_CHARS, MAX_QUERY_CHARS } from '../params.js';
import { SCHEMAS } from './schemas.js';

// The API's contract. The contract tests validate every response against it.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } });
const q = (name: string, description: string, schema: Record<string, unknown> = { type: 'string', maxLength: MAX_NAME_CHARS }) =>
  ({ name, in: 'query', required: false, description, schema });
const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: `The ${what}'s id.`, schema: { type: 'string' } });

const P = {
  lang: q('lang', 'Language of the article.', ref('Lang')),
  outlet: q('outlet', 'Outlet, exactly as stored.'),
  limit: q('limit', 'Items per page.', { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 }),
  cursor: q('cursor', '`nextCursor` of the previous page.', { type: 'string', pattern: '^[0-9]{1,15}(\\.[0-9]{1,9})?$' }),
  speaker: q('speaker', 'Words all found in the speaker or its entity names (Arabic-aware: بيسكوف, Peskov).'),
  stance: q('stance', 'Stance of the statement.', ref('Stance')),
  about: q('about', 'Words all found in the targets or the content.'),
  speakerEntity: q('speakerEntity', 'Entity id of the speaker (`person:peskov`).'),
  aboutEntity: q('aboutEntity', 'Entity id the statement is about (a target, or named in the content).'),
  q: q('q', 'Words all found in the article (Arabic-aware keys).', { type: 'string', maxLength: MAX_QUERY_CHARS }),
  from: q('from', 'Published on or after (YYYY-MM-DD).', { type: 'string', format: 'date' }),
  to: q('to', 'Published on or before (YYYY-MM-DD).', { type: 'string', format: 'date' }),
};
const BAD = json(ref('Error'), 'A parameter is invalid: `error.field` names it, `error.reason` says why.');
const NOT_FOUND = json(ref('Error'), 'Unknown id.');

const closed = (properties: Record<string, unknown>, required: string[]) => ({ type: 'object', properties, required, additionalProperties: false });

/** The bodies of the subscription endpoint (src/web/routes/subscriptions.tsx). */
const SUBSCRIPTION_SCHEMAS = {
  SubscriptionRequest: closed({
    email: { type: 'string', maxLength: EMAIL_MAX_CHARS, description: 'One address on one line; the confirmation is sent there.' },
    kind: { type: 'string', enum: [...SUBSCRIPTION_KINDS], description: 'What is followed.' },
    target: {
      type: 'string', minLength: 1, maxLength: TARGET_MAX_CHARS,
      description: 'An entity id (`person:peskov`), a claim or story id (must exist), search words, or an outlet (case-insensitive).',
    },
    mode: { type: 'string', enum: [...SUBSCRIPTION_MODES], default: 'immediate', description: 'An email per new statement, or a daily digest.' },
  }, ['email', 'kind', 'target']),
  SubscriptionPending: closed({
    status: { const: 'pending', description: 'Nothing is sent but the confirmation until its link is followed.' },
    message: { type: 'string' },
  }, ['status', 'message']),
};

/** The bodies of the claim corrections (src/web/routes/api-corrections.ts). */
const CORRECTION_SCHEMAS = {
  MergeRequest: closed({ from: { type: 'string', minLength: 1, description: 'The claim that joins the claim of the path (and is gone after).' } }, ['from']),
  MoveInRequest: closed({
    statement: { type: 'string', minLength: 1, description: 'The statement (`<article id>:<ordinal>`, its `statementId` or its `id` in /api/v1/statements) that joins the claim of the path.' },
  }, ['statement']),
  ClaimRemoved: closed({
    id: { type: 'string' }, removed: { const: true, description: 'The statement moved out was the claim\'s last: the claim is gone.' },
  }, ['id', 'removed']),
};
const WRITE_REFUSED = {
  401: json(ref('Error'), 'Missing or wrong token.'), 403: json(ref('Error'), 'Writing is disabled (no ISNAD_TOKEN).'),
  413: json(ref('Error'), 'Too large.'),
};

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'isnad',
    version: '1.0.0',
    description: 'Who said what in the news, in Arabic and English: articles, attributed statements, entities, search. Unknown or repeated parameters are errors; an empty parameter counts as absent.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/v1/articles': {
      get: {
        operationId: 'listArticles', summary: 'Articles, most recently stored first.',
        parameters: [P.lang, P.outlet, P.limit, P.cursor],
        responses: { 200: json(ref('ArticlePage'), 'A page of articles.'), 400: BAD },
      },
      post: {
        operationId: 'addArticle', summary: 'Analyse and store a pasted text (absent when the server runs --read-only).',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: ref('AddRequest') } } },
        responses: {
          201: json(ref('AddResponse'), 'Stored.'), 200: json(ref('AddResponse'), 'Already stored (same content).'),
          400: BAD, 401: json(ref('Error'), 'Missing or wrong token.'), 403: json(ref('Error'), 'Writing is disabled (no ISNAD_TOKEN).'),
          413: json(ref('Error'), 'Too large.'), 422: json(ref('Error'), 'The text was rejected (empty, not an article…).'),
        },
      },
    },
    '/api/v1/articles/{id}': {
      get: {
        operationId: 'getArticle', summary: 'One article with its statements and entities.',
        parameters: [idParam('article')],
        responses: { 200: json(ref('StoredArticle'), 'The article.'), 400: BAD, 404: NOT_FOUND },
      },
    },
    '/api/v1/statements': {
      get: {
        operationId: 'listStatements', summary: 'Statements matching every filter, newest articles first, in text order within one.',
        parameters: [P.speaker, P.stance, P.about, P.lang, P.speakerEntity, P.aboutEntity, P.limit, P.cursor],
        responses: { 200: json(ref('StatementPage'), 'A page of statements.'), 400: BAD },
      },
    },
    '/api/v1/entities/{id}': {
      get: {
        operationId: 'getEntity', summary: 'One entity, the first statements it made and the first made about it (more through /api/v1/statements).',
        parameters: [idParam('entity')],
        responses: { 200: json(ref('EntityWithStatements'), 'The entity.'), 400: BAD, 404: NOT_FOUND },
      },
    },
    '/api/v1/search': {
      get: {
        operationId: 'search', summary: 'Articles holding every word and matching every filter, best first.',
        parameters: [P.q, P.lang, P.outlet, P.speaker, P.stance, P.from, P.to, P.limit, P.cursor],
        responses: { 200: json(ref('SearchPage'), 'A page of hits.'), 400: BAD },
      },
    },
    '/api/v1/claims': {
      get: {
        operationId: 'listClaims', summary: 'Claims, most recently seen first, with their counts by position.',
        parameters: [P.limit, P.cursor],
        responses: { 200: json(ref('ClaimPage'), 'A page of claims.'), 400: BAD },
      },
    },
    '/api/v1/claims/{id}': {
      get: {
        operationId: 'getClaim', summary: 'One claim: its statements in time order and the distinct sources by position.',
        parameters: [idParam('claim')],
        responses: { 200: json(ref('Claim'), 'The claim.'), 400: BAD, 404: NOT_FOUND },
      },
    },
    '/api/v1/claims/{id}/merge': {
      post: {
        operationId: 'mergeClaims',
        summary: 'Merge the claim `from` into this one, which keeps its id; recorded so that it survives re-analysis (`isnad claims merge`). Absent when the server runs --read-only.',
        security: [{ bearer: [] }],
        parameters: [idParam('claim')],
        requestBody: { required: true, content: { 'application/json': { schema: ref('MergeRequest') } } },
        responses: {
          200: json(ref('Claim'), 'The merged claim.'), 400: BAD, ...WRITE_REFUSED,
          404: json(ref('Error'), 'No claim has this id (`error.field` is `id`) or the `from` id (`from`).'),
          409: json(ref('Error'), 'A claim cannot be merged into itself.'),
        },
      },
    },
    '/api/v1/claims/{id}/move-in': {
      post: {
        operationId: 'moveIn',
        summary: 'Put a statement into this claim, from the claim it is in or from none; recorded so that it survives re-analysis (`isnad claims move-in`). Absent when the server runs --read-only.',
        security: [{ bearer: [] }],
        parameters: [idParam('claim')],
        requestBody: { required: true, content: { 'application/json': { schema: ref('MoveInRequest') } } },
        responses: {
          200: json(ref('Claim'), 'The claim with the statement.'), 400: BAD, ...WRITE_REFUSED,
          404: json(ref('Error'), 'No claim has this id (`error.field` is `id`) or no statement the `statement` id (`statement`).'),
          409: json(ref('Error'), 'The statement is in this claim already.'),
        },
      },
    },
    '/api/v1/statements/{id}/move-out': {
      post: {
        operationId: 'moveOut',
        summary: 'Take a statement (`<article id>:<ordinal>`) out of its claim; recorded so that re-analysis does not put it back (`isnad claims move-out`). Absent when the server runs --read-only.',
        security: [{ bearer: [] }],
        parameters: [idParam('statement')],
        responses: {
          200: json({ oneOf: [ref('Claim'), ref('ClaimRemoved')] }, 'The claim the statement left (or that it is gone).'), ...WRITE_REFUSED,
          404: json(ref('Error'), 'No statement has this id.'), 409: json(ref('Error'), 'The statement is in no claim.'),
        },
      },
    },
    '/api/v1/subscriptions': {
      post: {
        operationId: 'subscribe',
        summary: 'Ask for email alerts on an entity, claim, story, search or outlet. A confirmation email is sent first (double opt-in); its signed link starts the subscription. Absent when the server has no ISNAD_SECRET or runs --read-only.',
        requestBody: { required: true, content: { 'application/json': { schema: ref('SubscriptionRequest') } } },
        responses: {
          202: json(ref('SubscriptionPending'), 'Accepted: a confirmation email is on its way.'),
          400: json(ref('Error'), 'A field is invalid (a malformed, multi-line or over-long address; an unknown kind, field or claim): `error.field` names it.'),
          409: json(ref('Error'), 'A confirmation is already pending for this address: at most one is.'),
          413: json(ref('Error'), 'The body is too large.'),
          429: json(ref('Error'), 'Too many requests from this client (`error.field` is `ip`) or for this address (`email`); `Retry-After` says when to try again.'),
        },
      },
    },
    '/api/v1/stories': {
      get: {
        operationId: 'listStories', summary: 'Stories by their last day, newest first, the biggest first within a day.',
        parameters: [P.limit, P.cursor],
        responses: { 200: json(ref('StoryPage'), 'A page of stories.'), 400: BAD },
      },
    },
    '/api/v1/stories/{id}': {
      get: {
        operationId: 'getStory', summary: 'One story with its articles in day order.',
        parameters: [idParam('story')],
        responses: { 200: json(ref('Story'), 'The story.'), 400: BAD, 404: NOT_FOUND },
      },
    },
  },
  components: {
    schemas: { ...SCHEMAS, ...SUBSCRIPTION_SCHEMAS, ...CORRECTION_SCHEMAS },
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The server\'s ISNAD_TOKEN.' } },
  },
} as const;
