/**
 * The pairwise-F1 floors eval/claims.ts holds each claim gold set to, apart from the code that measures them: each
 * floor's history (when raised, on which rules, measured how) is long, and is read and edited on its own.
 */
/** Pairwise F1 the seed must keep (the target). */
export const CLAIMS_F1_FLOOR = 0.9;
/**
 * Pairwise F1 the real-article gold must keep (session 9 left it at 0.997): 0.976 (P 1.000, R 0.954) when raised (2026-11-29, was 0.770 with
 * floor 0.74), rounded down; 0.988 (P 1.000, R 0.977) in session 6, once the statements of a detected translation join
 * their counterparts' claims (the WHO and Fauci quotations); 0.997 (P 1.000, R 0.994) in session 7 (statements of a translation
 * aligned by place when their speakers share no name, a title joining its own lead), floor 0.98. Only ever raised.
 */
export const CLAIMS_REAL_F1_FLOOR = 0.98;
/**
 * Pairwise F1 the held-out gold must keep: 0.384 (P 0.877, R 0.246) when raised (session 5, 2026-11-29: evaluations
 * and fragments kept out of echoes, linked speakers' factual copies, casualty details, allegations and their answers,
 * earlier statements following an echo, speakers and names compared across spellings and scripts, a statement joining
 * the claim its matches already hold — tuned on claims-real and claims-dev2 only; was 0.314, floor 0.29), rounded
 * down. Session 6 (synonym clusters, grouped statements in the echo pool, continuations, translations aligned; tuned
 * on real, dev2 and dev3 only) left it at 0.384 with P 0.787, R 0.254; session 7 (a translation's statements aligned by
 * place, a title joining its lead, a speaker restating the point before) 0.394 (P 0.792, R 0.262), then 0.391 (P 0.767,
 * R 0.262) with the rules tuned on dev4 (judgements, reactions, details of one event); session 9 (titles joining their
 * leads, a speaker going on after a cue, offices of a country; tuned on dev2–dev5) 0.395 (P 0.739, R 0.270), then
 * (another speaker's restatement right after, one person's paraphrase across the story window, a speaker's specific event
 * named twice, `impeachment`; tuned on dev2–dev7) 0.378 (P 0.647, R 0.267): more joins here, most of them wrong. Low: most of its claims
 * are restated in other words, or are one event's details told in different sentences. Only ever raised, and never by
 * tuning on these articles.
 */
export const CLAIMS_HELDOUT_F1_FLOOR = 0.37;
/**
 * Pairwise F1 the second held-out gold (eval/gold/claims-heldout2.json) must keep: 0.752 (P 0.904, R 0.644; 52 pairs
 * predicted, 73 gold, 47 right) when the file was added (2026-12-01, session 20, commit 87ad1a3), measured once and
 * blind: the file was complete before isnad's grouping ran on these articles. Floor 0.72, about 0.03 below, rounded
 * down. Higher than the first held-out set's (0.375): most of its claims are one wire sentence in two outlets, and
 * it holds few restatements in other words. Only ever raised, and never by tuning on these articles: like the first
 * held-out set, its line is printed alone, never its groups or its misses. Session 28: 0.778 (P 0.925, R 0.671) with
 * the rare-words rule (tuned on the development sets alone), floor raised to 0.75.
 */
export const CLAIMS_HELDOUT2_F1_FLOOR = 0.75;
/**
 * Pairwise F1 the second development gold (eval/gold/claims-dev2.json, grouped blind) must keep: 0.793 (P 0.958,
 * R 0.676, 120 pairs predicted, 170 gold) in session 5 (floor 0.77; 0.418 in session 4, floor 0.40; 0.236 when the
 * file was added); 0.841 (P 0.962, R 0.747, 132 pairs predicted) when raised in session 6, rounded down; 0.849 (P 0.963,
 * R 0.759) in session 8 (another outlet's copy of part of a sentence read by content words in order), floor 0.83; 0.882
 * (P 0.965, R 0.812, 143 pairs predicted, 138 right) in session 9 (a title joining the lead it restates among echo items,
 * an evaluating one following the lead into its claim; a speaker going on about a point after only a cue), floor 0.86;
 * 0.899 (P 0.966, R 0.841, 148 pairs predicted, 143 right) in session 9 (a speaker's detail of a point nearby,
 * src/claims/speaker-detail.ts), floor 0.88; 0.903 (P 0.966, R 0.847, 149 pairs predicted, 144 right) in session 9
 * (another speaker restating the point right after, continuation.ts), floor 0.89. A set to tune on; only ever raised.
 */
