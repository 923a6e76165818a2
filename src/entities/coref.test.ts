import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/index.js';
import { findEntities } from './index.js';

/** The mentions of one entity, as `text/via`. */
function mentionsOf(text: string, id: string, lang: Lang = 'ar'): string[] {
  return findEntities({ text, blocks: [], sentences: [], lang }).find((e) => e.id === id)?.mentions.map((m) => `${m.text}/${m.via}`) ?? [];
}

describe('surname-only mentions', () => {
  it.each([
    ['keeps a surname alone after the full name', 'قال جون كيري إن المحادثات جادة. وأضاف كيري أن الاتفاق قريب', 'person:kerry', ['جون كيري/gazetteer', 'كيري/surname']],
    ['keeps a surname with the article after the full name', 'وصل عادل الجبير إلى باريس. وقال الجبير إن الرياض ترحب', 'person:adel-al-jubeir', ['عادل الجبير/gazetteer', 'الجبير/surname']],
    ['does not give a surname after another given name to the person', 'هدد عبد الملك الحوثي بالتصعيد. وظهر محمد الحوثي في صنعاء', 'person:abdul-malik-al-houthi', ['عبد الملك الحوثي/gazetteer']],
    ['does not give a surname after another compound given name (عبد + word) to the person', 'هدد عبد الملك الحوثي بالتصعيد. وجمدت أموال عبد الخالق الحوثي أمس', 'person:abdul-malik-al-houthi', ['عبد الملك الحوثي/gazetteer']],
    ['does not read a dynasty after آل as the person', 'استقبل تميم بن حمد آل ثاني الوفد. وتحكم أسرة آل ثاني البلاد', 'person:tamim', ['تميم بن حمد آل ثاني/gazetteer']],
    ['does not read a first name of someone\'s lineage as the surname', 'قال فيصل بن سعود بن عبد العزيز إن الوفد وصل. وحارب جيش عبد العزيز بن الرشيد القبائل', 'local:فيصل-بن-سعود-بن-عبد-العزيز', ['فيصل بن سعود بن عبد العزيز/chunk']],
    ['reads a surname after the person\'s own compound word as both words', 'قال الرئيس المصري جمال عبد الناصر إن الثورة مستمرة. وكان عبد الناصر يرى ذلك', 'local:جمال-عبد-الناصر', ['جمال عبد الناصر/chunk', 'عبد الناصر/surname']],
    ['does not read a regnal ordinal alone as the king', 'قال الملك عبد الله الثاني إن الأردن آمن. والثاني أن الحدود مغلقة', 'person:abdullah-ii', ['الملك عبد الله الثاني/gazetteer']],
    ['does not read a common-word surname after a noun as the person', 'قال رئيس الحكومة اللبنانية تمام سلام إن الوضع صعب. ودعا الوسطاء إلى اتفاق سلام دائم', 'person:tammam-salam', ['تمام سلام/gazetteer']],
    ['reads a common-word surname after a verb or particle as the person', 'قال رئيس الحكومة اللبنانية تمام سلام إن الوضع صعب. وأضاف سلام أن الحوار مستمر', 'person:tammam-salam', ['تمام سلام/gazetteer', 'سلام/surname']],
    ['reads a common-word surname after a title as the person', 'وصل تمام سلام إلى باريس. والتقى الرئيس الفرنسي الرئيس سلام أمس', 'person:tammam-salam', ['تمام سلام/gazetteer', 'سلام/surname']],
    ['does not read الفيصل used as a word as the prince', 'توفي سعود الفيصل أمس. وكان رأيه الفيصل في الخلاف', 'person:saud-al-faisal', ['سعود الفيصل/gazetteer']],
    ['does not read a solo short form after another given name as the person', 'التقى الوزير الوفد ثم استقبل فهد الجبير الضيوف', 'person:adel-al-jubeir', []],
    ['does not read a solo short form inside a word with the article (المؤدي is not مودي)', 'زار ناريندرا مودي طوكيو. وافتتح الطريق المؤدي إلى الميناء', 'person:modi', ['ناريندرا مودي/gazetteer']],
    ['keeps a solo short form alone', 'وقال بوتين إن موسكو مستعدة', 'person:putin', ['بوتين/gazetteer']],
    ['keeps a solo short form after a preposition that holds a given name (لصالح is not صالح)', 'قد يصوت الناس لصالح ترامب', 'person:trump', ['ترامب/gazetteer']],
  ])('%s', (_name, text, id, expected) => {
    expect(mentionsOf(text, id)).toEqual(expected);
  });
});

describe('role-only mentions', () => {
  it.each([
    ['does not read a title used as an adjective after a noun as a role (المعقل الرئيس)', 'قال الرئيس اليمني عبد ربه منصور هادي إن النصر قريب. وسيطرت القوات على المعقل الرئيس للجماعة', 'person:hadi', ['عبد ربه منصور هادي/gazetteer']],
    ['does not refer a deposed president back to the sitting one', 'قال الرئيس اليمني عبد ربه منصور هادي إن النصر قريب. وتقدمت قوات الرئيس المخلوع نحو عدن', 'person:hadi', ['عبد ربه منصور هادي/gazetteer']],
    ['does not refer a former president back to the sitting one', 'قال الرئيس اليمني عبد ربه منصور هادي إن النصر قريب. وانتقد الرئيس السابق الحكومة', 'person:hadi', ['عبد ربه منصور هادي/gazetteer']],
    ['refers a deposed president back to the one named deposed', 'قال الرئيس المخلوع علي عبد الله صالح إن الحرب مستمرة. وأضاف الرئيس المخلوع أن', 'person:ali-abdullah-saleh', ['علي عبد الله صالح/gazetteer', 'الرئيس المخلوع/role']],
    ['refers a sitting role to the sitting holder, not a deposed one named since', 'قال الرئيس اليمني عبد ربه منصور هادي إن الحوثيين والرئيس المخلوع علي عبد الله صالح انقلبوا. وطلب الرئيس اليمني الدعم', 'person:hadi', ['عبد ربه منصور هادي/gazetteer', 'الرئيس اليمني/role']],
    ['does not refer "the former president" back to the sitting one', 'President Joe Biden spoke on Monday. The former president said nothing.', 'person:biden', ['Joe Biden/gazetteer']],
  ])('%s', (_name, text, id, expected) => {
    expect(mentionsOf(text, id, /[a-z]/i.test(text) ? 'en' : 'ar')).toEqual(expected);
  });
});
