/**
 * Issue 12 item 4: each named pass of the importer on its own, on made-up lines of no outlet.
 * features → classes + neighbour smoothing → title scoring → cards → furniture → datelines.
 */
import { describe, expect, it } from 'vitest';
import {
  chooseTitle, classifyBlocks, endsWithLinkVerb, findCardLines, headlineKey, importPages, initialClass, isCrumbTrail, isMenuRow, lineFeatures,
  readBarePlace, readDatelineLine, readNewsroomCredit, reviseClasses, scoreTitleCandidates, splitLeadingDateline, stopwordDensity, stripLeadingLabel,
  templateFurniture, tickerLines, templateKeyOf,
} from '../../articles/index.ts';
import type { LineFeatures } from '../../articles/index.ts';

const BODY = 'नगर निगम ने सोमवार को शहर की सभी प्रमुख सड़कों की मरम्मत का काम शुरू कर दिया है।';
const BODY2 = 'अधिकारियों ने बताया कि यह काम बारिश से पहले पूरा कर लिया जाएगा और इसके लिए अलग बजट रखा गया है।';
const featuresOf = (texts: string[]): LineFeatures[] => texts.map((text, index) => lineFeatures(index + 1, text, index));

describe('line features', () => {
  it('counts words, function-word density, final punctuation and script shares', () => {
    const f = lineFeatures(3, BODY, 0);
    expect(f).toMatchObject({ n: 3, words: 18, lengthClass: 'medium', endsSentence: true, latinShare: 0 });
    expect(f.stopwordDensity).toBeGreaterThan(0.3);
    expect(f.devanagariShare).toBe(1);
    const menu = lineFeatures(1, 'होम | देश | विदेश | खेल | मनोरंजन', 0);
    expect(menu.stopwordDensity).toBe(0);
    expect(menu.separators).toBeGreaterThanOrEqual(3);
    expect(isMenuRow(menu)).toBe(true);
    expect(lineFeatures(1, 'Share on WhatsApp', 0).latinShare).toBe(1);
    expect(lineFeatures(1, '12.01.2026', 0).digitShare).toBeCloseTo(0.8);
  });

  it('a sentence followed by an agency tag in brackets still ends a sentence; punctuation glued to words is not a word', () => {
    expect(lineFeatures(1, 'मंत्री ने बैठक बुलाई है। (भाषा)', 0).endsSentence).toBe(true);
    expect(lineFeatures(1, 'मंत्री ने बैठक बुलाई', 0).endsSentence).toBe(false);
    expect(stopwordDensity('मंत्री, "सड़क" (शहर) ने')).toBeCloseTo(1 / 4);
  });

  it('length classes follow word counts (tiny ≤ 3, short ≤ 9, medium ≤ 25, long above)', () => {
    expect(featuresOf(['एक दो तीन', 'एक दो तीन चार', 'शब्द '.repeat(25), 'शब्द '.repeat(26)]).map((f) => f.lengthClass)).toEqual(['tiny', 'short', 'medium', 'long']);
  });
});

describe('classes and neighbour smoothing (jusText)', () => {
  it('context-free classes: long sentence with function words good, menu bad, short undecided', () => {
    expect(initialClass(lineFeatures(1, BODY, 0))).toBe('good');
    expect(initialClass(lineFeatures(1, 'होम | देश | विदेश | खेल | मनोरंजन', 0))).toBe('bad');
    expect(initialClass(lineFeatures(1, 'साझा करें', 0))).toBe('short');
    expect(initialClass(lineFeatures(1, '1. पहला बिंदु यहां', 0))).toBe('near-good');
  });

  it('a short line between good paragraphs becomes good; between chrome it becomes bad', () => {
    const blocks = reviseClasses(classifyBlocks(featuresOf([
      'साझा करें', 'होम | देश | विदेश | खेल | मनोरंजन', BODY, 'टैंकरों से होगी आपूर्ति', BODY2, 'विज्ञापन', 'हमारे बारे में | संपर्क | नियम | गोपनीयता',
    ])));
    expect(blocks.map((b) => b.final)).toEqual(['bad', 'bad', 'good', 'good', 'good', 'bad', 'bad']);
  });

  it('a heading is kept only when good text follows it', () => {
    const heading = 'शहर में पानी की आपूर्ति पर नया फैसला';
    const kept = reviseClasses(classifyBlocks(featuresOf(['होम | देश | विदेश | खेल', heading, BODY])));
    expect(kept[1].final).toBe('good');
    const dropped = reviseClasses(classifyBlocks(featuresOf([BODY, 'होम | देश | विदेश | खेल', heading, 'हमारे बारे में | संपर्क | नियम | गोपनीयता'])));
    expect(dropped[2].final).toBe('bad');
  });

  it('a line already decided by another pass is bad whatever its text', () => {
    expect(classifyBlocks(featuresOf([BODY]), () => true)[0].initial).toBe('bad');
  });
});

