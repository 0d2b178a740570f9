import { describe, expect, it } from 'vitest';
import {
  BOILERPLATE_RULES, bestDate, findOutlet, importPage, matchBoilerplate, readAgencyFooter, readByline, readDateLine, readOutletCredit, unaccountedLines,
} from '../../articles/index.ts';

describe('dates', () => {
  const cases: [string, string][] = [
    ['Update: 2024-06-20 07:40 GMT', '2024-06-20T07:40:00Z'],
    ['Published: June 19, 2024 05:34 PM2024-06-19T17:34:00+5:302024-06-19T17:35:36+5:30', '2024-06-19T17:34:00+05:30'],
    ['नई दिल्लीNov 30, 2024 / 02:58 pm', '2024-11-30T14:58:00'],
    ['Wednesday, August 13, 2025', '2025-08-13'],
    ['Fri. Nov 22nd, 2024', '2024-11-22'],
    ['13 अगस्त 2025', '2025-08-13'],
    ['१३ अगस्त २०२५', '2025-08-13'],
    ['अपडेटेड: 5 फ़रवरी, 2024, 12:05 AM (IST)', '2024-02-05T00:05:00+05:30'],
    ['सितम्बर 9, 2023', '2023-09-09'],
    ['Updated: Fri, 22 Nov 2024 05:30 PM (IST)', '2024-11-22T17:30:00+05:30'],
    ['12-Jan-2026 14:02', '2026-01-12T14:02:00'],
    ['Last Updated: मंगलवार, 13 जनवरी 2026 (11:48 IST)', '2026-01-13T11:48:00+05:30'],
    ['20/06/2024', '2024-06-20'],
    ['First Published on: 09-01-2026 at 15:45 IST', '2026-01-09T15:45:00+05:30'],
    ['प्रकाशित: २२ नवंबर २०२४, ०५:३० अपराह्न', '2024-11-22T17:30:00'],
    ['अपडेटेड: 22 नवंबर 2024, शाम 5:30 बजे', '2024-11-22T17:30:00'],
    ['22 नवंबर 2024, रात 2:15 बजे', '2024-11-22T02:15:00'],
    ['22 नवंबर 2024 को 10:30 बजे (आईएसटी)', '2024-11-22T10:30:00+05:30'],
    ['Last Updated: 2024-11-22T17:30:00+05:30', '2024-11-22T17:30:00+05:30'],
    ['Written By  अमित कुमार|Last Updated: नवंबर 02, 2025, 18:20 PM IST'.split('|')[1], '2025-11-02T18:20:00+05:30'],
  ];
  for (const [line, iso] of cases) {
    it(`reads ${line}`, () => {
      expect(bestDate(line)?.iso).toBe(iso);
      expect(readDateLine(line)).toBe(iso);
    });
  }

  it('rejects impossible dates and does not treat a body sentence with a date as a date line', () => {
    expect(bestDate('31 फरवरी 2024')).toBeUndefined();
    expect(bestDate('2023-02-29')).toBeUndefined();
    // Mixed separators are not one date; a score line is not a date.
    expect(bestDate('09-01/2026')).toBeUndefined();
    expect(bestDate('सीरीज 2-1 से जीती, 2026 में')).toBeUndefined();
    expect(readDateLine('पुतिन बुधवार, 19 जून 2024 की सुबह उत्तर कोरिया की राजधानी में पहुंचे जहां किम ने उनका स्वागत किया।')).toBeUndefined();
    expect(readDateLine('सियोल, वाशिंगटन और कीव के अधिकारियों ने 13 अगस्त 2025 को लंबी बैठक के बाद बयान जारी किया और कहा')).toBeUndefined();
  });
});

