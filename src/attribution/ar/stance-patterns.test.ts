import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Stance read from the content of real-news constructions (stance.ts and the ar stance lexicons): our own sentences,
// none from a gold or corpus article.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
const stanceOf = (sentence: string, speaker: string) => all(sentence).find((s) => s.speaker === speaker)?.stance;

describe('Arabic stance markers after و/ف', () => {
  it.each([
    ['a blame marker after و is still a charge', 'وقال الوزير سامي نور إن الجماعة تسيطر على المدينة وتتحمل المسؤولية عن كل هجوم.', 'accuse'],
    ['a denial marker after و is still a denial', 'وقال الوزير سامي نور إن الخبر نشر أمس ولا أساس له من الصحة.', 'deny'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence, 'الوزير سامي نور')).toBe(stance);
  });
  it('does not strip a future سـ: "will bear responsibility" stays an assertion', () => {
    expect(stanceOf('وقال الوزير سامي نور إن الشركة ستتحمل المسؤولية عن الإصلاحات.', 'الوزير سامي نور')).toBe('assert');
  });
});

describe('Arabic stance lexicon classes', () => {
  it.each([
    ['"cannot say yet" withholds judgement: doubt', 'وقال الوزير سامي نور إنه لا يستطيع القول إن الخطة ستنجح.', 'doubt'],
    ['refusing to recognise a court is a denial', 'وقال المحامي سامي نور إن موكله لا يعترف بهذه اللجنة ولا بقراراتها.', 'deny'],
    ['naming the real danger raises the alarm', 'وقال الوزير سامي نور إن الخطر الحقيقي هو أن تنهار الهدنة.', 'warn'],
    ['"will pay the price" is a threat', 'وقال الوزير سامي نور إن الجماعة ستدفع الثمن غاليا.', 'warn'],
    ['double standards is a charge', 'وقال الوزير سامي نور إن اللجنة تمارس ازدواجية المعايير في قراراتها.', 'accuse'],
    ['crimes named with their doer charge the doer', 'وقال الوزير سامي نور إن الهجوم يضاف إلى الجرائم التي ترتكبها العصابة.', 'accuse'],
    ['"there are those who want" is a veiled accusation', 'وقال الوزير سامي نور إن هناك من يريد تخريب الاتفاق بين القبيلتين.', 'accuse'],
    ['stirring up strife is a charge', 'وقال الوزير سامي نور إن العصابة تنشر الفتنة بين السكان.', 'accuse'],
    ['an act called an interference is a charge', 'وقال الوزير سامي نور إن الرسالة تمثل تدخلا في الشؤون الداخلية للبلاد.', 'accuse'],
    ['"we cannot go back to" lays a duty', 'وقال الوزير سامي نور: «لا يمكننا العودة إلى الخطة القديمة».', 'demand'],
    ['في حاجة إلى states a need like بحاجة إلى', 'وقال الوزير سامي نور إن البلاد في حاجة إلى ميناء جديد.', 'demand'],
    ['a prohibition is a duty', 'وقال الوزير سامي نور إن الموظف لا يجوز له السفر أثناء التحقيق.', 'demand'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence, 'الوزير سامي نور') ?? stanceOf(sentence, 'المحامي سامي نور')).toBe(stance);
  });
  it.each([
    ['"we cannot confirm" is no call', 'وقال الوزير سامي نور: «لا يمكننا تأكيد الخبر حتى الآن».', 'demand'],
    ['a past price paid is no threat', 'وقال الوزير سامي نور إن المدينة دفعت الثمن غاليا في الحرب.', 'warn'],
    ['a crime without its doer named is no charge', 'وقال الوزير سامي نور إن الشرطة تحقق في الجريمة.', 'accuse'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence, 'الوزير سامي نور')).not.toBe(stance);
  });
});