describe('title scoring', () => {
  const headline = 'इंदौर में नर्मदा का पानी तीन दिन बंद रहेगा, 40 टंकियां नहीं भरेंगी';
  const context = (lines: LineFeatures[], bylineOrDate: number[] = []) => ({ lines, isClaimed: () => false, isBylineOrDate: (n: number) => bylineOrDate.includes(n) });

  it('a crumb is never a candidate; a headline with function words and a date below wins over an earlier teaser-free label', () => {
    const lines = featuresOf(['मध्य प्रदेश / इंदौर', 'ताजा खबरें सबसे पहले', headline, '12 जनवरी 2026', BODY]);
    expect(isCrumbTrail(lines[0].text)).toBe(true);
    const scored = scoreTitleCandidates(context(lines, [4]), 4);
    expect(scored.map((s) => s.features.n)).not.toContain(1);
    expect(scored.find((s) => s.features.n === 3)?.reasons).toEqual(expect.arrayContaining(['headline-length', 'function-words', 'byline-or-date-below']));
    expect(chooseTitle(context(lines, [4]), 4)?.n).toBe(3);
  });

  it('a repeat later on the page counts after normalisation (quotes, kicker, final punctuation)', () => {
    expect(headlineKey(`"${headline}"।`)).toBe(headlineKey(headline));
    expect(headlineKey(`Indore News: ${headline}`)).toBe(headlineKey(headline));
    const lines = featuresOf(['सबसे ज्यादा पढ़ी गई खबरें आज की', headline, BODY, `"${headline}"`]);
    expect(scoreTitleCandidates(context(lines), 2).find((s) => s.features.n === 2)?.reasons).toContain('repeated');
  });

  it('a section word glued before the headline is stripped, a spaced kicker is not', () => {
    expect(stripLeadingLabel('राष्ट्रीयजनगणना के लिए नई तारीख तय', ['राष्ट्रीय'])).toBe('जनगणना के लिए नई तारीख तय');
    expect(stripLeadingLabel('कोलकाता : मेट्रो की नई लाइन शुरू', ['कोलकाता'])).toBe('कोलकाता : मेट्रो की नई लाइन शुरू');
  });

  it('a link label wedged between navigation lines loses to the headline its standfirst follows', () => {
    // Made-up skip links and menu of no outlet: each link ends in an imperative, the menu is a row of section words.
    const lines = featuresOf([
      'मुख्य खबरों पर जाएं', 'हमारी दूसरी भाषाओं की वेबसाइट पर जाएं', 'शहर  प्रदेश  खेल  कारोबार  सेहत', headline,
      'बारिश से पहले पानी की लाइनें बदली जाएंगी और शहर के सभी इलाकों में सप्लाई पर असर पड़ेगा।', '12 जनवरी 2026', BODY,
    ]);
    expect(endsWithLinkVerb(lines[1].text)).toBe(true);
    expect(endsWithLinkVerb(headline)).toBe(false);
    const scored = scoreTitleCandidates(context(lines, [6]), 6);
    expect(scored.find((s) => s.features.n === 2)?.reasons).toEqual(expect.arrayContaining(['link-verb', 'navigation-run']));
    expect(scored.find((s) => s.features.n === 4)?.reasons).toContain('text-follows');
    expect(chooseTitle(context(lines, [6]), 6)?.n).toBe(4);
  });

  it('ticker lines after a one-word label and before a crumb lose to the headline under the crumb', () => {
    // Made-up ticker of no outlet: a label, two short headlines, the crumb, then the page's headline and its date.
    const lines = featuresOf([
      'अपडेट', 'नदी पर बना नया पुल आम लोगों के लिए खुला', 'बाजार में सब्जियों के दाम फिर चढ़े', 'मुखपृष्ठ › शहर', headline, '12 जनवरी 2026', BODY,
    ]);
    expect([...tickerLines(lines)].sort()).toEqual([1, 2]);
    const scored = scoreTitleCandidates(context(lines, [6]), 6);
    expect(scored.find((s) => s.features.n === 2)?.reasons).toContain('ticker');
    // The crumb stands between the ticker and the date: the date below is not the ticker's.
    expect(scored.find((s) => s.features.n === 2)?.reasons).not.toContain('byline-or-date-below');
    expect(chooseTitle(context(lines, [6]), 6)?.n).toBe(5);
    // Without a crumb after them the same lines are no ticker (a headline and its standfirst-like line).
    expect(tickerLines(featuresOf(['अपडेट', 'नदी पर बना नया पुल आम लोगों के लिए खुला', BODY])).size).toBe(0);
  });

  it('a ticker joined by bullets on one line counts its separators against it', () => {
    const lines = featuresOf([
      'अभी अभी ● नदी पर बना नया पुल खुला ● सब्जियों के दाम फिर चढ़े ● स्कूलों में छुट्टी घोषित', headline, '12 जनवरी 2026', BODY,
    ]);
    const scored = scoreTitleCandidates(context(lines, [3]), 3);
    // A row of several headlines is no candidate at all (isHeadlineRow); were it one, its separators would count against it.
    expect(scored.find((s) => s.features.n === 1)?.reasons ?? ['separators']).toContain('separators');
    expect(chooseTitle(context(lines, [3]), 3)?.n).toBe(2);
  });

  it('datelines without an agency: a bare place line above the first paragraph, a colon dateline read as a field', () => {
    // Made-up page of no outlet.
    expect(readBarePlace('रामपुर')).toBe('रामपुर');
    expect(readBarePlace('रामपुर, उत्तराखंड')).toBe('रामपुर, उत्तराखंड');
    expect(readBarePlace('यह भी पढ़ें')).toBeUndefined();
    const bare = importPages([{ fileName: 'bare.txt', text: [headline, '12 जनवरी 2026', 'रामपुर', BODY, BODY2].join('\n') }], { now: () => 'x' })[0];
    expect(bare.dateline).toBe('रामपुर');
    expect(bare.metadata.find((m) => m.line === 3)?.field).toBe('dateline');
    const colon = importPages([{ fileName: 'colon.txt', text: [headline, '12 जनवरी 2026', `रामपुर: ${BODY}`, BODY2].join('\n') }], { now: () => 'x' })[0];
    expect(colon.dateline).toBe('रामपुर');
    // The colon dateline stays inside its sentence.
    expect(colon.segments.some((segment) => segment.source.startsWith('रामपुर: '))).toBe(true);
  });

  it('a line also found on other pages of the outlet is penalised, not excluded (another page may link to this headline)', () => {
    const lines = featuresOf(['पहली पंक्ति', headline, '12 जनवरी 2026', BODY]);
    // Its own date right under it (a line of this page only): it heads the story, the other page links to it.
    const linked = { ...context(lines, [3]), isFurniture: (n: number) => n === 2 };
    expect(scoreTitleCandidates(linked, 3).find((s) => s.features.n === 2)?.reasons).toEqual(expect.arrayContaining(['heads-story']));
    expect(chooseTitle(linked, 3)?.n).toBe(2);
    // The date under it is on the other pages too (template): penalised, still the best candidate here.
    const onOthers = { ...context(lines, [3]), isFurniture: (n: number) => n === 2 || n === 3 };
    expect(scoreTitleCandidates(onOthers, 3).find((s) => s.features.n === 2)?.reasons).toContain('on-other-pages');
    expect(chooseTitle(onOthers, 3)?.n).toBe(2);
  });

  it('a lone one-word line right above the first sentence is the headline when nothing headline-sized exists', () => {
    expect(chooseTitle(context(featuresOf(['समाचार', 'किम जोंग उन ने कहा। मॉस्को में बैठक हुई।'])), 2)?.n).toBe(1);
    expect(chooseTitle(context(featuresOf(['समाचार', 'साझा करें', 'किम जोंग उन ने कहा। मॉस्को में बैठक हुई।'])), 3)).toBeUndefined();
  });
});

