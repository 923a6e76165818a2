import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../analyze/index.js';
import { extract } from '../extract/index.js';
import type { Analysis } from '../model/index.js';
import type { ClaimSource, SourceStatement } from './types.js';

// Shared by the claims tests: real extraction and analysis of the seed and of small texts, and hand-made sources.

export const SEED_PATH = resolve(import.meta.dirname, '../../samples/rt-dprk-troops.ar.txt');

/** Extracts and analyses a text, with a publication date when given. */
export function analysisOf(text: string | Uint8Array, publishedAt?: string): Analysis {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const r = extract({ bytes, source: 'test.txt', contentType: 'text/plain' });
  if (!r.ok) throw new Error(r.message);
  return analyze(publishedAt ? { ...r.article, publishedAt } : r.article);
}

export const seedAnalysis = (publishedAt?: string) => analysisOf(readFileSync(SEED_PATH), publishedAt);

/** English reporting of the same claim as the seed. */
export const ENGLISH_TROOPS = [
  'Zelensky says North Korea sent troops to Russia',
  'Ukrainian President Volodymyr Zelensky said that North Korea had sent troops to Russia to fight against Ukraine.',
  'The Kremlin denied that North Korean troops were deployed in Russia.',
].join('\n\n');

/** Another troop deployment, with other entities. */
export const ENGLISH_BELARUS = 'Russia sends troops to Belarus\n\nThe Belarusian defence ministry said that Russia had sent troops to Belarus for joint exercises.';

/** One concept-less proposition in two English outlets and an Arabic one, and another about the same entities (echo.ts). */
export const ECHO_ARTICLES = {
  opened: ['Iran opens port to Indian ships\n\nThe Iranian foreign ministry said that Iran opened the port of Chabahar to Indian ships and will let 40 vessels dock each month from India.', '2024-05-01'],
  openedAgain: ['Tehran welcomes Indian vessels\n\nForeign ministry spokesman Nasser Kanaani said on Wednesday that Iran opened the port of Chabahar to Indian ships and would let 40 vessels dock every month from India.', '2024-05-02'],
  openedAr: ['إيران تفتح ميناء أمام السفن الهندية\n\nقالت وزارة الخارجية الإيرانية إن إيران فتحت ميناء تشابهار أمام السفن الهندية وستسمح لـ 40 سفينة من الهند بالرسو كل شهر.', '2024-05-01'],
  meet: ['Iran and India to meet\n\nThe Iranian foreign ministry said that Iran will meet India next week to discuss the port of Chabahar and trade between the two countries.', '2024-05-01'],
} as const;

// Synthetic bilingual sentences (written for the translation tests, src/claims/translated*.test.ts): an English article and its Arabic translation.
export const HARBOUR_EN = [
  'Harbour traffic returns after storm',
  'Jonathan Whitlock, the harbour manager, said that container traffic had returned to normal levels after the storm.',
  'Whitlock added that the company would hire 40 more workers before the winter season.',
  'Maria Gonzalez, the mayor, said that the council would rebuild the old bridge next spring.',
  'Gonzalez praised the rescue teams for their courage.',
].join('\n\n');
export const HARBOUR_AR = [
  'عودة حركة الميناء بعد العاصفة',
  'قال جوناثان ويتلوك، مدير الميناء، إن حركة الحاويات عادت إلى مستوياتها الطبيعية بعد العاصفة.',
  'وأضاف ويتلوك أن الشركة ستوظف 40 عاملا إضافيا قبل موسم الشتاء.',
  'وقالت ماريا غونزاليس، رئيسة البلدية، إن المجلس سيعيد بناء الجسر القديم في الربيع المقبل.',
  'وأشادت غونزاليس بفرق الإنقاذ على شجاعتها.',
].join('\n\n');

/**
 * Two outlets' reports of one tribal clash (synthetic), their titles naming the incident and their bodies telling two of
 * its details in separate sentences (title-event.ts): the toll, and how the clashes began.
 */
export const clashReports = (): Analysis[] => {
  const body = [
    'وقال مسؤول محلي إن اثني عشر شخصا قتلوا في الاشتباكات التي اندلعت بين قبيلتين في ضواحي مدينة غريان الليبية.',
    'وقال شيخ قبيلة إن الاشتباكات بدأت بعد خلاف على ملكية أرض زراعية قرب الحدود الإدارية لمدينة غريان الليبية.',
  ].join('\n\n');
  return [
    analysisOf(`مقتل 12 شخصا في اشتباكات قبلية جنوب ليبيا\n\n${body}`, '2024-05-01'),
    analysisOf(`ليبيا: اشتباكات قبلية تودي بحياة 12 شخصا\n\n${body}`, '2024-05-01'),
  ];
};

/**
 * A one-paragraph source whose statements are given by their speaker and content (found in order in the text), for
 * rules read off the frame alone. Entities: the first mention of each name, or every one with `everyMention`.
 */
export function syntheticSource(
  text: string,
  statements: { speaker: string; entity?: string; stance?: SourceStatement['stance']; content: string }[],
  entities: Record<string, string>,
  opts: { everyMention?: boolean } = {},
): ClaimSource {
  const at = (w: string) => {
    const i = text.indexOf(w);
    if (i < 0) throw new Error(`"${w}" is not in the text`);
    return i;
  };
  const mentionsOf = (name: string) => opts.everyMention
    ? [...text.matchAll(new RegExp(name, 'gu'))].map((m) => ({ start: m.index, end: m.index + name.length }))
    : [{ start: at(name), end: at(name) + name.length }];
  return {
    articleId: 'a', lang: 'ar', text, titleEnd: 0, title: '',
    entities: Object.entries(entities).map(([id, name]) => ({ id, type: 'country', mentions: mentionsOf(name) })),
    statements: statements.map((s, i) => ({
      id: `a:${i}`, stance: s.stance ?? 'assert', targets: [],
      speaker: { text: s.speaker, start: at(s.speaker), end: at(s.speaker) + s.speaker.length, ...(s.entity ? { entity: s.entity } : {}) },
      content: { start: at(s.content), end: at(s.content) + s.content.length, text: s.content },
    })),
  };
}

/** A titled article of synthetic statements: title, blank line, one `وقال SPEAKER إن CONTENT.` sentence a statement. */
export function titledSource(title: string, body: { speaker: string; content: string }[], id = 'a'): ClaimSource {
  const text = `${title}\n\n${body.map((s) => `وقال ${s.speaker} إن ${s.content}.`).join(' ')}`;
  const src = syntheticSource(text, body, {});
  return { ...src, articleId: id, title, titleEnd: title.length, statements: src.statements.map((s, i) => ({ ...s, id: `${id}:${i}` })) };
}