describe('bylines and outlets', () => {
  it('reads labelled bylines, desk credits and agency footers', () => {
    expect(readByline('By शिवेन्द्र कुमार राय')).toBe('शिवेन्द्र कुमार राय');
    expect(readByline('Edited By: Piyush Kumar')).toBe('Piyush Kumar');
    expect(readByline('लेखक,अनंत प्रकाश')).toBe('अनंत प्रकाश');
    expect(readByline('न्यूज डेस्क, अमर उजाला, नई दिल्ली')).toBe('न्यूज डेस्क, अमर उजाला, नई दिल्ली');
    expect(readAgencyFooter('एपी सिम्मी गोला')).toBe('एपी सिम्मी गोला');
    expect(readAgencyFooter('भाषा जोहेब')).toBe('भाषा जोहेब');
  });

  it('reads a "Name Outlet, City" credit and unbrackets a bracketed desk credit', () => {
    expect(readOutletCredit('Priyanka Sharma लाइव हिन्दुस्तान, नई दिल्ली')).toEqual({ byline: 'Priyanka Sharma', outlet: findOutlet('Live Hindustan') });
    expect(readOutletCredit('दैनिक भास्कर')).toBeUndefined();
    expect(readOutletCredit('भारत ने ऑस्ट्रेलिया को हराया, आज तक')).toBeUndefined();
    expect(readByline('(आजतक ब्यूरो)')).toBe('आजतक ब्यूरो');
    expect(readByline('जनसत्ता ऑनलाइन')).toBe('जनसत्ता ऑनलाइन');
    expect(readByline('संपादित: राहुल शर्मा')).toBe('राहुल शर्मा');
    expect(readByline('Edited By: Shakti Singh @ShaktiSinghIN')).toBe('Shakti Singh');
    expect(readByline('WD Feature Desk')).toBe('WD Feature Desk');
    expect(readByline('हरिभूमि डेस्क')).toBe('हरिभूमि डेस्क');
    expect(readByline('Reported by: Vishal Singh, Lucknow')).toBe('Vishal Singh');
    expect(readByline('Reported by: Vishal Singh, Lucknow Bureau Chief')).toBe('Vishal Singh, Lucknow Bureau Chief');
    expect(matchBoilerplate('Share Via :')?.reason).toBe('share');
    const masthead = importPage({ fileName: 'm.txt', text: 'News18 हिंदी\nसंसद में हंगामा, विपक्ष ने किया वॉकआउट\n\nनई दिल्ली. संसद में आज भी हंगामा हुआ. विपक्ष ने वॉकआउट किया.\n' });
    expect(masthead.outlet).toBe('News18 Hindi');
    expect(masthead.segments.map((segment) => segment.source)).toEqual(['संसद में हंगामा, विपक्ष ने किया वॉकआउट', 'नई दिल्ली. संसद में आज भी हंगामा हुआ.', 'विपक्ष ने वॉकआउट किया.']);
    expect(readByline('सरकारी सेवाएं ऑनलाइन')).toBeUndefined();
    expect(findOutlet('By : एबीपी न्यूज़ डेस्क')?.name).toBe('ABP News');
  });

  it('reads a bare Hindi name between headline and date as the byline; removes live-blog times, relative dates and bracketed related links', () => {
    const text = 'दिल्ली में बारिश ने तोड़ा 15 साल का रिकॉर्ड\nसौरभ\n31 जुलाई 2025\nअपडेटेड 2 घंटे पहले\nLIVE\n10:45 PM IST\nदिल्ली में भारी बारिश हुई. सड़कों पर पानी भर गया.\n(यह भी पढ़ें: मुंबई में भी अलर्ट)\n';
    const article = importPage({ fileName: 'l.txt', text });
    expect(article.byline).toBe('सौरभ');
    expect(Object.fromEntries(article.removed.map((r) => [r.line, r.reason]))).toEqual({ 4: 'relative-date', 5: 'section-label', 6: 'timestamp', 8: 'related' });
    expect(article.segments.map((segment) => segment.source)).toEqual(['दिल्ली में बारिश ने तोड़ा 15 साल का रिकॉर्ड', 'दिल्ली में भारी बारिश हुई.', 'सड़कों पर पानी भर गया.']);
    expect(unaccountedLines(text, article)).toEqual([]);
    // Not between headline and date: a short Hindi line stays text.
    expect(importPage({ fileName: 'n.txt', text: 'दिल्ली में बारिश ने तोड़ा रिकॉर्ड\n31 जुलाई 2025\nसौरभ\nदिल्ली में भारी बारिश हुई.\n' }).byline).toBeUndefined();
  });

  it('does not read ordinary sentences as bylines', () => {
    expect(readByline('रिपोर्ट में कहा गया है कि 2022 में आक्रमण के बाद से मॉस्को और प्योंगयांग और करीब आ गए हैं।')).toBeUndefined();
    expect(readByline('द्वारा संचालित रूसी समाचार एजेंसियों ने कहा।')).toBeUndefined();
    expect(readAgencyFooter('रूस और उत्तर कोरिया के बीच बातचीत')).toBeUndefined();
  });

  it('finds outlets only where the page names them', () => {
    expect(findOutlet('© 2024 Dainik Jagran. All rights reserved.')?.name).toBe('Dainik Jagran');
    expect(findOutlet('वर्ल्ड डेस्क, अमर उजाला, टोक्यो')?.name).toBe('Amar Ujala');
    expect(findOutlet('Jaipur')).toBeUndefined();
    expect(findOutlet('उजाला फैल गया')).toBeUndefined();
  });
});