export const CLAIMS_DEV2_F1_FLOOR = 0.89;
/**
 * Pairwise F1 the third development gold (eval/gold/claims-dev3.json, grouped blind) must keep: 0.492 (P 0.662, R 0.391,
 * 133 pairs predicted, 225 gold) when the file was added (2026-11-29), rounded down. Low: the English–Arabic pair joins
 * nothing, restatements in other words stay apart, and evaluations copied by two outlets pair up (floor 0.47); 0.661
 * (P 0.790, R 0.569, 162 pairs predicted) the same day (floor 0.64); 0.717 (P 0.970, R 0.569, 132 pairs predicted) when
 * raised after the evaluation labels and attitudes, rounded down; 0.784 (P 0.980, R 0.653, 150 pairs predicted) in session 7
 * (a title joining its lead, a speaker restating the point before, a translation's statements aligned by place); 0.793
 * (P 0.987, R 0.662) in session 8 (copies within 14 days, five-word parts), floor 0.77; 0.796 (P 0.987, R 0.667) in
 * session 9 (an evaluation phrase after a noun of manner read as an adverb, not a verdict), floor 0.78. A set to tune
 * on; only ever raised.
 */
export const CLAIMS_DEV3_F1_FLOOR = 0.78;
/**
 * Pairwise F1 the fourth development gold (eval/gold/claims-dev4.json, grouped blind) must keep: 0.400 (P 0.667, R 0.286,
 * 147 pairs predicted, 343 gold) when the file was added (2026-11-29, measured on commit 6376eb1), rounded down; 0.395
 * (P 0.641, R 0.286) with session 7's rules, tuned on the other sets while this one was being written (a second blind
 * figure: they did not carry over); 0.451 (P 0.835, R 0.309) tuned on it (copular judgements, reactions set after the
 * event, risks of an event, pledges; details of one event anywhere in an article), floor 0.43; 0.667 (P 0.837, R 0.554)
 * in session 8 with the statements telling the title's incident merged (src/claims/title-event.ts), floor 0.64; 0.690
 * (P 0.838, R 0.586) in session 8 (parts of a sentence read by content words in order, specific demands reprinted),
 * floor 0.67; 0.738 (P 0.870, R 0.641, 253 pairs predicted, 220 right) in session 9 (titles joining their leads, a title of
 * names among them; a speaker going on after only a cue), floor 0.72; 0.755 (P 0.859, R 0.673, 269 pairs predicted, 231
 * right) in session 9 (a speaker's detail of a point nearby), floor 0.74. Session 29: 0.760 (P 0.951, R 0.633) with a concept statement taking in the echo claim of its copies, floor 0.75. Only ever raised.
 */