describe('related cards', () => {
  const noDates = { isDateLine: (f: LineFeatures) => /^\d{2}\.\d{2}\.\d{4}$/.test(f.text), isProtected: () => false };

  it('a run of headline-shaped lines with card dates is cards; a subheading that runs into its paragraph is not', () => {
    const lines = featuresOf([
      BODY, 'जर्मनी में सौर ऊर्जा का उत्पादन रिकॉर्ड स्तर पर पहुंचा', '10.11.2025', 'आर्कटिक की बर्फ पिछले चार दशकों में सबसे तेजी से पिघली', '08.11.2025',
      'पैसे पर सबसे बड़ा विवाद', BODY2,
    ]);
    expect([...findCardLines(lines, noDates)].sort()).toEqual([2, 3, 4, 5]);
  });

  it('two undated headlines of few function words are cards; one headline alone is not', () => {
    const two = featuresOf([BODY, 'बांदा नहर पानी न आने से किसानों की गेहूं बुवाई अटकी', 'महोबा आंगनवाड़ी केंद्र महीनों से पोषाहार नहीं बंटा']);
    expect([...findCardLines(two, noDates)].sort()).toEqual([2, 3]);
    expect(findCardLines(featuresOf([BODY, 'बांदा नहर पानी न आने से किसानों की गेहूं बुवाई अटकी', BODY2]), noDates).size).toBe(0);
  });
});