describe('boilerplate phrase table', () => {
  it('every rule recognises its own example', () => {
    for (const rule of BOILERPLATE_RULES) expect(matchBoilerplate(rule.example)?.reason, rule.example).toBe(rule.reason);
  });

  it.each([
    ['Download India TV App', 'promo'], ['Whatsapp Channel', 'promo'], ['Google Preferred Source', 'promo'],
    ['सांकेतिक चित्र', 'media-credit'], ['(प्रतीकात्मक इमेज)', 'media-credit'],
    ['ऑडियो सुनें', 'navigation'], ['Audio Book', 'navigation'],
    ['जरूर पढ़ें', 'related'], ['और भी पढ़ें :', 'related'], ['ये भी देखें', 'related'],
    ['Get Latest News', 'promo'],
    ['Quick Links', 'navigation'], ['Live TV', 'navigation'], ['ई-पेपर', 'navigation'],
    ['Latest Cricket News', 'related'], ['सम्बंधित जानकारी', 'related'], ['प्रभात खबर टॉप स्टोरी', 'related'],
    ['India TV Hindi पर पढ़ें ताज़ा खेल समाचार', 'promo'], ['मुख्य पृष्ठधर्म-संसारव्रत-त्योहारमकर संक्रांति', 'breadcrumb'],
  ])('%s → %s', (line, reason) => {
    expect(matchBoilerplate(line)?.reason).toBe(reason);
  });

  it('leaves Hindi prose that merely mentions the phrases alone', () => {
    for (const sentence of [
      'उन्होंने कहा कि संबंधित खबरें गलत हैं और सरकार इसकी जांच करेगी।',
      'रूसी समाचार एजेंसी TASS के अनुसार, किम ने कहा कि दोनों देशों के बीच संबंध मजबूत हैं।',
      'तापमान 27.1 C तक पहुंच गया और लोग घरों में रहे।',
      'फोटो खिंचवाने के बाद दोनों नेता बैठक कक्ष में गए।',
    ]) expect(matchBoilerplate(sentence)).toBeUndefined();
  });
});

describe('Latin lines around the headline', () => {
  it('does not take a Latin kicker above the headline for a byline', () => {
    const text = 'North Korea\nकिम ने पुतिन से फोन पर बात की\nUpdated: June 20, 2024\nरूस और उत्तर कोरिया ने सहयोग पर चर्चा की। दोनों देशों ने बयान जारी किया।\n(इनपुट: भाषा)';
    const article = importPage({ fileName: 'kicker.txt', text }, { now: () => 'now' });
    expect(article.byline).toBeUndefined();
    expect(article.title).toBe('किम ने पुतिन से फोन पर बात की');
    expect(article.date).toBe('2024-06-20');
    expect(article.removed.map((r) => [r.line, r.reason])).toEqual([[1, 'english-text'], [5, 'source-note']]);
    expect(unaccountedLines(text, article)).toEqual([]);
  });
});

