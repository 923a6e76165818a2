// Short generated news articles for the queue's tests: many distinct articles (the number `i` is in
// the title and the text, so every one has its own content hash), Arabic and English in turn, each
// with reported speech that the analysis attributes. Cheap to analyse, so that thousands fit a test.

const AR_SPEAKERS = ['وزير الخارجية المصري سامح شكري', 'المتحدث باسم الكرملين دميتري بيسكوف', 'الرئيس الأوكراني فولوديمير زيلينسكي', 'وزير الدفاع الأمريكي'];
const AR_TOPICS = ['التصعيد في المنطقة', 'المفاوضات حول الحدود', 'إرسال قوات إلى الجبهة', 'أسعار القمح'];
const EN_SPEAKERS = ['Foreign Minister Sameh Shoukry', 'Kremlin spokesman Dmitry Peskov', 'President Volodymyr Zelensky', 'The US defence secretary'];
const EN_TOPICS = ['escalation in the region', 'talks on the border', 'troops sent to the front', 'wheat prices'];

export interface SyntheticArticle {
  /** A file name: `NNNNN.txt`. */
  name: string;
  /** Title, blank line, paragraphs: what `isnad ingest` reads from a .txt file. */
  text: string;
}

export function syntheticArticle(i: number): SyntheticArticle {
  const name = `${String(i).padStart(5, '0')}.txt`;
  const k = i % 4;
  if (i % 2 === 0) {
    const speaker = AR_SPEAKERS[k]!;
    const topic = AR_TOPICS[(i >> 2) % 4]!;
    return {
      name,
      text: `${speaker} يحذر من ${topic} (${i})\n\n` +
        `قال ${speaker} يوم الثلاثاء إن ${topic} يهدد الاستقرار، مشيرا إلى التقرير رقم ${i}.\n\n` +
        `وأضاف أن بلاده تطالب بوقف فوري للعمليات، ونفى المتحدث باسم الحكومة الروسية التقارير التي تحدثت عن ${topic}.`,
    };
  }
  const speaker = EN_SPEAKERS[k]!;
  const topic = EN_TOPICS[(i >> 2) % 4]!;
  return {
    name,
    text: `${speaker} warns of ${topic} (${i})\n\n` +
      `${speaker} said on Tuesday that ${topic} threatened stability, citing report number ${i}.\n\n` +
      `He added that his country demanded an immediate halt, while a Russian government spokesman denied reports of ${topic}.`,
  };
}
