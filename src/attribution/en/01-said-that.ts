import { colonBefore, commaBefore, contentRange } from '../clause.js';
import { nestedDoubt } from '../hedge.js';
import { cueStartsAt, gapBefore, insideQuote, sentenceEnd, sentenceStart } from '../doc.js';
import type { Draft, Rule } from '../types.js';
import { clauseSubject } from './clause-subject.js';
import { colonParagraph } from './colon-paragraph.js';
import { isClauseStart } from './clause-start.js';
import { englishContent } from './content.js';
import { addresseeThenAdjuncts } from './02-quote-said.js';
import { dashTail } from './05-inverted.js';
import { mandative } from './mandative.js';
import { objectWords } from './objects.js';
import { beliefClauseAt } from './belief-clause.js';
import { claimAppositiveContent } from './claim-apposition.js';
import { isOwnBelief, isOwnStance, ownStanceCue } from './own-stance.js';
import { passiveReading } from './passive.js';
import { skipRaising } from './raising.js';
import { possessedNoun } from './possessive-noun.js';
import { beforeMainVerb } from './reduced-relative.js';
import { relativeClauseEnd } from './relative-cue-end.js';
import { isAside, relativeContent, relativeRecipient } from './relative.js';
import { afterTimeBeforeComma, asAfterObject, infinitiveAfterObject, LIABLE_LINKS, isAdjunctTail, isDurationTail, isReducedClause, isMannerTail, isTimeTail, targetsOf, toAfterObject } from './said-object.js';
import { speakerBefore } from './speaker-before.js';
import { longSubject, PREDICATE_OPENERS } from './long-subject.js';
import { apposedHeadStart } from './apposed-speaker.js';
import { tellAsidePredicate } from './aside-addressee.js';
import { isSubordinateTail } from './subordinate-tail.js';
import { englishBefore, POSSESSIVES, skipBackAdverbs } from './speaker.js';
import { speechQuoteAt } from '../ar/content.js';
import { NOUN_BEFORE, NOTHING, pronounThenHedge, FUTURE_MODALS, REFUSALS, afterLetUs, quoteAround, asSayingAfter, ANONYMOUS, NO_ONE, openingPassive, sourceTail, relativeBefore } from './said-that-guards.js';
import { afterPossessive, COORDINATORS, isAttributive, isNameWord, notSpeech } from './verb-reading.js';

