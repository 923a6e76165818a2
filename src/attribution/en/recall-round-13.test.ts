import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Reporting constructions of English wire news found missed or misread in round 13, each on made-up sentences (none
// from a gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (sentence: string) => all('The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('holding someone responsible (objects.tsv: liable-cue)', () => {
  it.each([
    ['held … responsible', 'The ministry held the rebel militia responsible for the shelling.', 'The ministry', 'the rebel militia responsible for the shelling'],
    ['holds … accountable', 'Norland holds the shipping firm accountable for the spill.', 'Norland', 'the shipping firm accountable for the spill'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toEqual([[speaker, 'accuse', content]]);
  });
  it.each([
    ['held talks', 'The two envoys held talks in the port city.'],
    ['a reduced relative', 'The rally, held near the old bridge, ended peacefully.'],
  ])('reports nothing for %s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
  it('does not cut what was estimated at an event "held" in it', () => {
    expect(brief('Organisers estimated about 300 farmers attended the fair held at the county showground.').map((s) => s[2]))
      .toEqual(['about 300 farmers attended the fair held at the county showground']);
  });
});

describe('", which said" after a body (speaker-before.ts)', () => {
  it('takes the body before the comma as the speaker of a clause', () => {
    expect(brief('The plan was backed by the fishermen\'s union, which said it would protect the harbour.'))
      .toEqual([["the fishermen's union", 'assert', 'it would protect the harbour']]);
  });
  it('reads no statement in an act reported after "which"', () => {
    expect(brief('Crowds gathered outside the tribunal, which rejected, a week earlier, an appeal by the port authority.')).toEqual([]);
  });
});

describe('a subject that names no source', () => {
  it.each([
    ['No group', 'No group has claimed responsibility for the blast at the depot.'],
    ['Nobody', 'Nobody claimed responsibility for the fire.'],
  ])('%s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
});

describe('an adjunct between the cue and a bare clause (adjunct-before-clause.ts)', () => {
  it.each([
    ['in a statement', 'The rail company said in a statement it would restore service by noon.', 'it would restore service by noon'],
    ['on its channel', 'The militia said on its Telegram channel it had seized the bridge.', 'it had seized the bridge'],
    ['at a news conference', 'The mayor said at a news conference in Dorval the curfew would end.', 'the curfew would end'],
    ['told … in an interview', 'The coach told the Courier in an interview he would stay.', 'he would stay'],
  ])('%s', (_name, sentence, content) => {
    expect(brief(sentence).map((s) => s[2])).toEqual([content]);
  });
  it('keeps a statement posted online out of the speakers', () => {
    expect(brief('The rebels said in a statement posted online that they had downed a drone.'))
      .toEqual([['The rebels', 'assert', 'they had downed a drone']]);
  });
});

describe('sources after "according to"', () => {
  it('keeps a date with a comma inside a document source', () => {
    expect(brief('According to a June 2, 2021 agency bulletin, the mill will close in autumn.'))
      .toEqual([['a June 2, 2021 agency bulletin', 'assert', 'the mill will close in autumn']]);
  });
});

describe('labels and subjects', () => {
  it('reads a one-word quoted label before "and"', () => {
    expect(brief('The governor called the raid "cowardly" and promised an inquiry.').map((s) => [s[1], s[2]]))
      .toEqual([['accuse', 'cowardly'], ['assert', 'an inquiry']]);
  });
  it('takes no clause after "showed that" as a speaker phrase', () => {
    expect(brief('The census showed that most farmers opposed the levy.')).toEqual([]);
  });
});

describe('base forms of criticism (cues.tsv)', () => {
  it.each([
    ['after "took to … to"', 'The striker took to social media to criticise the referee.', 'The striker', 'the referee'],
    ['a plural subject', 'Fishermen denounce the new quotas.', 'Fishermen', 'the new quotas'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toEqual([[speaker, 'accuse', content]]);
  });
});

describe('present forms of clause cues in headlines (cues.tsv)', () => {
  it.each([
    ['reaffirms', 'Harbour chief reaffirms ferry link is safe', 'Harbour chief', 'ferry link is safe'],
    ['reiterates', 'Mayor reiterates that the tram line will open in May', 'Mayor', 'the tram line will open in May'],
  ])('%s', (_name, headline, speaker, content) => {
    expect(statementsOf('en', headline, 'The town council met on Monday.').map((s) => [s.speaker, s.stance, s.content]))
      .toEqual([[speaker, 'assert', content]]);
  });
});

describe('a modal or a refusal before "confirm or deny" (hedges.tsv)', () => {
  it.each([
    ['could neither … nor', 'The coastguard could neither confirm nor deny the sighting.', 'The coastguard', 'the sighting'],
    ['refused to … or', 'The club refused to confirm or deny the transfer.', 'The club', 'the transfer'],
    ['could not immediately verify', 'The agency could not immediately verify the footage.', 'The agency', 'the footage'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toEqual([[speaker, 'doubt', content]]);
  });
});

describe('stance markers of round 13 (stance-markers.tsv)', () => {
  it.each([
    ['a fabrication', '"The whole story is a fabrication," the club secretary said.', 'deny'],
    ['excessive force', 'The ombudsman said the guards had used excessive force.', 'accuse'],
    ['will not tolerate', 'The mayor said the city will not tolerate looting.', 'warn'],
  ])('%s', (_name, sentence, stance) => {
    expect(brief(sentence).map((s) => s[1])).toEqual([stance]);
  });
});

describe('wire-copy tails and sources', () => {
  it('reads a fronted clause and an "adding" after "said Sunday,"', () => {
    expect(brief('The bridge would reopen, the engineer said Sunday, adding that repairs were complete.'))
      .toEqual([['the engineer', 'assert', 'The bridge would reopen'], ['the engineer', 'assert', 'repairs were complete']]);
  });
  it('gives "was cited by X as saying" to the one cited (passive.ts)', () => {
    expect(brief('The envoy was cited by Vostok News as saying the border would reopen.'))
      .toEqual([['The envoy', 'assert', 'the border would reopen']]);
  });
  it('reads "in the words of" as a source (sources.tsv)', () => {
    expect(brief('In the words of one trader, the market was "in free fall".').map((s) => s[0])).toEqual(['one trader']);
  });
});
