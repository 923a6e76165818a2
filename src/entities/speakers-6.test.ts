import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Analysis } from '../model/index.js';

// Constructed sentences (not from any corpus): English speakers named as someone of a person, and titles read off the article.
function analysed(body: string): Analysis {
  return analyze({ id: 'speakers-6-test', title: 'News', paragraphs: body.split('\n'), language: 'en', url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never);
}
const entities = (body: string) => analysed(body).statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('nameSpeakers: a person named only as whose someone is', () => {
  it('gives an adviser named after `and` and a title, not the person advised', () => {
    const out = entities('Former Trump adviser and retired general Mark Dunmore stood on a stage in the park. He said "The count was rigged."');
    expect(out).toEqual(['Former Trump adviser → local:mark-dunmore']);
  });

  it('leaves critics and allies of a person unlinked', () => {
    expect(entities('Boris Johnson left the talks early. Johnson\'s critics said the plan was a ploy.')).toEqual(['Johnson\'s critics → -']);
    expect(entities('Vladimir Putin left the talks early. Putin allies said the plan was fair.')).toEqual(['Putin allies → -']);
  });

  it('leaves a person speaking, and a body of theirs, linked to them', () => {
    expect(entities('Trump said the count was rigged. The Biden campaign said the count was fair.')).toEqual(['Trump → person:trump', 'The Biden campaign → person:biden']);
  });
});

describe('nameSpeakers: a body named with its country', () => {
  it('reads a capitalised commission of a country as a body, not the country', () => {
    expect(entities('The Kenyan Commission on Public Roads said the bridge was safe.')).toEqual(['The Kenyan Commission on Public Roads → local:kenyan-commission-on-public-roads']);
  });
});

describe('nameSpeakers: many people of a place who speak for no state', () => {
  it('leaves protesters and critics of a country unlinked', () => {
    expect(entities('Kenyan protesters said the vote was stolen. Critics from across Kenya\'s parties said the count was slow.')).toEqual(['Kenyan protesters → -', 'Critics from across Kenya\'s parties → -']);
  });

  it('leaves officials of a country speaking for it', () => {
    expect(entities('Kenyan officials said the vote was fair.')).toEqual(['Kenyan officials → country:KE']);
  });
});

describe('nameSpeakers: the government alone', () => {
  it('links `the government` and `authorities` to the one country whose government the article names', () => {
    expect(entities('Schools closed on Monday under an order of the Kenyan government.\nThe government said the schools would reopen. Authorities said the roads were open.')).toEqual(['The government → country:KE', 'Authorities → country:KE']);
  });

  it('leaves it unlinked when the article names the governments of two countries', () => {
    expect(entities('Schools closed on Monday under orders of the Kenyan government and the government of Uganda.\nThe government said the schools would reopen.')).toEqual(['The government → -']);
  });
});

describe('nameSpeakers: a person named after the body they work for', () => {
  it('gives a director of a body, named after it, to the person, not the body', () => {
    expect(entities('"The law is unjust," Kenya director of Amnesty International Wanjiru Otieno said.')).toEqual(['Kenya director of Amnesty International Wanjiru Otieno → local:wanjiru-otieno']);
  });
});
