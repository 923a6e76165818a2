import { MIN_QUOTE_TOKENS } from '../constants.js';
import { charRange, CLAUSE_MARKS, colonBefore, commaBefore, isComplement } from '../clause.js';
import { gapHas, sentenceEnd, sentenceStart } from '../doc.js';
import { opensNestedClause } from '../nested.js';
import { addresseeEnd, subjectWithoutTold, TELLING, toldParticle } from './told.js';
import { arabicObjectTarget } from './object-target.js';
import type { Draft, Rule, SpeakerRef } from '../types.js';
import { arabicContent, skipAdjuncts, speechQuoteAt } from './content.js';
import { antecedentHead, frontedRelativeSubject, particleRelativeSubject, RELATIVES, relativeSpeaker, RESUMPTIVE } from './antecedent.js';
import { HONORIFICS } from './speaker-words.js';
import { coordinatedVerb, verbalNounPhrase } from './cue-noun.js';
import { subjectAfter } from './cue-subject.js';
import { QUOTED_SAYING, subjectBefore } from './cue-subject-before.js';
import { kanaSubject } from './kana-subject.js';
import { afterTopicQad, topicSubject } from './topic-subject.js';
import { ADJUNCT_AN, laterParticle, particleAfterAside, SAY } from './particle.js';
import { leadSubject } from './lead-subject.js';
import { pollAround, pollShare } from './poll.js';
import { RELAY, relayedStatement } from './relayed.js';
import { needsNamedSpeaker } from './named-speaker.js';
import { objectBeforeRelativeCue } from './denounced.js';
import { firstPersonPlural, pluralSubjectBefore } from './number.js';
import { afterCircumstantial, namedAfterAside, particleAfterApposition, saidAfterAside } from './said-after-aside.js';
import { afterAnswerAdjunct } from './answer-adjunct.js';
import { blamedAt, requiresObject, subjectWithoutBlamed } from './held-responsible.js';
import { followsNotSays } from './follow-sense.js';
import { repeatedVerbAfter } from './repeated-verb.js';
import { sayingAfter } from './saying-participle.js';
import { glossStart } from './gloss.js';
import { thingThreatens, threatensNobody } from './threat-sense.js';
import { declinesToSpeak } from './declined.js';
import { pastNounAdjective } from './directed-noun.js';
import { callAsksNobody } from './call-sense.js';
import { thingSubject } from './thing-subject.js';
import { reportsNothing, RESUMPTIVES } from './cue-sense.js';
import { objectAfterAside } from './circumstantial-object.js';
import { indefiniteSubject } from './indefinite-subject.js';
import { cutAtComma, quoteAfterRelative, quoteBefore } from './verb-content.js';
import { pronounParticleBefore } from './pronoun-particle.js';
import { pastFramePreposition } from './frame-preposition.js';
import { priorLead, takesUpSpeaker } from './prior-report.js';

/** Words left after كما ذكرت + a subject that are still part of the source (… وكالة فرانس برس.), at most. */
const SHORT_TAIL_TOKENS = 2;
/** "The same" after a time word (في اليوم ذاته، في الوقت نفسه), as match keys. */
const SAME = new Set(['ذاته', 'نفسه', 'ذاتها', 'نفسها', 'عينه']);

/**
 * Words before a required أن that make it an adjunct (بعد أن), a condition (على أن) or a contrast opening a clause of
 * its own (تعتبر متدنية، إلا أن …; غير أن), as match keys.
 */
const REQUIRED_AN_BLOCKERS = new Set([...ADJUNCT_AN, 'علي', 'الا', 'غير']);
/** Words before أن that make it "after/before/since he …" (بعد أن رفض): a verb may follow with its subject dropped (match keys). */
const TEMPORAL_AN = new Set(['بعد', 'قبل', 'منذ', 'دون', 'بدون']);
/** The lemma أقر: "admitted" with بـ or أن, "approved" with a plain object. */
const APPROVE = 'أقر';
/** Lemmas of refusing (رفض): with a plain object and no subject they report nothing (see arVerbSubject). */
const REFUSALS = new Set(['رفض']);
/** Longest relative clause on a subject before its complement particle, in tokens. */
const MAX_RELATIVE_TOKENS = 14;

