import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): patterns of Arabic news prose, third batch.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('Arabic وكما after a comma opens a clause of its own', () => {
  it('a content ends before …، وكما + a first-person verb that is no cue', () => {
    expect(all('وأوضح سامي نور أن الشركة سددت ديونها، وكما أكدنا سابقا فإن البنك مستعد لمساعدتها.')[0])
      .toMatchObject({ speaker: 'سامي نور', content: 'الشركة سددت ديونها' });
  });
  it('a content ends before وكما + a cue, which reports for its own subject', () => {
    const s = all('وأكد سامي نور أن الشركة سددت ديونها وكما قال الوزير فإن البنك مستعد.');
    expect(s[0]).toMatchObject({ speaker: 'سامي نور', content: 'الشركة سددت ديونها' });
    expect(s[1]).toMatchObject({ speaker: 'الوزير' });
  });
});
