import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Targets (GUIDELINES `targets`: the accused, the one asked, the one warned), fourth set: an English him/her object
// of an accusing, asking or warning cue stands for its antecedent (en/targets.ts objectPronounTargets, coref.ts
// SpeakerChain.peek), never the statement's own speaker. Our own sentences, none from a gold or corpus article.
/** The targets of every statement of `speaker` in the text, in order. */
const targetsOf = (text: string, speaker: string) =>
  statementsOf('en', 'A headline', text).filter((s) => s.speaker === speaker).flatMap((s) => s.targets);

describe('English object pronouns as targets', () => {
  it.each([
    ['the one person named before the pronoun in its sentence', 'The council questioned Vladimir Putin on Monday, and the mayor accused him of lying about the budget.', 'the mayor', ['Vladimir Putin']],
    ['a woman named in the sentence, not the speaker', 'Senator Mark Dalton spoke about the governor Maria Lopez, accusing her of "ignoring the farmers".', 'Senator Mark Dalton', ['Maria Lopez']],
    ['the subject of the sentence before', 'Vladimir Putin arrived in the capital on Tuesday. Opposition groups urged him to release the prisoners.', 'Opposition groups', ['Vladimir Putin']],
    ['a woman named in the sentence before', 'The letter was about Maria Lopez, a councillor from the north. The residents accused her of neglecting the roads.', 'The residents', ['Maria Lopez']],
  ])('%s', (_name, text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });

  // Each guard beside the same sentence with the guard's reason taken out, so that it tests the rule.
  it.each([
    ['the speaker is never its own accused', 'Joe Biden arrived on Monday. Vladimir Putin accused him of lying about the budget.', 'Vladimir Putin', ['Joe Biden'],
      'Vladimir Putin accused him of lying about the budget.', 'Vladimir Putin'],
    ['two people named before the pronoun: no guess', 'The council met Vladimir Putin, and the mayor urged him to resign.', 'the mayor', ['Vladimir Putin'],
      'The council met Vladimir Putin and Joe Biden, and the mayor urged him to resign.', 'the mayor'],
    ['a possessive her names no one warned', 'Maria Lopez spoke on Monday. The police warned her against the march.', 'The police', ['Maria Lopez'],
      'Maria Lopez spoke on Monday. The police warned her supporters about the march.', 'The police'],
    ['a titled one in the sentence may be the antecedent: no guess past it', 'Mark Dalton spoke on Monday. The senators urged him to resign.', 'The senators', ['Mark Dalton'],
      'Mark Dalton spoke on Monday. The senators, who met the president, urged him to resign.', 'The senators'],
  ])('%s', (_name, text, speaker, targets, guarded, guardedSpeaker) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
    expect(targetsOf(guarded, guardedSpeaker).filter((t) => !/^(him|her)$/i.test(t))).toEqual([]);
  });
});