describe('template furniture (trafilatura duplicate test)', () => {
  it('a line on two pages of one template is furniture; a line on one page is not; each page counts once', () => {
    const a = `साइट\nसाझा करें\n${BODY}\nसाझा करें\n`;
    const b = `साइट\nसाझा करें\n${BODY2}\n`;
    const keys = templateFurniture([a, b]);
    expect(keys.has('साझा करें')).toBe(true);
    expect(keys.has(BODY)).toBe(false);
    expect(templateFurniture([a]).size).toBe(0);
    expect(templateKeyOf(a)).toBe(templateKeyOf(b));
  });

  it('importPages removes furniture only among pages of the same template', () => {
    const promo = 'हमारे साथ जुड़े रहिए और हर बड़ी खबर सबसे पहले अपने फोन पर पाइए, यह सेवा बिल्कुल मुफ्त है।';
    const page = (masthead: string, body: string): string => `${masthead}\n\nशहर की सड़कों की मरम्मत का काम अगले हफ्ते से शुरू होगा\n\n${body}\n\n${promo}\n`;
    const [one, two, other] = importPages([
      { fileName: 'a.txt', text: page('जनपथ', BODY) }, { fileName: 'b.txt', text: page('जनपथ', BODY2) }, { fileName: 'c.txt', text: page('वार्ता', BODY) },
    ], { now: () => 'x' });
    for (const article of [one, two]) expect(article.removed.find((entry) => entry.text === promo)?.reason).toBe('template');
    expect(other.segments.map((segment) => segment.source)).toContain(promo);
  });
});