export const CLAIMS_DEV4_F1_FLOOR = 0.75;
/**
 * Pairwise F1 the fifth development gold (eval/gold/claims-dev5.json, grouped blind) must keep: 0.435 (P 0.761, R 0.305,
 * 71 pairs predicted, 177 gold) when the file was added (2026-11-30, measured on commit 93465ef), rounded down. Low: the
 * details of one event told in different sentences stay apart, and the English articles' restatements in other words
 * almost all stay unplaced; 0.466 (P 0.776, R 0.333, 76 pairs predicted) tuned on in session 8 (copies within 14 days,
 * parts by content words in order and from five words, specific demands reprinted), floor 0.44; 0.502 (P 0.793, R 0.367)
 * once a statement's time is read outside its content and quotations (src/attribution/time.ts), floor 0.48; 0.522
 * (P 0.747, R 0.401, 95 pairs predicted, 71 right) in session 9 (titles joining their leads; an office of a country the
 * extractor linked to the country no longer blocking another outlet's copy by the official named otherwise; curses as
 * labels), floor 0.50: precision fell by 0.046 (a title read with a wrong speaker joining its lead, a chain of the
 * mufti's statements); 0.545 (P 0.745, R 0.429, 102 pairs predicted, 76 right) in session 9 (a speaker's detail of a
 * point nearby; a characterisation inside a relative clause no evaluation), floor 0.53; 0.573 (P 0.752, R 0.463, 109 pairs
 * predicted, 82 right) in session 9 (another speaker restating the point right after: Arabic pairs; one linked person's
 * paraphrase across the story's window: Johnson's deadline a fortnight apart), floor 0.55. The English prorogation
 * articles' restatements by different speakers in other words stay mostly unplaced. Session 9, later (issue 4, precision):
 * 0.580 (P 0.774, R 0.463, 106 pairs predicted, 82 right) once condemnation idioms are evaluations (`يسعون في الأرض
 * فسادا`) while an epithet beside the event it names, an incident word or a figure is not (evaluative.ts
 * `EVENT_YIELDING_KINDS`), floor 0.56. Only ever raised, but once re-based when the gold was corrected (session 20): two
 * entries grouped into the Najran claim were no statements (`وفق الخطط المعتمدة`, "by the plans in force", read as a
 * source; the sentence is the spokesman's, entries 107 and 109), so they are out of every claim now (170 gold pairs, was
 * 177). On the corrected gold the rules before scored 0.552 and with plans named no source (src/attribution/ar/
 * source-head.ts) 0.556 (P 0.750, R 0.441, 100 pairs predicted, 75 right): floor 0.53.
 */
/** Session 22: 0.568 (P 0.798, R 0.441) once an actor-less broad event stays out of the group of the party it hit (src/claims/target.ts), floor 0.55.
 * Session 24: 0.581 (P 0.852) once wishes and threats that address nobody are no statements, floor 0.56. */
export const CLAIMS_DEV5_F1_FLOOR = 0.56;
/**
 * Pairwise F1 the sixth development gold (eval/gold/claims-dev6.json, grouped blind) must keep: 0.433 (P 0.758, R 0.303,
 * 66 pairs predicted, 165 gold, 50 right) when the file was added (2026-11-30). Figure when added (commit 4238970), measured
 * blind; floor 0.38, about 0.05 below it. Low: details of one event told in different sentences stay apart (the Dhale
 * clashes, the Kashmir exchange of fire, the submarine deal's two sources) and the English restatements in other words stay
 * unplaced. Then 0.465 (P 0.737, R 0.339; 76 pairs predicted, 56 right), still blind: the rules of the same day that raised
 * dev2–dev5 (a title joins its lead, a speaker carrying on in the next breath, a country's official named two ways; see
 * CLAIMS_DEV4_F1_FLOOR) were written before this file was seen; floor 0.44. Session 9, tuned on it: 0.543 (P 0.720,
 * R 0.436, 100 pairs predicted, 72 right; a speaker's detail of a point nearby, and `وقفة` no longer praise on its own),
 * floor 0.52. Session 9: 0.554 (P 0.725, R 0.448, 102 pairs predicted, 74 right) with the `impeachment` event concept
 * (an inquiry, an investigation, articles of impeachment: data/lexicons/events.tsv), floor 0.54. Session 9, later (issue 4,
 * precision): 0.563 (P 0.755, R 0.448, 98 pairs predicted, 74 right) with praise of qualities (competence, vigilance, high
 * morale), pledges of means (`جميع الإجراءات`) and going to plan as evaluations (data/lexicons/claims/evaluative.tsv),
 * floor 0.55. Session 15: 0.645 (P 0.789, R 0.545, 114 pairs predicted, 90 right) with a short detail joining its
 * speaker's point on two predicate words that are half of its own (speaker-detail.ts `restatesPoint`: the Dhale source's
 * `they repelled the Houthis' attempt to advance`), floor 0.62. Session 29: 0.667 (P 0.829, R 0.558) with a concept statement taking in the echo claim of its copies, floor 0.65. Only ever raised.
 */
