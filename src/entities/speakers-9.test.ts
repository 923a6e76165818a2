import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Analysis } from '../model/index.js';
import { findEntities, nameSpeakers } from './index.js';
import { words } from './keys.js';

// Constructed sentences (not from any corpus): a medium named by its noun and an unquoted name (05-speakers-media.ts);
// a title phrase whose last word the article first wrote in construct (05-speakers-elsewhere.ts `titleAt`); a
// statement document whose issuer's cue, not its speaker phrase, stands in the sentence that names it
// (05-speakers-recurrence.ts `byDocument`) or that names its issuer after ل (`issuerAfter`); a body's part alone
// (05-speakers-elsewhere.ts `byParentBody`); a body named without its head noun (`byBodyTail`).
function analysed(body: string): Analysis {
  return analyze({ id: 'speakers-9-test', title: 'خبر', paragraphs: body.split('\n'), language: 'ar', url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never);
}
const speakers = (body: string) => analysed(body).statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('nameSpeakers: a medium named without quotation marks', () => {
  it('makes a body of a newspaper named by its noun and an unknown name', () => {
    expect(speakers('وقالت صحيفة كومرسانتي إن المفاوضات متعثرة.')).toEqual(['صحيفة كومرسانتي → local:صحيفه-كومرسانتي']);
  });

  it('leaves out the words that describe the medium after its name', () => {
    const out = speakers('وقالت صحيفة بوليتيكو المقربة من المعارضة إن المفاوضات متعثرة.');
    expect(out[0]).toMatch(/→ local:صحيفه-بوليتيكو$/u);
  });

  it('names no medium by the kind of medium it is', () => {
    const out = speakers('وقالت وكالة أنباء إن المفاوضات متعثرة.');
    expect(out.some((s) => s.includes('local:'))).toBe(false);
  });
});

describe('nameSpeakers: a title phrase first written in construct', () => {
  it('links رئيس المجلس to the one person named as رئيس مجلس … before', () => {
    const out = speakers('وقال خالد العمري، رئيس مجلس بلدة كفرنبل: «لن نغادر أرضنا».\nوقال رئيس المجلس، إن الأهالي صامدون في بيوتهم.');
    expect(out[out.length - 1]).toBe('رئيس المجلس → local:خالد-العمري');
  });
});

describe('nameSpeakers: a statement document whose issuer is named again beside the cue', () => {
  it('links البيان to the body whose cue is in the sentence that names the statement', () => {
    const out = speakers('أعلنت "هيئة العمليات المشتركة" تقدما واسعا في الجبهة الشرقية. وذكرت الهيئة في بيان لها، أن "القوات سيطرت على التلال المحيطة بالبلدة". وأشار البيان إلى أن "المعارك مستمرة حتى الآن".');
    const issuer = out.find((s) => !s.startsWith('البيان'))?.split(' → ')[1];
    expect(issuer).toMatch(/^local:/u);
    expect(out[out.length - 1]).toBe(`البيان → ${issuer}`);
  });
});

describe('nameSpeakers: a statement document named with its issuer after ل', () => {
  it('links البيان to the body the statement is of', () => {
    const out = speakers('وجاء في بيان لمنظمة الصحة العالمية أن الوباء ينتشر بسرعة في المنطقة.\nوأضاف البيان أن اللقاحات متوفرة للجميع.');
    expect(out[out.length - 1]).toBe('البيان → org:who');
  });
});

/** The entity nameSpeakers links a speaker phrase to, given as its text at offset `at`. */
function speakerEntity(text: string, phrase: string, at: number): string | undefined {
  const toks = words(text);
  const entities = findEntities({ text, blocks: [], sentences: [], lang: 'ar', words: toks });
  const statement = { speaker: { text: phrase, start: at, end: at + phrase.length }, targets: [] };
  return nameSpeakers(text, toks, entities, [statement as never], 'ar').statements[0].speaker.entity;
}

describe('nameSpeakers: a body\'s part named alone', () => {
  it('links الأمانة العامة to the one body the article writes it of', () => {
    const text = 'رفضت الأمانة العامة لمنظمة التعاون الإسلامي التصريحات. واعتبرت الأمانة العامة أن التصريحات مضللة.';
    expect(speakerEntity(text, 'الأمانة العامة', text.lastIndexOf('الأمانة العامة'))).toBe('org:oic');
  });

  it('links it to no body when the article writes it of two', () => {
    const text = 'رحبت الأمانة العامة لمنظمة التعاون الإسلامي بالاتفاق. ورحبت الأمانة العامة لجامعة الدول العربية به. واعتبرت الأمانة العامة أن الاتفاق مهم.';
    expect(speakerEntity(text, 'الأمانة العامة', text.lastIndexOf('الأمانة العامة'))).toBeUndefined();
  });
});

describe('nameSpeakers: a body named without its head noun', () => {
  it('links التعاون الإسلامي to the OIC the article names in full', () => {
    const text = 'التعاون الإسلامي: الهجوم مدان. ورحبت منظمة التعاون الإسلامي بالهدنة.';
    expect(speakerEntity(text, 'التعاون الإسلامي', 0)).toBe('org:oic');
  });

  it('links it to nothing when the article does not name the body in full', () => {
    const text = 'التعاون الإسلامي: الهجوم مدان. ورحب الوزير بالهدنة.';
    expect(speakerEntity(text, 'التعاون الإسلامي', 0)).toBeUndefined();
  });
});