describe('quirks of other outlets', () => {
  it('handles a separator-less breadcrumb, a "Curated by | site | Updated" line and an app promo naming the outlet', () => {
    const text = [
      'Hindi Newsविदेशकिम जोंग उन ने मिसाइल परीक्षण देखा',
      'किम जोंग उन ने नई मिसाइल का परीक्षण देखा, अमेरिका ने जताई चिंता',
      'Curated by | नवभारतटाइम्स.कॉम | Updated: 20 Jun 2024, 10:15 am',
      'उत्तर कोरिया ने गुरुवार को नई मिसाइल का परीक्षण किया। किम जोंग उन खुद मौके पर मौजूद थे।',
      'Ads से है परेशान? बिना Ads खबरों के लिए इनस्टॉल करें दैनिक भास्कर ऐप',
    ].join('\n');
    const article = importPage({ fileName: 'bhaskar.txt', text }, { now: () => 'now' });
    expect(article.title).toBe('किम जोंग उन ने नई मिसाइल का परीक्षण देखा, अमेरिका ने जताई चिंता');
    expect(article.date).toBe('2024-06-20T10:15:00');
    expect(article.outlet).toBe('Dainik Bhaskar');
    expect(article.removed.map((r) => [r.line, r.reason])).toEqual([[1, 'breadcrumb'], [5, 'promo']]);
    expect(article.metadata.map((m) => `${m.line}:${m.field}`)).toEqual(['2:title', '3:date']);
    expect(article.segments.map((s) => s.kind)).toEqual(['title', 'body', 'body']);
    expect(unaccountedLines(text, article)).toEqual([]);
  });
});

describe('agency datelines', () => {
  it('takes the agency of the first dateline as byline when the page signs nothing else', () => {
    const text = 'किम ने पुतिन से फोन पर बात की\n\nसियोल, 13 अगस्त (भाषा) उत्तर कोरिया के नेता किम जोंग उन ने पुतिन से बात की। दोनों ने सहयोग पर चर्चा की।\n';
    const article = importPage({ fileName: 'agency.txt', text }, { now: () => 'now' });
    expect(article.byline).toBe('भाषा');
    expect(article.metadata).toContainEqual({ line: 3, text: 'सियोल, 13 अगस्त (भाषा)', field: 'dateline' });
    expect(article.segments[1].source).toBe('सियोल, 13 अगस्त (भाषा) उत्तर कोरिया के नेता किम जोंग उन ने पुतिन से बात की।');
    expect(unaccountedLines(text, article)).toEqual([]);
  });
});

describe('pages without a headline line', () => {
  it('uses the first sentence as the title and still accounts for every line', () => {
    const text = 'Tags: x\nरूस ने कहा कि बातचीत जारी रहेगी। किम ने समर्थन दोहराया।\n\nदूसरा अनुच्छेद यहां है।\n';
    const article = importPage({ fileName: 'no-title.txt', text }, { now: () => 'now' });
    expect(article.title).toBe('रूस ने कहा कि बातचीत जारी रहेगी।');
    expect(article.segments.map((s) => s.kind)).toEqual(['title', 'body', 'body']);
    expect(unaccountedLines(text, article)).toEqual([]);
  });

  it('refuses an empty page and a page of nothing but boilerplate with an ImportError naming the file', () => {
    expect(() => importPage({ fileName: 'dir/empty.txt', text: ' \n\n' })).toThrow(/^empty\.txt: /);
    expect(() => importPage({ fileName: 'only-tags.txt', text: 'Tags:\nSimilar News\n-->' })).toThrow(/only-tags\.txt: no article text/);
  });
});

describe('Latin kicker before a Hindi headline', () => {
  it.each([
    ['North Korea : किम ने शपथ ली', 'किम ने शपथ ली'],
    ['Russia And North Korea: किम जोंग ने वादा किया', 'किम जोंग ने वादा किया'],
    ['Budget 2025: ‘नई कर व्यवस्था’ लागू', 'Budget 2025: ‘नई कर व्यवस्था’ लागू'],
    ['किम ने शपथ ली: रिपोर्ट', 'किम ने शपथ ली: रिपोर्ट'],
  ])('%s → %s', (raw, title) => {
    const article = importPage({ fileName: 'k.txt', text: `${raw}\n\nपुतिन ने कहा कि रूस उत्तर कोरिया के साथ सहयोग बढ़ाएगा। किम ने समर्थन दोहराया।\n` });
    expect(article.title).toBe(title);
    expect(article.segments[0].source).toBe(title);
    expect(unaccountedLines(`${raw}\n\nपुतिन ने कहा कि रूस उत्तर कोरिया के साथ सहयोग बढ़ाएगा। किम ने समर्थन दोहराया।\n`, article)).toEqual([]);
  });
});