/** X said (that) C · X told Y that C · X denied/accused/urged … · he said … · was claimed by X. */
export const enSaidThat: Rule = {
  id: 'en-said-that',
  on: 'cue',
  apply(doc, hit): Draft | null {
    if (hit?.type !== 'cue') return null;
    const { cue } = hit;
    const floor = sentenceStart(doc, hit.start), end = sentenceEnd(doc, hit.start);
    const cueChars: [number, number] = [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end];
    const prev = hit.start - 1;
    if (isNameWord(doc, hit)) return null;
    // "the president's claims of fraud have not …": a noun cue after its possessor (objects.tsv: possessed-cue).
    if (objectWords().get('possessed-cue')!.has(cue.lemma)) return possessedNoun(doc, hit, floor, end);
    // "The president's warning that the country faced ruin …": any cue form after a named possessive and before "that"
    // is that noun, its possessor the speaker.
    if (afterPossessive(doc, hit) && doc.keys[hit.end] === 'that') return possessedNoun(doc, hit, floor, end);
    // called the police: a bare "called" reports only a quotation after its object (en-label, 06-label.ts).
    if (cue.lemma === 'call') return null;
    if (prev >= floor && doc.lex.words.get(doc.keys[prev]) === 'determiner') return null; // the alleged attack
    if (prev >= floor && NOUN_BEFORE.has(doc.keys[prev])) return null; // no doubt, little fear: the noun
    // "His warning that …", "their demanding schedule": an -ing form after a possessive pronoun is a noun or an adjective
    // (possessive-noun.ts leaves a pronoun possessor unread).
    if (prev >= floor && POSSESSIVES.has(doc.keys[prev]) && hit.end - hit.start === 1 && /ing$/.test(doc.keys[hit.start])) return null;
    // over alleged plots, for reported crimes: a past form after a preposition is an adjective.
    // (went on to say, appeared to blame: an infinitive after a raising verb is its subject's statement, raising.ts)
    if (prev >= floor && hit.cue.kind === 'verb' && doc.lex.words.get(doc.keys[prev]) === 'preposition' && skipRaising(doc, hit.start, floor) === hit.start) return null;
    if (isAttributive(doc, hit, end, floor)) return null;
    // May's proposed Brexit deal: an attributive form after a possessive is an adjective, whatever follows.
    if (afterPossessive(doc, hit) && objectWords().get('attributive')!.has(doc.keys[hit.start])) return null;
    // the President's claim would …, his claims were …: a cue form that is also a said thing (objects.tsv: speech) is that
    // noun after a possessive.
    if ((afterPossessive(doc, hit) || prev >= floor && POSSESSIVES.has(doc.keys[prev])) && objectWords().get('speech')!.has(doc.keys[hit.start])) return null;
    // "presidential claims of immunity": a cue form that is also a said thing (objects.tsv: speech) is that noun before "of".
    if (hit.end < end && doc.keys[hit.end] === 'of' && objectWords().get('speech')!.has(doc.keys[hit.start])) return null;
    // "did not deny", "has never said": a negated cue reports nothing.
    for (let j = hit.start - 1; j >= Math.max(floor, hit.start - 3); j--) {
      if (doc.keys[j] === 'not' || doc.keys[j] === 'never' || /n[’']t$/.test(doc.tokens[j].text) || doc.keys[j] === 't') return null;
      if (doc.lex.words.get(doc.keys[j]) !== 'adverb' && !['did', 'does', 'do', 'could', 'can', 'may', 'might'].includes(doc.keys[j])) break;
    }
    // "Let's just say he's wrong": the writer's own hypothetical, no one's statement.
    if (afterLetUs(doc, skipBackAdverbs(doc, hit.start, floor) - 1, floor)) return null;
    // "will announce", "could deny": what may be said is not yet a statement.
    // (Theresa May said, took office in May, said: a capitalised May is a name or a month, no modal.)
    for (let j = hit.start - 1; j >= floor && j >= hit.start - 3; j--) {
      if (FUTURE_MODALS.has(doc.keys[j]) && !/^\p{Lu}/u.test(doc.tokens[j].text) && !REFUSALS.has(cue.lemma)) return null;
      if (doc.lex.words.get(doc.keys[j]) !== 'adverb') break;
    }
    // "Asked whether he would resign, Johnson replied …": a past form opening the sentence before a question or a
    // preposition is a passive adjunct; its subject was asked, no one else's demand is reported.
    if (openingPassive(doc, hit, floor, end)) return null;
    // "declined to comment": a refusal to act, not a denial.
    if (cue.lemma === 'decline' && doc.keys[hit.end] === 'to') return null;
    // "who asked not to be named": a source's condition of anonymity, no demand reported.
    if (doc.keys[hit.end] === 'not' && doc.keys[hit.end + 1] === 'to' && doc.keys[hit.end + 2] === 'be' && ANONYMOUS.has(doc.keys[hit.end + 3])) return null;
    const passive = passiveReading(doc, hit, floor, end, cueChars);
    if (passive !== 'active') return passive;
    let speaker = speakerBefore(doc, hit, floor);
    // ("told Reuters that she opposed the plan": her opposition is the outer statement's stance, own-stance.ts.)
    // ("said he hoped the talks would resume": a belief of the same source is that statement's content, own-stance.ts.)
    const pron = speaker?.kind === 'pronoun' ? doc.tokens.findIndex((t) => t.start === (speaker as { start: number }).start) : -1;
    if (pron >= 0 && (isOwnStance(doc, hit, pron) || isOwnBelief(doc, hit, pron))) return null;
    let rule = 'en-said-that';
    // "as X noted, …": the outlet's aside, not a statement.
    if (speaker && speaker.kind === 'span') {
      const at = speaker.start;
      const s0 = doc.tokens.findIndex((t) => t.start === at);
      // "No group has claimed responsibility", "Nobody said …": a source denied to exist says nothing.
      if (NO_ONE.has(doc.keys[s0])) return null;
      // (…, as the network claims the order did not cover …: with a clause after the cue, "as" is "because".)
      // (As the minister put it, "…": a quotation right after the aside is the source's own words.)
      if (s0 > floor && isAside(doc, s0, floor) && (hit.end >= end || /[,.;:!?)—–]/.test(gapBefore(doc, hit.end))) && !speechQuoteAt(doc, hit.end)) return null;
    }
    if (!speaker) {
      const found = clauseSubject(doc, hit, floor, end) ?? longSubject(doc, hit.start, floor);
      if (!found) return null;
      ({ speaker, rule } = found);
    }
    const keepObject = cue.stance !== 'assert' || cue.frame.has('obj');
    // (informed police she had …: a cue whose object is always the one told reads as tell does; objects.tsv: addressee-cue.)
    const tell = cue.frame.has('obj') && cue.frame.has('that') && (cue.frame.has('to') || objectWords().get('addressee-cue')!.has(cue.lemma));
    // "The city is ready, Lee said, adding that …": what follows the comma is the participle's own statement.
    // ("…, Reuters reported, citing two sources.": so is a source phrase ending the sentence, never what was reported;
    // "reported, citing two sources, that …" goes on to its clause.)
    // (…, the minister said Sunday, adding …: a time phrase before that comma changes nothing.)
    const tail = afterTimeBeforeComma(doc, hit.end, end);
    const ownCue = tail < end && commaBefore(doc, tail) && (cueStartsAt(doc, tail) || sourceTail(doc, tail, end));
    let content = ownCue ? null : englishContent(doc, hit.end, keepObject && !cue.frame.has('that'), end, cue.frame.has('that') && !cue.frame.has('obj'), tell);
    if (speaker.kind !== 'inherit') {
      // "…, police revealed on Saturday.": the report comes before the speaker.
      const s0 = doc.tokens.findIndex((t) => t.start === (speaker as { start: number }).start);
      // "…, officials told state media, adding …": only an addressee after a tell-cue.
      // ("…, Lee told reporters at the courthouse.": an addressee and adjuncts only, however long.)
      const addresseeOnly = !!content && tell && !content.complement && !content.direct && content.from === hit.end
        && (doc.tokens.filter((t) => t.start >= content!.range[0] && t.end <= content!.range[1]).length <= 3 || addresseeThenAdjuncts(doc, hit.end, end));
      const trailing = !content || isTimeTail(doc, hit.end, end) || isAdjunctTail(doc, hit.end, end) || dashTail(doc, hit.end, end) || addresseeOnly
        || isMannerTail(doc, hit.end, end) || isSubordinateTail(doc, hit.end, end);
      if (trailing && s0 > floor + 2 && commaBefore(doc, s0)) {
        // (…, the environment minister, Helen Ward, said: the role before the apposed name is no part of it)
        const range = contentRange(doc, floor, apposedHeadStart(doc, s0, floor));
        if (range) { content = { range, direct: false, from: floor, complement: false }; rule = 'en-content-said'; }
      }
      // "The new bridge, the mayor said, is safe": a cue set in commas inside a clause; the subject before it and the
      // predicate after it are what was said. ("The bridge is old, the mayor said, and it is safe": so are two clauses
      // joined around it.)
      // ("The council, she said, has been slow": the auxiliary the content skipped as an adverb opens the predicate.)
      else if (content && !content.direct && !content.complement && s0 > floor && commaBefore(doc, s0) && commaBefore(doc, content.from)
        && (PREDICATE_OPENERS.has(doc.keys[content.from]) || COORDINATORS.has(doc.keys[content.from]) && s0 - floor >= 3) && !quoteAround(doc, floor)
        || content && !content.direct && !content.complement && s0 > floor && commaBefore(doc, s0) && content.from > hit.end && commaBefore(doc, hit.end)
        && PREDICATE_OPENERS.has(doc.keys[hit.end]) && !quoteAround(doc, floor)) {
        content = { ...content, range: [doc.tokens[floor].start, content.range[1]], from: floor };
        rule = 'en-parenthetical';
      } else if (content && tell && content.from === hit.end && !content.complement && s0 > floor && commaBefore(doc, s0) && !quoteAround(doc, floor)) {
        // ("Rescue teams, the governor told reporters, were searching": the addressee closes the aside, not the content)
        const rest = tellAsidePredicate(doc, hit.end, end);
        const range = rest < 0 ? null : englishContent(doc, rest, false, end)?.range;
        if (range) { content = { range: [doc.tokens[floor].start, range[1]], direct: false, from: floor, complement: false }; rule = 'en-parenthetical'; }
      }
    }
    if (speaker.kind === 'pronoun' || speaker.kind === 'span') {
      // "…a plan for the march, which they rejected": the antecedent of "which" is what was rejected.
      const at = speaker.start;
      const relative = relativeContent(doc, doc.tokens.findIndex((t) => t.start === at), content, hit.end, floor, end);
      if (relative) { content = relative; rule = 'en-relative'; }
      // "…hit a weapons depot, a claim the rebels denied": the clause before the appositive is what was denied.
      const claimed = relative ? null : claimAppositiveContent(doc, doc.tokens.findIndex((t) => t.start === at), hit.end, floor, end);
      if (claimed) { content = claimed; rule = 'en-claim-apposition'; }
      // "…had sent the police a plan, which they rejected": a pronoun that rejects names the one the thing was sent to.
      const recipient = relative && speaker.kind === 'pronoun' && cue.stance === 'deny' ? relativeRecipient(doc, doc.tokens.findIndex((t) => t.start === at), floor) : null;
      if (recipient) speaker = { kind: 'span', start: doc.tokens[recipient[0]].start, end: doc.tokens[recipient[1] - 1].end, gender: '-' };
      // (a plan to the police: the recipient is no part of what was rejected)
      if (recipient && content && doc.tokens[recipient[0]].start < content.range[1] && doc.tokens[recipient[0]].start > content.range[0]) {
        content = { ...content, range: [content.range[0], doc.tokens[recipient[0] - 2].end] };
      }
    }
    // 'The judge wrote:' ¶ '…': a cue ending its paragraph with a colon reports the next paragraph.
    if (!content && hit.end === end) content = colonParagraph(doc, end);
    // ('The ministry said in a statement:' ¶ '"…"': so does one whose only words after the cue are an adjunct.)
    else if (content && !content.direct && content.from === hit.end && (isAdjunctTail(doc, hit.end, end) || isTimeTail(doc, hit.end, end))) {
      content = colonParagraph(doc, end) ?? content;
    }
    if (!content) return null;
    // "Groups claiming the vote was stolen rallied …": the sentence's own verb ends a reduced relative's content.
    content = beforeMainVerb(doc, hit, speaker, content, floor);
    // "The minister, who said the talks had failed, left …": a relative clause's cue reports up to the comma closing it.
    const closed = content.direct ? null : relativeClauseEnd(doc, hit.start, floor, content.from, content.range);
    if (closed) content = { ...content, range: closed };
    // "the very notion that the Founders rejected at the inception …": after a relative pronoun the cue's object is the
    // noun before it; a preposition where the object would stand opens an adjunct, not what was said.
    if (!content.direct && !content.complement && content.from === hit.end && relativeBefore(doc, speaker, floor)
      && doc.lex.words.get(doc.keys[hit.end]) === 'preposition' && !(doc.keys[hit.end] === 'to' && cue.frame.has('to'))) return null;
    // ("said nothing about the budget", "revealed little": saying nothing is no statement; "said nothing had changed" is.)
    if (!content.direct && content.from === hit.end && NOTHING.has(doc.keys[hit.end]) && !isClauseStart(doc, hit.end)) return null;
    // ("said when asked about the funds", "said after meeting the envoy": a reduced adverbial clause is no content.)
    if (!content.direct && content.from === hit.end && isReducedClause(doc, hit.end, end)) return null;
    // ("argued for hours over the wording": how long it went on, nothing said.)
    if (!content.direct && content.from === hit.end && isDurationTail(doc, hit.end, end)) return null;
    // ('"…," she said of her neighbour': "of" after "said" names whom a quotation was about, no reported content.)
    if (!content.direct && content.from === hit.end && cue.lemma === 'say' && doc.keys[hit.end] === 'of') return null;
    // "The ministry said it could not confirm the reports": a pronoun subject right before a doubt phrase is the
    // speaker's own doubt: one statement, the hedge's (03-according-to.ts reads the same content, dropped as a duplicate).
    const hedge = content.direct ? undefined : pronounThenHedge(doc, content.from);
    const own = hedge && nestedDoubt(doc, hedge, 'en-said-doubt', englishBefore);
    if (own) { const { secondary: _nested, ...draft } = own; return { ...draft, speaker }; }
    // "cited X as saying …", "quoted X as saying …": the one cited speaks (clause-subject.ts: en-quoted-as).
    if (!content.direct && asSayingAfter(doc, content.range[1], end)) return null;
    // "overlapping zone claims and would make …": a clause never opens with a coordinator, so the cue form was a noun.
    if (!content.direct && content.from === hit.end && COORDINATORS.has(doc.keys[hit.end]) && !commaBefore(doc, hit.end)) return null;
    // "denounced the team's claims as a disgrace": after a possessive, "as" opens a judgement of the claims (another
    // speaker's), not what was claimed.
    if (!content.direct && afterPossessive(doc, hit) && content.from === hit.end && doc.keys[content.from] === 'as' && !cue.frame.has('as')) return null;
    // "what she described as X": X is the content.
    if (!content.direct && doc.keys[content.from] === 'as' && cue.frame.has('as')) {
      const range = contentRange(doc, content.from + 1, doc.tokens.findIndex((t) => t.end >= content!.range[1]) + 1);
      if (range) content = { ...content, range, from: content.from + 1 };
    }
    // "identified the suspect as X" reports the object and its "as" phrase; "identified a site", "identified as" none,
    // nor a reduced passive after a comma ("a boy, identified only as Ivan, was …").
    if (objectWords().get('as-cue')!.has(cue.lemma)
      && (content.direct || content.from !== hit.end || commaBefore(doc, hit.start) || !asAfterObject(doc, hit.end, end))) return null;
    // "did not find the network had breached laws" reports a clause; "did not find survivors" nothing.
    const finding = objectWords().get('finding-cue')!.has(cue.lemma);
    // (recounted how the boat capsized: a "how" clause tells what happened, as a that-clause does)
    // (believe the gunman acted alone: a belief's clause may be a bare past verb, belief-clause.ts)
    if ((finding || objectWords().get('clause-cue')!.has(cue.lemma)) && !content.direct && !content.complement && !isClauseStart(doc, content.from)
      && !(doc.keys[content.from] === 'how' && content.from === hit.end && !finding) && !beliefClauseAt(doc, cue.lemma, content.from, end)) return null;
    if (objectWords().get('infinitive-cue')!.has(cue.lemma) && (content.direct || content.from !== hit.end || !infinitiveAfterObject(doc, hit.end, end))) return null;
    // "held Iran responsible for the attack" charges the object; "held talks", "held him" report nothing.
    if (objectWords().get('liable-cue')!.has(cue.lemma) && (content.direct || content.from !== hit.end || !asAfterObject(doc, hit.end, end, LIABLE_LINKS))) return null;
    // ("The court has ruled that she did not lie," the lawyer said: a ruling quoted is the lawyer's argument.)
    if (finding && insideQuote(doc, doc.tokens[hit.start].start)) return null;
    // Colon-only cues (continued, shouting) report a quotation or what follows a colon, nothing else.
    if (!content.direct && cue.frame.size === 1 && cue.frame.has('colon') && !colonBefore(doc, content.from)) return null;
    // (Speaking on television, the minister said: "…": a quotation after another cue is that cue's.)
    if (cue.frame.size === 1 && cue.frame.has('colon') && doc.hits.some((h) => h.type === 'cue' && h.start >= hit.end && h.start < content!.from)) return null;
    // "proposed a bill that would …": the object kept before a complement is checked as well.
    if (!content.direct && content.complement && content.from === hit.end && notSpeech(doc, hit, content.from, content.from + 2)) return null;
    if (!content.direct && !content.complement && rule !== 'en-relative' && rule !== 'en-content-said') {
      const to = doc.tokens.findIndex((t) => t.start >= content!.range[1]);
      const last = to < 0 ? doc.tokens.length : to;
      if (notSpeech(doc, hit, content.from, last)) return null;
      // "wrote to the embassy asking …": an addressee alone is no content.
      if (doc.keys[content.from] === 'to' && !cue.frame.has('to') && last < end && cueStartsAt(doc, last)) return null;
    }
    // ("told Reuters that she opposed the plan": the same source's own stance inside its clause, own-stance.ts.)
    const inner = content.direct ? undefined : ownStanceCue(doc, content.from);
    // X tells Y to do Z: a demand.
    // X insists (that) the budget include …: a subjunctive clause is a demand.
    const stance = cue.stance === 'assert' && cue.frame.has('to') && cue.frame.has('obj') && !content.direct && content.from === hit.end && toAfterObject(doc, hit.end, end) ? 'demand'
      : cue.stance === 'assert' && !content.direct && (content.complement || !cue.frame.has('obj')) && mandative(doc, cue.lemma, content.from, end) ? 'demand'
      : cue.stance === 'assert' && inner && isOwnStance(doc, inner, content.from) ? inner.cue.stance : cue.stance;
    const object = (stance === 'accuse' || stance === 'demand') && !content.complement && content.from === hit.end ? targetsOf(doc, hit.end, end, cue.frame.has('to')) : [];
    // said foreign powers should leave: else the one a duty in the content is laid on, read once the stance is shifted
    // (attribution/targets.ts).
    const contentTargets = object.length ? undefined : { lang: 'en' as const, stance, range: content.range };
    if (content.direct) rule = rule === 'en-said-that' ? 'en-said-quote' : rule;
    return { rule, cue: cueChars, stance, speaker, content: content.range, direct: content.direct, targets: object, sentence: doc.sentOf[hit.start], contentTargets };
  },
};
