import { describe, expect, it } from 'vitest';
import { continuationOf, contrasted } from './continuation.js';
import { echoItemOf } from './echo.js';
import { syntheticSource } from './test-helpers.js';
import type { Member } from './types.js';

// A speaker's caveat and the point it qualifies, told apart by a contrast word (data/lexicons/claims/contrasts.tsv):
// one proposition's halves (continuation.ts `contrasted`). Synthetic sentences.

const DAY = '2024-05-01T00:00:00.000Z';

describe('contrasted: a contrast word between two neighbouring contents', () => {
  const src = (text: string, a: string, b: string) => syntheticSource(text, [{ speaker: 'الوكالة', content: a }, { speaker: 'الوكالة', content: b }], {});

  it('holds for ولكنه or لكنها between them, after a comma or a full stop', () => {
    expect(contrasted(src('وقالت الوكالة إن الأرقام أولية، ولكنه أكد أن القتلى عشرون.', 'الأرقام أولية', 'القتلى عشرون'), 1)).toBe(true);
    expect(contrasted(src('وقالت الوكالة إن الأرقام أولية. لكنها أكدت أن القتلى عشرون.', 'الأرقام أولية', 'القتلى عشرون'), 1)).toBe(true);
  });

  it('does not for a plain و, across a paragraph, or for the first statement', () => {
    expect(contrasted(src('وقالت الوكالة إن الأرقام أولية، وأكدت أن القتلى عشرون.', 'الأرقام أولية', 'القتلى عشرون'), 1)).toBe(false);
    const across = src('وقالت الوكالة إن الأرقام أولية.\nلكنها أكدت أن القتلى عشرون.', 'الأرقام أولية', 'القتلى عشرون');
    expect(contrasted(across, 1)).toBe(false);
    expect(contrasted(across, 0)).toBe(false);
  });
});

describe('continuationOf: a caveat and its point are halves whatever words they share', () => {
  const member = (content: string, statementId: string): Member => ({
    statementId, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'الوكالة' }, speakerKey: 'الوكالة', content, entities: [], lang: 'ar', date: DAY,
  });
  const item = (m: Member, words: string, contrast: boolean) => echoItemOf(m, undefined, () => words.split(' ').map((w) => [w]), false, { coordinated: true, contrasted: contrast });
  const CAVEAT = member('الأرقام أولية ونتعامل معها بحذر', 'a:3');
  const POINT = member('القتلى عشرون على الأقل', 'a:4');

  it('joins them after a contrast, not otherwise', () => {
    expect(continuationOf(item(CAVEAT, 'رقم ولي عمل حذر', false), item(POINT, 'قتل عشر اقل', true))).toBeGreaterThanOrEqual(2);
    expect(continuationOf(item(CAVEAT, 'رقم ولي عمل حذر', false), item(POINT, 'قتل عشر اقل', false))).toBeUndefined();
  });
});