describe('Arabic stance across a quotation and a nested report', () => {
  it('reads a duty at the opening of a quotation after a long lead-in', () => {
    expect(stanceOf('وقال الوزير سامي نور في كلمة ألقاها أمام طلاب الجامعة في العاصمة «يجب علينا إصلاح المدارس».', 'الوزير سامي نور')).toBe('demand');
  });
  it('leaves a quotation that opens far from any duty an assertion', () => {
    expect(stanceOf('وقال الوزير سامي نور في كلمة ألقاها أمام الطلاب «افتتحنا اليوم مدرسة جديدة في الحي الشمالي ويجب أن نشكر المتبرعين».', 'الوزير سامي نور')).toBe('assert');
  });
  it("gives a nested speaker's charge to the nested statement, not to the one who relays it", () => {
    const found = all('وذكر المتحدث سامي نور أن الاتحاد يعتبر أن اللجنة تمارس ازدواجية المعايير.');
    expect(found.find((s) => s.speaker === 'المتحدث سامي نور')?.stance).toBe('assert');
    expect(found.find((s) => s.speaker === 'الاتحاد')?.stance).toBe('accuse');
  });
});

describe('English stance shared with the Arabic rules', () => {
  it('"or else" warns, as وإلا فإن', () => {
    const [s] = statementsOf('en', 'Headline', 'The minister, Sam Noor, said the city must repair the dam by June, or else the farms will flood.');
    expect(s?.stance).toBe('warn');
  });
});

describe('Arabic duty laid with على at the content head', () => {
  it.each([
    ['على + the obliged party + أن lays a duty', 'وقال الوزير سامي نور إن على البلدية أن تصلح الجسر قبل الشتاء.', 'demand'],
    ['على + the obliged party + a verbal noun lays a duty', 'وقال الوزير سامي نور إن على الشركات الالتزام بالعقود الموقعة.', 'demand'],
    ['a duty with the harm of its breach (وإلا) is one warning', 'وقال الوزير سامي نور إن على الشركة أن تدفع الأجور وإلا فإن العمال سيضربون.', 'warn'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence, 'الوزير سامي نور')).toBe(stance);
  });
  it.each([
    ['an adverbial على الرغم lays no duty', 'وقال الوزير سامي نور إنه على الرغم من المطر افتتح الجسر في موعده.'],
    ['على + an indefinite noun of state lays no duty', 'وقال الوزير سامي نور إنه على اتصال مع البلدية بشأن الجسر.'],
    ['the name علي lays no duty', 'وقال الوزير سامي نور إن علي حسن افتتح الجسر في موعده.'],
  ])('%s', (_name, sentence) => {
    expect(stanceOf(sentence, 'الوزير سامي نور')).not.toBe('demand');
  });
});

describe('Arabic stance lexicon classes, round 2', () => {
  it.each([
    ['supporting terrorism is a charge', 'وقال الوزير سامي نور إن العصابة تدعم الإرهاب في الإقليم.', 'accuse'],
    ['hands stained with blood charge their owner', 'وقال الوزير سامي نور إن أيادي العصابة ملطخة بدماء الأبرياء.', 'accuse'],
    ['hatred named in a party is a charge', 'وقال الوزير سامي نور إن الهجوم دليل على الحقد الدفين لدى العصابة.', 'accuse'],
    ['calling a claim slander is a charge', 'وقال الوزير سامي نور إن الرواية افتراء على سكان القرية.', 'accuse'],
    ['calling a claim nonsense is a denial', 'وقال الوزير سامي نور إن ما نشرته الصحيفة عن الميناء هراء.', 'deny'],
    ['"no X at all" at the head negates a claim', 'وقال الوزير سامي نور: «لا وجود لأي مسلحين في الميناء».', 'deny'],
    ['"X is required to" lays a duty', 'وقال الوزير سامي نور إن الجميع مطالبون بحماية الغابات.', 'demand'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence, 'الوزير سامي نور')).toBe(stance);
  });
  it('"support for terrorism" as the thing fought is no charge', () => {
    expect(stanceOf('وقال الوزير سامي نور إن اللجنة تعمل على مكافحة دعم الإرهاب.', 'الوزير سامي نور')).not.toBe('accuse');
  });
});