/** P1–P6: CUE [SUBJECT] [أن/إن/بأن | : | «»] CONTENT, or a bare و-cue inheriting the last speaker. */
export const arVerbSubject: Rule = {
  id: 'ar-verb-subject',
  on: 'cue',
  apply(doc, hit): Draft | null {
    if (hit?.type !== 'cue') return null;
    const { cue } = hit;
    // نقلت X عن Y أن: the statement is Y's (relayed.ts).
    if (cue.lemma === RELAY) return relayedStatement(doc, hit);
    // …«…»، في إشارة إلى …: the writer's gloss after what was said ends the sentence for the cue (ar/gloss.ts).
    const end = glossStart(doc, hit.end, sentenceEnd(doc, hit.start));
    // هذا طلب، طالب أو طالبة، …: a cue word that reports nothing where it stands (ar/cue-sense.ts).
    const prevKey = hit.start > sentenceStart(doc, hit.start) ? doc.keys[hit.start - 1] : '';
    if (reportsNothing(doc, hit, end, prevKey)) return null;
    let j = skipAdjuncts(doc, hit.end, end);
    // قال لي مسؤول، قال لـ"الصحيفة" فلان: the one told is neither subject nor content.
    j = skipAdjuncts(doc, addresseeEnd(doc, j, end, cue.kind === 'participle', cue.lemma), end);
    // إبان الحرب بعد أن، بين الطرفين على أن: a particle required after the cue word (بيّن … أن) that opens an adjunct
    // or a condition is no report, and the word is a preposition.
    if (hit.required && isComplement(doc, hit.required[0]) && REQUIRED_AN_BLOCKERS.has(doc.keys[hit.required[0] - 1])) return null;
    // بين الناخبين، قال 69% إن …: a required particle after another cue is that cue's.
    if (hit.required && doc.hits.some((h) => h.type === 'cue' && h.start >= hit.end && h.start < hit.required![0])) return null;
    // يكشف ويفضح أعمال …: a cue joined to a second verb tells what a thing shows, not what someone said.
    if (coordinatedVerb(doc, hit.start, j, end)) return null;
    // وقال ردا على استفسار: «…»: the question answered is neither subject nor content (ar/answer-adjunct.ts).
    const answered = afterAnswerAdjunct(doc, j, end);
    if (answered >= 0) j = answered;
    // وشدد معاليه على …، ودعا سموه الجميع إلى …: an honorific pronoun after a verb is its subject, the one last named.
    const honorific = cue.kind === 'verb' && HONORIFICS.has(doc.keys[j] ?? '');
    if (honorific) j = skipAdjuncts(doc, j + 1, end);
    const limit = hit.required ? hit.required[0] : end;
    if (j < limit && pollShare(doc, j)) return null;
    // وكانت الحكومة اكدت تزامنا مع …: a subject bracketed by كان before the verb; none is read after it.
    const kana = kanaSubject(doc, hit);
    // منظمات حقوقية تتهم الحكومة بـ: the indefinite noun described is the subject; the noun after is the object (ar/indefinite-subject.ts).
    const described = kana || honorific ? null : indefiniteSubject(doc, hit, end);
    const carried = pronounParticleBefore(doc, hit); // لكنه اتهم السفير: the pronoun is the subject (ar/pronoun-particle.ts)
    const read = kana || honorific || described || carried ? null : subjectAfter(doc, hit, j, limit);
    // حمّل فلان المالكي المسؤولية: the one blamed is no part of the subject (ar/held-responsible.ts).
    const blames = requiresObject(hit);
    // أبلغ فلان الصحفيين أن: the one told is no part of the subject either (ar/told.ts).
    let subject = blames ? subjectWithoutBlamed(doc, hit, j, read) : subjectWithoutTold(doc, hit, read);
    if (verbalNounPhrase(doc, hit, subject, end)) return null;
    if (!subject && !kana && thingThreatens(doc, hit.start, cue.lemma)) return null;
    // إن رفض الكونجرس للاتفاق …، من أن رفض الاتفاق …: right after إنّ/أنّ (not بعد أن) a cue word with no subject is a
    // verbal noun; with one, it reports inside another statement (nested) and is never a later antecedent.
    // سبق له أن أعلن، علما بأنه أكد: the writer's frame before a plain report (ar/prior-report.ts).
    const prior = priorLead(doc, hit);
    const afterParticle = !carried && !prior && hit.start > sentenceStart(doc, hit.start) && isComplement(doc, hit.start - 1) && !hit.prefixed
      && !TEMPORAL_AN.has(doc.keys[hit.start - 2] ?? '');
    if (afterParticle && !subject && cue.kind === 'verb') return null;
    let after = subject ? skipAdjuncts(doc, subject[1], end) : j;
    // قال الأمين العام لـ«…»، وهو …، الدكتور فلان، إن: the chain up to the name is the speaker (ar/said-after-aside.ts).
    const named = subject ? namedAfterAside(doc, after, end) : -1;
    if (subject && named > 0) { subject = [subject[0], named]; after = skipAdjuncts(doc, named, end); }
    // ودعا فلان، وهو فقيه …، إلى: a clause on the speaker is neither subject nor content (unclosed: ar/circumstantial-object.ts).
    const circumstantial = subject ? Math.max(afterCircumstantial(doc, after, end), objectAfterAside(doc, after, end)) : -1;
    if (circumstantial >= 0) after = skipAdjuncts(doc, circumstantial, end);
    // ودعت فلانة رئيسة الاتحاد، أحد التجمعات …، دعت جميع العملاء إلى: what follows the verb said again is the content.
    const again = subject ? repeatedVerbAfter(doc, hit, subject[1], end) : -1;
    if (again >= 0) after = skipAdjuncts(doc, again, end);
    // قال القائد الذي رفض الكشف عن هويته لأسباب أمنية إن …: a relative clause on the subject, up to the particle.
    if (subject && after < end && RELATIVES[doc.keys[after]]) {
      for (let k = after + 1; k < Math.min(end, after + MAX_RELATIVE_TOKENS) && !speechQuoteAt(doc, k); k++) {
        if (isComplement(doc, k)) { after = k; break; }
      }
      // قال فلان الذي كان يومها ضابطا في الجيش "…": a quotation that closes the sentence after the relative clause.
      if (RELATIVES[doc.keys[after]]) after = quoteAfterRelative(doc, after, end);
    }
    // … then the content runs from the one blamed, المسؤولية and what it is for included; else past the required noun's adjective.
    if (hit.required) after = blames ? skipAdjuncts(doc, blamedAt(doc, j, subject), end) : skipAdjuncts(doc, pastNounAdjective(doc, hit.required[1], end), end);
    // أكدت اللجنة في اليوم ذاته مساندتها، وقال في الوقت نفسه إن: في + a time word (and ذاته/نفسه) is an adjunct.
    if (after + 1 < end && doc.keys[after] === 'في' && doc.lex.words.get(doc.keys[after + 1]) === 'time' && !gapHas(doc, after + 1, CLAUSE_MARKS)) {
      let k = after + 2;
      if (k < end && SAME.has(doc.keys[k])) k++;
      if (k < end && !gapHas(doc, k, CLAUSE_MARKS)) after = skipAdjuncts(doc, k, end);
    }
    // وتابع الوزير في حديثه قائلا: «…»: the content opens after قائلا, whatever stands before it (ar/saying-participle.ts).
    const saying = sayingAfter(doc, hit);
    if (saying) after = skipAdjuncts(doc, saying.end, end);
    // Where an object would start (the targets read it): a frame preposition passed below is recorded.
    const objectAt = after;
    // A preposition of the verb's frame, the outlet spoken to or the occasion before the content (ar/frame-preposition.ts).
    let preposition = -1;
    if (!saying) ({ after, preposition } = pastFramePreposition(doc, hit, after, end, Boolean(subject)));
    // وأضاف الوزير، ردا على أسئلة الصحفيين، أن …؛ أكد في تصريح لـ«…»، ردا على سؤال …، أن: the same after the subject or the occasion.
    const answer = afterAnswerAdjunct(doc, after, end);
    if (answer >= 0) after = answer;
    // ندد بالحادث، هدد بالانسحاب، أشاد بمستوى: a verb framed by بـ alone reports only with its ب-phrase (تهدد أرواح الطلاب does not).
    if (cue.frame.size === 1 && cue.frame.has('bi') && !(after < end && doc.keys[after].startsWith('ب'))) return null;
    // وزاد: «…»: a verb framed by the colon alone (زاد "added", also "increased") reports only before a colon.
    if (cue.frame.size === 1 && cue.frame.has('colon') && !(after < end && colonBefore(doc, after))) return null;
    // أشاد بجهود …، تعهد بمفاوضات … من المتوقع أن: a verb framed by بـ alone reports its ب-phrase, so a particle further on
    // belongs to that phrase and is no new start of the content.
    const biOnly = cue.frame.size === 1 && cue.frame.has('bi') && !isComplement(doc, after);
    const keepObject = cue.stance === 'deny' || cue.stance === 'accuse' || cue.stance === 'demand' || biOnly;
    // A long quotation a few words on is the content after a verb that takes no object, or after an adjunct the frame loop passed (أعلن على صفحته «…»).
    let content = arabicContent(doc, after, keepObject, end, cue.frame.has('anna') && (!cue.frame.has('obj') || (preposition >= 0 && !keepObject)));
    // قال يونكر رئيس المفوضية، في مؤتمر صحفي، إنه …: a verb that takes no object reports the clause after a
    // particle further on, past an apposition or an adjunct with commas.
    if (content && !content.complement && !content.direct && cue.frame.has('anna') && !cue.frame.has('obj')) {
      const k = laterParticle(doc, after, end);
      // وقال فلان -وهو …- إنه، قال فلان …، في تصريحات إلى "الوطن": إن: a verb of saying (framed by the colon too) also
      // reports past a longer aside, up to a colon or a quotation (ar/said-after-aside.ts); after كما (كما يقول فلان، …)
      // it reports the clause before it, not one further on.
      const said = k < 0 && cue.frame.has('colon') && prevKey !== 'كما' ? saidAfterAside(doc, after, end) : -1;
      if (k >= 0 || said >= 0) content = arabicContent(doc, k >= 0 ? k : said, false, end) ?? content;
    } else if (content && !content.complement && !content.direct && TELLING.has(cue.lemma)) {
      // أبلغت الدول وزير الخارجية أمس خلال محادثات … أن: the one told is the plain object; the clause after the particle is what was said.
      const k = toldParticle(doc, after, end);
      if (k >= 0) content = arabicContent(doc, k, false, end) ?? content;
    } else if (subject && content && !content.complement && !content.direct && cue.frame.has('anna')) {
      // وأكد محامي X طبيب القلب (51 عاما)، الذي …، أن: a verb that may take an object still reports the clause after
      // the particle when an apposition with a relative clause (after a comma or a bracket) stands before it.
      // أكد صاحب السمو الملكي الأمير خالد الفيصل مستشار …، نائب …، أن: the same past the rest of a long name and its
      // titles, up to a particle after a comma (ar/said-after-aside.ts).
      const aside = particleAfterAside(doc, after, end);
      // After a preposition passed (أعلن نشطاء في بابل، الجمعة، أن) the place may be the subject's: left as read.
      const k = aside >= 0 ? aside : preposition < 0 ? particleAfterApposition(doc, after, end) : -1;
      if (k >= 0) content = arabicContent(doc, k, false, end) ?? content;
    }
    // استنكرت X تصريحات الوزير التي ادعى فيها: an accusation's object ends before the allegation (denounced.ts).
    if (content && cue.stance === 'accuse') content = objectBeforeRelativeCue(doc, content);
    // …، مما يؤكد تفانيهم: "which confirms" with a plain object and no subject draws an inference from a fact, and
    // nobody is reported; with a clause (مما يؤكد أن إيران …) it goes on with the last speaker's claim, and with a
    // subject (مما دعا جماعة … لاتهام) that subject speaks.
    if (prevKey === 'مما' && cue.kind === 'verb' && !subject && !content?.complement) return null;
    // أقر البرلمان الميزانية، اتخذها مقرا مؤقتا: أقر with a plain object approves a thing (and مقرا is also "a seat"); it
    // admits only with its ب-phrase or clause.
    if (cue.lemma === APPROVE && content && !content.complement && !content.direct && !doc.keys[content.from].startsWith('ب')) return null;
    // معسكر تابع للحرس، تابع تمريرة عرضية: a bare تابع before ل or a plain object belongs or follows, and says nothing.
    if (followsNotSays(doc, hit, !!content && !content.complement && !content.direct)) return null;
    // يُهدد بالقتل من قبل …، تدعو للتفاؤل، تمنى له الشفاء: senses that warn or ask nobody (ar/threat-sense.ts, ar/call-sense.ts).
    if (content && (threatensNobody(doc, hit, content.from, end) || callAsksNobody(doc, hit, content.from, end))) return null;
    // الزيادات التي طالب بها الدائنون تعني …، الشراكة التي أعلن عنها في كامب ديفيد: after a relative pronoun the
    // pronoun on the verb's preposition is the antecedent, what was demanded or announced; the words after it are the
    // subject or an adjunct, never the content. Only a clause (الذي قالت عنه الوزيرة إنه …) or a quotation reports,
    // which a verb of saying (التي يقول عنها فلان في حديثه … «…») may give further on.
    if (RELATIVES[prevKey] !== undefined && RESUMPTIVES.has(doc.keys[hit.end] ?? '') && cue.lemma !== SAY && content && !content.complement && !content.direct) return null;
    // رفض المتحدث الكشف عن …، يرفض التصريح: a refusal to speak reports nothing; its speaker is kept for what follows (ar/declined.ts).
    const declined = declinesToSpeak(doc, cue, content);
    // إن رفض الكونجرس للاتفاق سيسبب …: after a particle, a cue word with a plain object is a verbal noun.
    if (afterParticle && content && !content.complement && !content.direct) return null;
    // القرار الذي يطالب الأمين العام … بالتنسيق: after an agreeing relative the noun that follows is the object, unless a
    // particle with a pronoun takes the antecedent up again (الاتفاق الذي قال الوزير إنه …). After a resumptive (في
    // الوقت الذي أعلن فيه رئيس البرلمان أن) the antecedent is the time or place, and the noun that follows is the subject.
    if (subject && RELATIVES[prevKey] === cue.gender && !RESUMPTIVE.has(doc.keys[hit.end]) && !(content?.complement && /(ه|ها|هم)$/.test(doc.keys[content.from - 1] ?? ''))) {
      const a = antecedentHead(doc, hit.start - 1, sentenceStart(doc, hit.start));
      const object = a >= 0 ? arabicContent(doc, j, true, end) : null;
      if (!object) return null;
      return { rule: 'ar-relative', cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: cue.stance,
        speaker: { kind: 'span', start: doc.tokens[a].start, end: doc.tokens[hit.start - 2].end, gender: cue.gender },
        content: object.range, direct: object.direct, targets: [], sentence: doc.sentOf[hit.start] };
    }
    // تسيبراس الذي تقول والدته إنه متعب، يواجه …: a report inside a relative clause (its particle taking the antecedent
    // up again) ends at the first comma, where the main clause resumes.
    if (subject && content && content.complement && !content.direct && RELATIVES[prevKey]) content = cutAtComma(doc, content);
    const relative = subject || cue.kind === 'participle' ? undefined : described ?? relativeSpeaker(doc, hit);
    if (relative === null) return null;
    // سلمى التي حاولت الهرب … قالت: a subject with a relative clause before the verb (the words right before the verb are the clause's).
    const fronted = relative || subject || kana || cue.kind === 'participle' ? null : frontedRelativeSubject(doc, hit) ?? particleRelativeSubject(doc, hit);
    // …، معتبرين أن: a plural participle takes the plural subject before it in its sentence (ar/number.ts).
    const plural = cue.kind === 'participle' && (cue.gender === 'pl' || cue.gender === 'du') ? pluralSubjectBefore(doc, hit) : null;
    const before = relative ?? plural ?? (subject || fronted || cue.kind === 'participle' ? null : kana ?? (hit.prefixed || afterTopicQad(doc, hit) ? topicSubject(doc, hit) : subjectBefore(doc, prior?.preceded ? prior.lead : hit.start)));
    if (before && pollShare(doc, before[0])) return null;
    // رفضت دعم المقاتلين، رفض الدائنون التنازل: a refusal whose plain object follows with no subject read refuses an act,
    // or has its subject unread at the object's head; neither reports a denial by the last speaker.
    if (REFUSALS.has(cue.lemma) && cue.kind === 'verb' && !subject && !before && !fronted && content && !content.complement && !content.direct) return null;
    if (!subject && !before && !fronted && cue.kind !== 'participle' && pollAround(doc, hit, end)) return null;
    // عن مسؤول قوله: the verbal noun reports only the one quoted right after عن; no other speaker is read into it.
    if (QUOTED_SAYING.has(doc.keys[hit.start]) && !(before && doc.keys[before[0] - 1] === 'عن')) return null;
    // والمستشار … قال: a fronted subject keeps its conjunction out of the speaker text.
    const conj = before && /^[وف]/.test(doc.keys[before[0]]) && doc.lex.titleWords.has(doc.keys[before[0]].slice(1)) ? 1 : 0;
    // تطرق الرئيس إلى …، مشيرا إلى: with no subject read, the subject of the plain verb opening the sentence (ar/lead-subject.ts).
    // (…، علما بأنها أعلنت: the pronoun on the particle is carried as a و would carry it: the opening verb's subject.)
    const noting = prior !== null && !prior.preceded;
    const lead = subject || before || fronted ? null : leadSubject(doc, noting ? { ...hit, prefixed: true } : hit);
    // Nor the last speaker of another sentence (ar/prior-report.ts).
    if (noting && !subject && !before && !lead && !takesUpSpeaker(doc, prior.lead)) return null;
    const speaker: SpeakerRef = subject
      ? { kind: 'span', start: doc.tokens[subject[0]].start, end: doc.tokens[subject[1] - 1].end, gender: cue.gender }
      : before ? { kind: 'span', start: doc.tokens[before[0]].start + conj, end: doc.tokens[before[1] - 1].end, gender: cue.gender }
      : fronted ? { kind: 'span', start: doc.tokens[fronted[0]].start, end: doc.tokens[fronted[1] - 1].end, gender: cue.gender }
      : lead ? { kind: 'span', start: doc.tokens[lead[0]].start, end: doc.tokens[lead[1] - 1].end, gender: cue.gender }
      // نطالب، ندعو: "we" agrees with whoever is quoted, not with a plural antecedent.
      : { kind: 'inherit', gender: cue.gender === 'pl' && firstPersonPlural(doc.keys[hit.start]) ? '-' : cue.gender, sentence: doc.sentOf[hit.start] };
    // وعبر الوزراء عن قلقهم: a few verbs report only with their speaker named (named-speaker.ts); a refusal to speak too.
    // أن المخططات تكشف عن الحقد: a bare verb with a plain object after a thing for its subject reports nobody, not the last
    // speaker; with a clause (أن النتائج تؤكد أن …) the clause is still the last speaker's claim (ar/thing-subject.ts).
    if (speaker.kind === 'inherit' && (needsNamedSpeaker(cue) || declined || (!content?.complement && thingSubject(doc, hit)))) return null;
    const cueChars: [number, number] = [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end];
    // …، كما ذكرت صحافية من وكالة فرانس برس.: the cue closes the sentence; what it reports comes before كما.
    const closing = end - after <= SHORT_TAIL_TOKENS; // (no comma needed then, unless a quotation closes before كما)
    if ((!content || closing) && subject && prevKey === 'كما' && (commaBefore(doc, hit.start - 1) || (closing && !quoteBefore(doc, hit.start - 1))) && hit.start - 1 - sentenceStart(doc, hit.start) >= MIN_QUOTE_TOKENS) {
      return { rule: 'ar-verb-subject-before', cue: cueChars, stance: cue.stance, speaker, content: charRange(doc, sentenceStart(doc, hit.start), hit.start - 1),
        direct: false, targets: [], sentence: doc.sentOf[hit.start] };
    }
    // «…» كما أنذرت فلانة مديرة المنظمة في البلاد.: the quotation that closes right before كما is what the cue reports.
    const quotedBefore = subject && prevKey === 'كما' && (!content || end - after <= SHORT_TAIL_TOKENS) ? quoteBefore(doc, hit.start - 1) : null;
    if (quotedBefore) {
      return { rule: 'ar-quote-then-cue', cue: cueChars, stance: cue.stance, speaker, content: quotedBefore, direct: true, targets: [], sentence: doc.sentOf[hit.start] };
    }
    if (!content) {
      const q = subject ? quoteBefore(doc, hit.start) : null;
      if (!q) return null;
      return { rule: 'ar-quote-then-cue', cue: cueChars, stance: cue.stance, speaker, content: q, direct: true, targets: [], sentence: doc.sentOf[hit.start] };
    }
    const object = arabicObjectTarget(doc, { stance: cue.stance, content, object: objectAt, preposition, end });
    const rule = cue.kind === 'participle' ? 'ar-participle'
      : relative ? 'ar-relative'
      : before ? 'ar-subject-verb'
      : fronted ? 'ar-subject-relative-verb'
      : !subject ? 'ar-pro-drop'
      : content.direct ? 'ar-verb-subject-quote'
      : content.complement ? 'ar-verb-subject-anna' : 'ar-verb-subject-object';
    // قال الوزير إن الرئيس أكد أن …: the president is reported by the minister (nested), never a later antecedent.
    const nested = (before !== null && !relative && opensNestedClause(doc, before[0])) || (afterParticle && opensNestedClause(doc, hit.start));
    // No object named: the content may name one once the stance is shifted (attribution/targets.ts).
    const contentTargets = object ? undefined
      : { lang: 'ar' as const, stance: cue.stance, range: content.range, complement: content.complement, direct: content.direct, end };
    return { rule, cue: cueChars, stance: cue.stance, speaker, content: content.range, direct: content.direct, targets: object ? [object] : [],
      sentence: doc.sentOf[hit.start], contentTargets, ...(nested ? { secondary: true } : {}), ...(declined ? { silent: true } : {}) };
  },
};