describe('page furniture seen on further outlets', () => {
  it.each([
    ['Advertisement - Scroll to continue', 'advertisement'], ['Ad', 'advertisement'], ['WhatsApp पर जुड़ें', 'promo'], ['Get App', 'promo'],
    ['Link copied!', 'navigation'], ['अगली स्टोरी', 'navigation'], ['पूरी खबर पढ़ें', 'navigation'], ['Listen to this article', 'navigation'],
    ['इस खबर को सुनें', 'navigation'], ['टिप्पणियां', 'comments'], ['अपनी प्रतिक्रिया दें', 'comments'], ['Manage Preferences', 'cookie-notice'],
    ['फाइल फोटो।', 'media-credit'], ['Image Credit: PTI', 'media-credit'], ['(प्रतीकात्मक फोटो)', 'media-credit'], ['Representative Image', 'media-credit'],
    ['टॉप न्यूज़', 'related'], ['वेब स्टोरीज', 'related'], ['(With inputs from agencies)', 'source-note'], ['With PTI Inputs', 'source-note'],
    ['Share on WhatsApp', 'share'], ['इस लेख को शेयर करें', 'share'],
  ])('%s → %s', (line, reason) => {
    expect(matchBoilerplate(line)?.reason).toBe(reason);
  });

  it.each([
    'टिप्पणियां करते हुए मंत्री ने कहा कि सरकार हर शिकायत पर ध्यान देगी।',
    'अगली स्टोरी में हम बताएंगे कि बाजार क्यों गिरा।',
    'फाइल फोटो में दिख रहे नेता अब पार्टी छोड़ चुके हैं।',
  ])('keeps prose that merely starts like furniture: %s', (line) => {
    expect(matchBoilerplate(line)).toBeUndefined();
  });
});

describe('a Bhaskar-style page with CRLF, NBSP and a zero-width space', () => {
  const text = 'Dainik Bhaskar\r\nराजस्थान › जयपुर\r\nजयपुर में 2 दिन बाद फिर बारिश का अलर्ट; 12 जिलों में ओले गिरने की आशंका।\r\nभास्कर न्यूज | जयपुर\r\n1 घंटे पहले\r\n\r\n'
    + 'जयपुर, 22 नवंबर (भाषा)\u00a0राज्य में मौसम फिर बदलेगा।\u200b मौसम केंद्र ने बताया कि 24 नवंबर को बारिश हो सकती है।\r\n\r\nएजेंसी, नई दिल्ली\r\nखबरें और भी हैं...\r\n';
  const article = importPage({ fileName: 'b.txt', text });

  it('reads a two-part › trail as a breadcrumb, "outlet न्यूज | city" as the desk byline, the agency footer with its city', () => {
    expect(article.title).toBe('जयपुर में 2 दिन बाद फिर बारिश का अलर्ट; 12 जिलों में ओले गिरने की आशंका।');
    expect(article.byline).toBe('भास्कर न्यूज');
    expect(article.outlet).toBe('Dainik Bhaskar');
    expect(article.metadata.map((m) => `${m.line}:${m.field}`)).toEqual(['1:outlet', '3:title', '4:byline', '4:outlet', '9:byline']);
    expect(Object.fromEntries(article.removed.map((r) => [r.line, r.reason]))).toEqual({ 2: 'breadcrumb', 5: 'relative-date', 10: 'related' });
  });

  it('trims the zero-width space off the sentence edge and still accounts for every line', () => {
    expect(article.segments.map((segment) => segment.source).slice(1)).toEqual(['जयपुर, 22 नवंबर (भाषा)\u00a0राज्य में मौसम फिर बदलेगा।', 'मौसम केंद्र ने बताया कि 24 नवंबर को बारिश हो सकती है।']);
    expect(unaccountedLines(text, article)).toEqual([]);
  });
});

