import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';

// Constructed sentences (not from any corpus): a phrase linked to the country it names, ending in a name after an
// honorific past an aside (05-speakers-named.ts `nameAfterLinked`), is that person; a title and nationality alone stay
// as before.
const speakers = (body: string) => analyze({
  id: 'speakers-honoured-test', title: 'خبر', paragraphs: body.split('\n'), language: 'ar', url: 'https://example.org/a',
  source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [],
} as never).statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('nameAfterLinked: a name after an honorific ends a long phrase', () => {
  it('links the person, not the country named in the body', () => {
    const out = speakers('قال الأمين العام لـ«المجلس الطبي في كندا»، وهو من أقدم الجمعيات في البلاد، الدكتور سمير حداد: نحن ندعم الخطة.');
    expect(out).toEqual(['الأمين العام لـ«المجلس الطبي في كندا»، وهو من أقدم الجمعيات في البلاد، الدكتور سمير حداد → local:سمير-حداد']);
  });

  it('leaves a title with its nationality and no name as it was', () => {
    expect(speakers('وقال الرئيس الروسي: نحن ندعم الخطة.')).toEqual(['الرئيس الروسي → local:الرييس-الروسي']);
  });
});