export const CLAIMS_DEV6_F1_FLOOR = 0.65;
/**
 * Pairwise F1 the seventh development gold (eval/gold/claims-dev7.json, grouped blind) must keep: 0.649 (P 0.735, R 0.581,
 * 34 pairs predicted, 43 gold, 25 right) when the file was added (2026-11-30). Figure when added (commit 9c7e437), measured
 * blind; floor 0.60, about 0.05 below it. Sentence copies in two outlets mostly pair up; split: a report's title, lead and
 * chief's comment (Bahrain's growth), the experts and analysts on ISIS's game networks, a plan and the project it names
 * (Luxor), the Hong Kong demands across articles, Lam's withdrawal and its quotation, the sceptics' reactions. False pairs:
 * evaluations, pledges and fragments copied by two outlets, Baqubah's two bombings joined, a prediction with the demands.
 * Unchanged (0.649) with the same day's speaker-detail rule (src/claims/speaker-detail.ts), written before this file was
 * seen: it found no statement to join here. Session 9, later (issue 4, precision): 0.667 (P 0.781, R 0.581, 32 pairs
 * predicted, 25 right) with satisfaction (`سعادته`) and a future of continuing with `always` (`ستستمر دوما`) as
 * evaluations, floor 0.65. Only ever raised — but once lowered, in session 11, to 0.64: a given name and a surname read
 * before a title in apposition (`خالد الرميحي، الرئيس التنفيذي …`) made the board chief a person, and his copy of the
 * report's 22-billion sentence no longer joins the copy given to `البحرين` (0.649: P 0.774, R 0.558, 24 right). The
 * speakers gold (eval/speakers.ts) gained 0.05 F1 on its batch 2 with that change; see eval/FLOORS.md. Session 17
 * (precision): 0.686 (P 0.889, R 0.558) once one speaker's restatement with other figures and an incident word with
 * `another` (`تفجير آخر`) were other points; floor 0.67.
 */
export const CLAIMS_DEV7_F1_FLOOR = 0.67;
/**
 * Pairwise F1 the eighth development gold (eval/gold/claims-dev8.json, grouped blind) must keep: 0.224 (P 0.286, R 0.185,
 * 42 pairs predicted, 65 gold, 12 right) when the file was added (2026-11-30). Figure when added (commit c30816e), measured
 * blind; floor 0.17, about 0.05 below it. Low, the English most: almost no English claim pairs up (the election stolen by
 * fraud across three articles, the Turkish-Libyan deal denounced and defended across two, the same Mitsotakis quotation and
 * report in both January articles, the debate's cancellation in lead and statement, Erdogan's call and claim restated);
 * split in Arabic: the Abha festival's supervisors in two outlets, al-Saher's dedication and its restatement, al-Rashid on
 * the Industrial Valley. False pairs: characterisations, lyrics, praise and a pledge copied by two outlets; the KAEC chief's
 * and the Aramco director's quotations joined; Lavrov's trilateral and his meetings with Qatar's emir joined; the GSA's
 * decision, a fragment and Trump's call for the transition joined; Trump's 'won the election' with his court fight. Then
 * 0.257 (P 0.318, R 0.215; 44 pairs predicted, 14 right), still blind, with the same day's last rules written before this
 * file was seen (another speaker's restatement right after joined two right pairs; the others found nothing here); floor
 * 0.23. Session 9, later (issue 4, precision): 0.295 (P 0.565, R 0.200; 23 pairs predicted, 13 right) with first-person
 * characterisations (`نعتبر`), tributes (`تحية`), wishes (`نتمنى`), songs and lyrics (kind `verse`), satisfaction
 * (`سعداء`: it also took out one right pair, the Aramco director's happiness followed by his expectation), praise of great
 * efforts, keenness (`حرص`) and framings of purpose (`يأتي في إطار`) as evaluations; floor 0.28. Session 17
 * (precision): 0.317 (P 0.765, R 0.200) once one speaker's halves each naming a party of their own (Lavrov's meetings)
 * and a call beside an account (src/claims/act.ts) were other points; floor 0.30. Session 22: 0.467 (P 0.840, R 0.323) with an
 * election-fraud event concept (data/lexicons/events.tsv), floor 0.44. Session 25: 0.489 (P 0.880, R 0.338) with long
 * halves sharing only topic words kept apart, floor 0.47. Session 29: 0.505 (P 0.885, R 0.354) with a toll joining its account of the event (within-toll.ts), floor 0.49. Only ever raised.
 */