describe('headline suffixes that name the site', () => {
  const body = '\n\nपुतिन ने कहा कि रूस उत्तर कोरिया के साथ सहयोग बढ़ाएगा। किम ने समर्थन दोहराया।\n';
  it.each([
    ['किम जोंग उन ने पुतिन का स्वागत किया - Hindi News | Live Hindustan', 'Hindustan'],
    ['किम जोंग उन ने पुतिन का स्वागत किया | Hindi News, Zee News', 'Zee News'],
    ['किम जोंग उन ने पुतिन का स्वागत किया - News18 हिंदी', 'News18 Hindi'],
  ])('%s → title without the suffix, outlet %s, no English title', (headline, outlet) => {
    const article = importPage({ fileName: 't.txt', text: headline + body });
    expect(article.title).toBe('किम जोंग उन ने पुतिन का स्वागत किया');
    expect(article.outlet).toBe(outlet);
    expect(article.titleEnglish).toBeUndefined();
    expect(article.metadata.map((m) => `${m.line}:${m.field}`)).toEqual(['1:title', '1:outlet']);
  });

  it('keeps a trailing phrase that is not a site name', () => {
    expect(importPage({ fileName: 't.txt', text: 'किम जोंग उन ने पुतिन का स्वागत किया, देखें VIDEO' + body }).title).toBe('किम जोंग उन ने पुतिन का स्वागत किया, देखें VIDEO');
  });
});

describe('source labels and photo alt text', () => {
  const head = 'किम जोंग उन ने पुतिन का स्वागत किया\n';
  const body = 'पुतिन ने कहा कि रूस उत्तर कोरिया के साथ सहयोग बढ़ाएगा। किम ने समर्थन दोहराया।\n';
  it.each([
    ['Agency:News18Hindi', 'outlet', 'News18 Hindi'],
    ['Agency: PTI', 'byline', 'PTI'],
  ])('%s → %s metadata', (label, field, value) => {
    const article = importPage({ fileName: 'a.txt', text: head + label + '\n' + body });
    expect(article.metadata.map((m) => `${m.line}:${m.field}`)).toEqual(['1:title', `2:${field}`]);
    expect(field === 'outlet' ? article.outlet : article.byline).toBe(value);
  });

  it('a related label takes the linked headline under it, not the numbered list that follows', () => {
    const article = importPage({ fileName: 'r.txt', text: head + body + 'जरूर पढ़ें\nसर्दियों में अदरक की चाय के फायदे\n1. पाचन बेहतर होता है\n2. खून की कमी दूर होती है\n' });
    expect(article.removed.map((r) => `${r.line}:${r.reason}`)).toEqual(['3:related', '4:related']);
    expect(article.segments.map((s) => s.source).slice(-2)).toEqual(['1. पाचन बेहतर होता है', '2. खून की कमी दूर होती है']);
  });

  it('reads the time from the part after a pipe on a date line', () => {
    const article = importPage({ fileName: 'd.txt', text: head + 'Published: 11 Jan 2026 | 09:12 AM\n' + body });
    expect(article.date).toBe('2026-01-11T09:12:00');
    expect(article.metadata.map((m) => `${m.line}:${m.field}`)).toEqual(['1:title', '2:date']);
  });

  it('removes a short line above a photo credit as caption, never the headline', () => {
    const withAlt = importPage({ fileName: 'c.txt', text: head + 'पुतिन और किम\nImage Source : PTI\n' + body });
    expect(withAlt.removed.map((r) => `${r.line}:${r.reason}`)).toEqual(['2:caption', '3:media-credit']);
    const headlineAbove = importPage({ fileName: 'c.txt', text: head + 'Image Source : PTI\n' + body });
    expect(headlineAbove.title).toBe('किम जोंग उन ने पुतिन का स्वागत किया');
    expect(headlineAbove.removed.map((r) => `${r.line}:${r.reason}`)).toEqual(['2:media-credit']);
  });
});
