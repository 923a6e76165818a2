// Feed documents for the tests.

/** An RSS 2.0 feed titled Wire with these items. */
export const rss = (items: { guid: string; link: string; title: string; description?: string }[]) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title><link>https://wire.example/</link>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid isPermaLink="false">${i.guid}</guid><description>${i.description ?? ''}</description><pubDate>Mon, 14 Oct 2024 10:00:00 GMT</pubDate></item>`).join('\n')}
</channel></rss>`;

/** The classic: ten levels of ten, a billion "lol"s once expanded. */
export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
${Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}
]>
<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;