describe('datelines and newsroom credits', () => {
  it('a dateline opening the first paragraph is cut at its danda, colon or agency tag', () => {
    expect(splitLeadingDateline(`इंदौर। ${BODY}`)).toEqual({ dateline: 'इंदौर', bodyStart: 'इंदौर। '.length });
    expect(splitLeadingDateline(`सियोल, 13 अगस्त (एपी) ${BODY}`)?.dateline).toBe('सियोल, 13 अगस्त (एपी)');
    // Function words mean a clause, not a place.
    expect(splitLeadingDateline(`उन्होंने कहा: ${BODY}`)).toBeUndefined();
  });

  it('a dateline alone on its line needs a mark (date, agency tag, danda); a bare word is not one', () => {
    expect(readDatelineLine('चंडीगढ़, 28 अक्तूबर')).toBe('चंडीगढ़, 28 अक्तूबर');
    // The agency tag is the mark; the dateline is the place (the agency in brackets is a credit, issue 12 / unseen-6 decision).
    expect(readDatelineLine('लखनऊ (भाषा)')).toBe('लखनऊ');
    expect(readDatelineLine('लखनऊ')).toBeUndefined();
  });

  it('a source of one to four words before the place is part of the dateline, at the paragraph start or alone on a line', () => {
    // Made-up sources (no outlet's name): a paper, a desk in Latin script, with and without an agency tag.
    expect(splitLeadingDateline(`जनपथ समाचार, गोरखपुर। ${BODY}`)).toEqual({ dateline: 'जनपथ समाचार, गोरखपुर', bodyStart: 'जनपथ समाचार, गोरखपुर। '.length });
    expect(splitLeadingDateline(`City Desk, आगरा (वार्ता) : ${BODY}`)?.dateline).toBe('City Desk, आगरा (वार्ता)');
    expect(readDatelineLine('जनपथ समाचार, गोरखपुर।')).toBe('जनपथ समाचार, गोरखपुर');
    // Without its mark, or with function words, a "<words>, <words>" line is no dateline.
    expect(readDatelineLine('जनपथ समाचार, गोरखपुर')).toBeUndefined();
    expect(splitLeadingDateline(`बैठक के बाद, मंत्री ने। ${BODY}`)).toBeUndefined();
    // Five source words are a clause, not a source.
    expect(splitLeadingDateline(`एक दो तीन चार पांच, आगरा। ${BODY}`)).toBeUndefined();
  });

  it('importPage reads the source-and-place dateline of the first paragraph into the field, the sentence stays a segment', async () => {
    const { importPage, unaccountedLines } = await import('../../articles/index.ts');
    const headline = 'नगर निगम ने शहर की सड़कों की मरम्मत के लिए नया बजट मंजूर किया';
    const text = [headline, '', `जनपथ समाचार, गोरखपुर। ${BODY}`, BODY2, ''].join('\n');
    const article = importPage({ fileName: 'dateline.txt', text }, { now: () => 'x' });
    expect(article.dateline).toBe('जनपथ समाचार, गोरखपुर');
    expect(article.segments.map((segment) => segment.source)).toEqual([headline, BODY, BODY2]);
    expect(unaccountedLines(text, article)).toEqual([]);
  });

  it('a newsroom credit ends in a role word before an optional place', () => {
    expect(readNewsroomCredit('नईदुनिया प्रतिनिधि, इंदौर')).toEqual({ byline: 'नईदुनिया प्रतिनिधि', place: 'इंदौर' });
    expect(readNewsroomCredit('संदीप शर्मा/ट्रिन्यू')).toEqual({ byline: 'संदीप शर्मा/ट्रिन्यू' });
    expect(readNewsroomCredit('शहर में बैठक हुई')).toBeUndefined();
  });
});

describe('smoothing keeps a subheading', () => {
  it('a two-word line right above a paragraph reads as its subheading (near-good, then good)', () => {
    const blocks = reviseClasses(classifyBlocks(featuresOf(['होम | देश | विदेश | खेल | मनोरंजन', 'नई योजना', BODY])));
    expect(blocks[1].final).toBe('good');
  });
});

describe('the header above the headline', () => {
  it('a short non-prose line above the headline is chrome even when a heading rule would keep it; prose above stays', async () => {
    const { importPage } = await import('../../articles/index.ts');
    const headline = 'नगर निगम ने शहर की सड़कों की मरम्मत के लिए नया बजट मंजूर किया';
    const text = ['पत्रों का संग्रह देखें', 'हमारी दूसरी भाषाओं की साइट', 'नगर', headline, '12 जनवरी 2026', '', BODY, BODY2, ''].join('\n');
    const article = importPage({ fileName: 'header.txt', text }, { now: () => 'x' });
    expect(article.title).toBe(headline);
    expect(article.removed.filter((entry) => entry.line <= 3).map((entry) => entry.line)).toEqual([1, 2, 3]);
    expect(article.segments.map((segment) => segment.source)).toEqual([headline, BODY, BODY2]);
  });
});
