import { POSITIONS } from '../../claims/types.js';
import { LANGS, STANCES } from '../../model/index.js';

// JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the API's bodies. Objects are closed, so that
// a field added to a response without documenting it fails the contract tests.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' } as const;
const int = { type: 'integer', minimum: 0 } as const;
const closed = (properties: Record<string, unknown>, required: string[]) => ({ type: 'object', properties, required, additionalProperties: false });
const page = (item: string) => closed({ items: { type: 'array', items: ref(item) }, nextCursor: { ...str, description: 'Pass as `cursor` for the next page; absent on the last page.' } }, ['items']);

const SUMMARY = {
  id: str, title: str, outlet: str, site: str, language: ref('Lang'), publishedAt: str, source: str, url: str, ingestedAt: { type: 'string', format: 'date-time' },
};
const SUMMARY_REQUIRED = ['id', 'title', 'language', 'source', 'ingestedAt'];

export const SCHEMAS = {
  Error: closed({ error: closed({ field: { ...str, description: 'The parameter or field at fault.' }, reason: str }, ['field', 'reason']) }, ['error']),
  Lang: { type: 'string', enum: [...LANGS] },
  Stance: { type: 'string', enum: [...STANCES] },
  ArticleSummary: closed(SUMMARY, SUMMARY_REQUIRED),
  ArticlePage: page('ArticleSummary'),
  Party: closed({ text: str, entity: str, start: int, end: int }, ['text']),
  Statement: {
    type: 'object',
    properties: {
      id: str, articleId: str, ordinal: int, speaker: ref('Party'), cue: str, stance: ref('Stance'),
      content: str, contentStart: int, contentEnd: int, direct: { type: 'boolean' },
      targets: { type: 'array', items: ref('Party') },
      time: closed({ value: str, text: str }, ['value', 'text']),
      rule: { ...str, description: 'Id of the rule that found the statement.' }, sentence: int,
    },
    required: ['id', 'articleId', 'ordinal', 'speaker', 'cue', 'stance', 'content', 'contentStart', 'contentEnd', 'direct', 'targets', 'rule', 'sentence'],
  },
  StoredStatement: { allOf: [ref('Statement')], unevaluatedProperties: false },
  StatementWithArticle: {
    allOf: [ref('Statement')],
    properties: {
      article: closed({ id: str, title: str, outlet: str, language: ref('Lang'), publishedAt: str, ingestedAt: { type: 'string', format: 'date-time' } }, ['id', 'title', 'language', 'ingestedAt']),
    },
    required: ['article'],
    unevaluatedProperties: false,
  },
  StatementPage: page('StatementWithArticle'),
  Names: closed({ ar: str, en: str }, []),
  Article: closed({
    id: str, source: str, url: str, canonicalUrl: str, outlet: str, site: str, title: str, dek: str, byline: str, publishedAt: str,
    language: ref('Lang'), paragraphs: { type: 'array', items: str }, text: str,
    removed: { type: 'array', items: closed({ text: str, reason: str }, ['text', 'reason']) },
    repairs: { type: 'array', items: { type: 'object', properties: { kind: str, before: str, after: str }, required: ['kind', 'before', 'after'] } },
    encoding: { type: 'object', properties: { name: str, from: str, overridden: str }, required: ['name', 'from'] },
    warnings: { type: 'array', items: str },
  }, ['id', 'source', 'title', 'language', 'paragraphs', 'text', 'removed', 'repairs', 'encoding', 'warnings']),
  StoredEntity: closed({
    id: str, type: str, name: str, names: ref('Names'), country: str,
    mentions: { type: 'array', items: closed({ start: int, end: int, text: str, via: str }, ['start', 'end', 'text', 'via']) },
  }, ['id', 'type', 'name', 'names', 'mentions']),
  StoredArticle: closed({
    article: ref('Article'), extractor: str, ingestedAt: { type: 'string', format: 'date-time' },
    statements: { type: 'array', items: ref('StoredStatement') }, entities: { type: 'array', items: ref('StoredEntity') },
    url: { type: 'string', format: 'uri', description: 'The article page.' },
  }, ['article', 'extractor', 'ingestedAt', 'statements', 'entities', 'url']),
  Entity: closed({ id: str, type: str, name: str, names: ref('Names'), country: str, articles: int }, ['id', 'type', 'name', 'names', 'articles']),
  EntityWithStatements: closed({ entity: ref('Entity'), said: ref('StatementPage'), about: ref('StatementPage') }, ['entity', 'said', 'about']),
  Fragment: closed({ text: str, hit: { type: 'boolean' } }, ['text', 'hit']),
  SearchHit: closed({
    ...SUMMARY,
    snippet: { ...str, description: 'About 30 words around the first match, matches in «»; `fragments` holds the same for renderers that escape.' },
    fragments: { type: 'array', items: ref('Fragment') },
  }, [...SUMMARY_REQUIRED, 'snippet', 'fragments']),
  SearchPage: page('SearchHit'),
  AddRequest: closed({ text: { ...str, minLength: 1, description: 'Plain text: the title on the first line, then paragraphs.' }, url: { type: 'string', format: 'uri' }, outlet: str }, ['text']),
  AddResponse: closed({ id: str, status: { type: 'string', enum: ['stored', 'duplicate', 'replaced'] }, url: { type: 'string', format: 'uri' }, statements: int }, ['id', 'status', 'url', 'statements']),
  Positions: closed({ for: int, against: int, unsure: int }, ['for', 'against', 'unsure']),
  ClaimSummary: closed({
    id: str, concept: str, title: str, lang: ref('Lang'), firstSeen: str, lastSeen: str, statements: int, positions: ref('Positions'),
  }, ['id', 'concept', 'title', 'lang', 'firstSeen', 'lastSeen', 'statements', 'positions']),
  ClaimPage: page('ClaimSummary'),
  ClaimEntry: closed({
    statementId: str, articleId: str, ordinal: int, position: { type: 'string', enum: [...POSITIONS] }, stance: ref('Stance'),
    rule: { ...str, description: 'Why the statement is in the claim.' }, origin: { type: 'string', enum: ['auto', 'user'] },
    speaker: closed({ text: str, entity: str }, ['text']), content: str, lang: ref('Lang'), date: str,
    undated: { type: 'boolean', const: true, description: 'Present when `date` is only when isnad stored the article: neither the statement nor its article names a day.' },
    outlet: str, article: closed({ id: str, title: str, url: str, outlet: str, publishedAt: str }, ['id', 'title']),
  }, ['statementId', 'articleId', 'ordinal', 'position', 'stance', 'rule', 'origin', 'speaker', 'content', 'lang', 'date', 'article']),
  Claim: closed({
    id: str, concept: str, keyEntities: { type: 'array', items: str }, title: str, lang: ref('Lang'), firstSeen: str, lastSeen: str,
    url: { type: 'string', format: 'uri' }, positions: ref('Positions'),
    timeline: { type: 'array', items: ref('ClaimEntry'), description: 'Statements in time order.' },
  }, ['id', 'concept', 'keyEntities', 'title', 'lang', 'firstSeen', 'lastSeen', 'url', 'positions', 'timeline']),
  StorySummary: closed({
    id: str, title: str, language: str, firstDay: { type: 'string', format: 'date' }, lastDay: { type: 'string', format: 'date' }, size: int,
    url: { type: 'string', format: 'uri' },
  }, ['id', 'title', 'language', 'firstDay', 'lastDay', 'size', 'url']),
  StoryPage: page('StorySummary'),
  Story: closed({
    id: str, title: str, language: str, firstDay: { type: 'string', format: 'date' }, lastDay: { type: 'string', format: 'date' }, size: int,
    url: { type: 'string', format: 'uri' },
    members: { type: 'array', items: closed({ articleId: str, title: str, outlet: str, language: str, publishedAt: str, score: { type: 'number' } }, ['articleId', 'title', 'language', 'score']) },
  }, ['id', 'title', 'language', 'firstDay', 'lastDay', 'size', 'url', 'members']),
} as const;