export const CLAIMS_DEV8_F1_FLOOR = 0.49;
/**
 * Pairwise F1 the ninth development gold (eval/gold/claims-dev9.json, grouped blind) must keep: 0.560 (P 0.583, R 0.538,
 * 12 pairs predicted, 13 gold, 7 right) when the file was added (2026-11-30). Figure when added (commit 2a7ef3e), measured
 * blind; floor 0.51, about 0.05 below it. A small set (42 statements, 6 claims of two or more): Sisi's four statements that
 * Egypt confronted the most dangerous terrorist ideology pair up; split: Mnangagwa's death report and his announcement amid
 * praise, Trump's tweet from his announcement that he asked for Bolton's resignation, the crown prince's admission and
 * PBS's report of it, Cengiz twice on the world's inaction, Callamard's justice taking time and her call for patience.
 * False pairs: a king's pledge and a minister's support copied by two outlets, a fragment of narration twice, Sisi's
 * national projects with the Suez region's development, the Hajj minister's request with the programme's effect.
 * Unchanged (0.560), still blind, with the same day's evaluation classes (evaluative.tsv: satisfaction, praise, pledges,
 * wishes, epithets), written before this file was seen: its pledge and support copies name none of their words.
 * Session 13: 0.583 (P 0.636) once statements with a junk speaker phrase no longer paired up; floor 0.56. Session 17:
 * 0.609 (P 0.700) once one speaker's call and account were two points (src/claims/act.ts); floor 0.59. Session 22: 0.769 (P 0.769,
 * R 0.769) with feminine participles read as adjectives, floor 0.72 (one pair moves it by about 0.04). Only ever raised.
 */
export const CLAIMS_DEV9_F1_FLOOR = 0.72;
/**
 * Pairwise F1 the tenth development gold (eval/gold/claims-dev10.json) must keep: 0.271 (P 0.458, R 0.192;
 * 236 pairs predicted, 562 gold, 108 right) when the file was added (2026-11-30, session 10, the rules of commit f596a91), measured
 * blind: both annotations were written before isnad's grouping ran on these articles; against the second annotator 0.313;
 * the two annotators agree at 0.760. Floor 0.22, about 0.05 below. The most statements of any set (365, 60 claims of two
 * or more): the Doha and Jeddah press conferences and the Human Rights Watch report hold many propositions each, which
 * concept and echo claims join by a shared entity or event word (the false pairs: the nuclear deal's effect with Iran's
 * support for terrorism, three strikes in Syria as one attack), and many are restated in other words (the misses). Session 22: 0.286 (P 0.592,
 * R 0.189) with place marks for title-event merges, verdict phrases as evaluations and an actor's target kept apart, floor
 * 0.26. Session 23: 0.296 (P 0.684, R 0.189) with calls to stop or extend an act kept out of the act's claim and other
 * figures, parallel speakers and framings of purpose kept apart, floor 0.27. Session 24: 0.313 (P 0.775, R 0.196) with
 * needs and duties read as calls, a doubt held in its speaker's assertion and the Arabic speaker fixes, floor 0.30.
 * Session 25: 0.331 (P 0.813, R 0.208) with long halves sharing only topic words kept apart and one speaker's same point
 * the same day in other words joined, floor 0.32. Session 26: 0.368 (P 0.807, R 0.238) with a named source on both
 * sides standing in for a broad claim's second shared entity and the speaker-linking round, floor 0.35. Session 27:
 * 0.388 (P 0.813, R 0.254) with what a meeting discussed grouped in its article (meeting.ts), floor 0.37. Session 29: 0.415 (P 0.805, R 0.279) with echo claims absorbed, long reprints copies whoever speaks, carriers joining their copies, floor 0.40. Only ever raised.
 */
export const CLAIMS_DEV10_F1_FLOOR = 0.40;
