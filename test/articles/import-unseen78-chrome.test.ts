/**
 * Issue 12, chrome classes found on unseen-7 and unseen-8 (described, then written here on made-up lines of no
 * outlet and no fixture): the author box after the story (the byline's name printed again, a bio under it,
 * a list of the author's other works), reader comments headed `name — date`.
 */
import { describe, expect, it } from 'vitest';
import { importPages } from '../../articles/index.ts';
import { isCommentHeaderLine } from '../../articles/import/story-end.ts';
import { lineFeatures } from '../../articles/import/line-features.ts';
import { findPollLines } from '../../articles/import/poll-widget.ts';
import { addressesReader } from '../../articles/import/reader-appeal.ts';
import { storyNoteReason } from '../../articles/import/story-notes.ts';
import { isLinkLeadIn, labelRowReason, linkRowReason } from '../../articles/import/link-rows.ts';
import { isTickerRow } from '../../articles/import/ticker-row.ts';
import { findPullQuotes } from '../../articles/import/pull-quote.ts';
import { isCaptionAboveDateline, isNotedCaption } from '../../articles/import/bare-captions.ts';
import { isAdCopy } from '../../articles/import/ad-copy.ts';
import { importOne, bodyLines, reasonOf } from './made-up-pages.ts';


const STORY_PAGE = [
  'कथा वीथिका', // 1
  'मुखपृष्ठ | कहानी | कविता | संपर्क', // 2
  'पुराने पुल की घंटी', // 3
  'लेखक: सुरेश नैथानी', // 4
  'प्रकाशित: 4 फ़रवरी, 2015', // 5
  'गाँव के पुराने पुल पर एक घंटी टँगी रहती थी, जिसे हर शाम मंदिर का पुजारी बजाया करता था।', // 6
  'बच्चे उस आवाज़ को सुनकर घर लौट आते थे और माँएँ चूल्हे पर दाल चढ़ा देती थीं।', // 7
  'एक बरस बाढ़ आई तो पुल बह गया, पर घंटी किसी ने नदी किनारे के पीपल पर टाँग दी।', // 8
  'अब भी शाम को जब हवा चलती है, तो वह अपने आप बज उठती है और गाँव के लोग रुककर सुनते हैं।', // 9
  'सुरेश नैथानी', // 10
  'टिहरी में जन्म। तीन कथा-संग्रह छपे हैं और इन दिनों वे देहरादून के एक विद्यालय में पढ़ाते हैं।', // 11
  'इनकी दूसरी रचनाएँ', // 12
  'कहानी — धुंध के उस पार', // 13
  'संस्मरण — नानी का आँगन', // 14
  'टिप्पणियाँ', // 15
  'रमेश चंद्र पांडे  —  ७ फ़रवरी, २०१५', // 16
  'बहुत सुंदर कहानी। पुल का दृश्य आँखों के सामने आ गया।', // 17
].join('\n');

describe('the author box after the story', () => {
  it('the bio under the byline name repeated below the story is removed as author-bio', () => {
    expect(reasonOf(STORY_PAGE, 10)).toBe('byline-residue');
    expect(reasonOf(STORY_PAGE, 11)).toBe('author-bio');
  });

  it('the list of other works under the author box is chrome, the story is body', () => {
    const body = bodyLines(STORY_PAGE);
    for (const n of [12, 13, 14]) expect(body).not.toContain(n);
    for (const n of [6, 7, 8, 9]) expect(body).toContain(n);
  });

  it('a name repeated inside the story does not cut the story', () => {
    const text = STORY_PAGE.replace('बच्चे उस आवाज़', 'सुरेश नैथानी\nबच्चे उस आवाज़');
    const body = bodyLines(text);
    for (const n of [6, 8, 9, 10]) expect(body).toContain(n);
  });
});

describe('reader comments headed "<name>  —  <date>"', () => {
  it('a name and a date joined by a spaced dash is a comment header', () => {
    expect(isCommentHeaderLine('रमेश चंद्र पांडे  —  ७ फ़रवरी, २०१५', 'रमेश चंद्र पांडे  —  ')).toBe(true);
    expect(isCommentHeaderLine('सरकार  —  ७ फ़रवरी', 'सरकार ने कहा  —  ')).toBe(false);
  });

  it('the comment under such a header is not body', () => {
    expect(bodyLines(STORY_PAGE)).not.toContain(17);
  });
});

const features = (texts: readonly string[]) => texts.map((text, k) => lineFeatures(k + 1, text, k));

describe('reader polls', () => {
  it('a question with its options one under another and a vote button is a poll, label included', () => {
    const lines = features(['पाठकों से सवाल', 'क्या आपके मोहल्ले में रोज़ पानी आता है?', 'हर दिन', 'कभी-कभार ही', 'बिल्कुल नहीं', 'राय दर्ज करें']);
    expect([...findPollLines(lines)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('options separated by spaced pipes are a row of options', () => {
    const lines = features(['क्या शहर में साइकिल ट्रैक बनने चाहिए?', 'हां   |   नहीं   |   कह नहीं सकते', '912 वोट पड़े']);
    expect([...findPollLines(lines)].sort((a, b) => a - b)).toEqual([1, 2, 3]);
  });

  it('a question subheading over a short list without a vote button is article text', () => {
    const lines = features(['कौन-सी चीज़ें साथ रखें?', 'पानी की बोतल', 'सूती गमछा', 'छोटी टॉर्च', 'पहाड़ पर मौसम जल्दी बदलता है, इसलिए गरम कपड़ा भी रखें।']);
    expect(findPollLines(lines).size).toBe(0);
  });
});

describe('a repeated line that asks the reader for something', () => {
  const page = (title: string, story: readonly string[]) => [
    'नदी किनारा समाचार',
    'मुखपृष्ठ | गांव | खेती | संपर्क',
    title,
    'लेखक: हरीश बंसल',
    '12 मार्च 2021',
    story[0],
    'नदी किनारा समाचार का साथ दें। गांव की खबरें आपके सहयोग से ही छपती हैं।',
    story[1],
    story[2],
  ].join('\n');
  const first = page('तालाब की सफाई में जुटे गांव के युवा', [
    'गांव के पुराने तालाब में बरसों से जमी गाद को निकालने के लिए इस हफ्ते बीस युवा रोज़ सुबह फावड़े लेकर पहुंच रहे हैं।',
    'पंचायत ने उन्हें ट्रैक्टर और दो पंप दिए हैं, जबकि खाने का इंतज़ाम गांव की महिलाएं बारी-बारी से कर रही हैं।',
    'युवाओं का कहना है कि बरसात से पहले तालाब गहरा हो गया तो अगले साल गर्मी में कुओं का पानी नहीं सूखेगा।',
  ]);
  const second = page('मंडी में सरसों के दाम गिरे, किसान परेशान', [
    'ज़िले की मंडी में इस हफ्ते सरसों का भाव पिछले महीने से करीब चार सौ रुपये प्रति क्विंटल नीचे आ गया है।',
    'व्यापारियों के अनुसार बाहर के राज्यों से आवक बढ़ने के कारण खरीदार कम दाम पर ही माल उठा रहे हैं।',
    'किसानों ने प्रशासन से सरकारी खरीद केंद्र जल्द खोलने की मांग की है, ताकि उन्हें घाटे में फसल न बेचनी पड़े।',
  ]);

  it('is the template speaking, inside the story too; the story around it stays body', () => {
    const articles = importPages([{ fileName: 'nadi_a.txt', text: first }, { fileName: 'nadi_b.txt', text: second }], { now: () => 'x' });
    for (const article of articles) {
      expect(article.removed.find((entry) => entry.line === 7)?.reason).toBe('appeal');
      const claimed = new Set([...article.removed.map((entry) => entry.line), ...article.metadata.map((entry) => entry.line)]);
      for (const n of [6, 8, 9]) expect(claimed.has(n)).toBe(false);
    }
  });

  it('addressesReader needs an imperative and the reader or the site', () => {
    expect(addressesReader('अगर आपको यह वीडियो पसंद आया, तो इसे दूसरों तक जरूर पहुंचाएं और देखें।', [])).toBe(true);
    expect(addressesReader('किसान नेता ने कहा कि आप सब धरने में शामिल हों और देखें।', [])).toBe(false);
    expect(addressesReader('गांव के युवाओं ने तालाब की सफाई का काम शुरू किया।', ['नदी किनारा समाचार'])).toBe(false);
  });
});

describe('an author bio whose byline keeps its label word', () => {
  it('a sentence opening with the last words of the byline is the author bio', () => {
    expect(storyNoteReason('गिरीश पंत अल्मोड़ा के रहने वाले पत्रकार हैं और लोक संगीत पर लिखते हैं।', { byline: 'द्वारा गिरीश पंत', siteNames: [] })).toBe('author-bio');
    expect(storyNoteReason('पंत अल्मोड़ा के रहने वाले पत्रकार हैं और लोक संगीत पर लिखते हैं।', { byline: 'द्वारा गिरीश पंत', siteNames: [] })).toBeUndefined();
  });
});

describe('rows of link labels, video links and label rows', () => {
  it('a row of imperatives and durations is a button row', () => {
    expect(linkRowReason('7 मिनट में सुनें   |   यह लेख डाउनलोड करें')).toBe('button');
    expect(linkRowReason('पूरा भाषण देखें     42:10')).toBe('button');
    expect(linkRowReason('किसान   |   मंडी   |   मौसम')).toBeUndefined();
    expect(linkRowReason('सरकार ने कहा कि किसान धैर्य रखें   |   मंडी खुलेगी।')).toBeUndefined();
  });

  it('a play glyph with a watching imperative or a duration is a video link; a bullet glyph before a list item is not', () => {
    expect(linkRowReason('यहां देखें  ►  बाढ़ में डूबे खेतों का हाल')).toBe('embed');
    expect(linkRowReason('▶ खेत से मंडी तक    06:40')).toBe('embed');
    expect(linkRowReason('▶ पहले खेत की जुताई गहरी करें।')).toBeUndefined();
    expect(linkRowReason('▶ बीज को रात भर पानी में भिगोएं')).toBeUndefined();
  });

  it('a row or a decorated line whose every part is a chrome label of one reason is that chrome', () => {
    const match = (part: string) => (part === 'प्रायोजित' || part === 'SPONSORED' ? 'advertisement' : undefined);
    expect(labelRowReason('SPONSORED · प्रायोजित', match)).toBe('advertisement');
    expect(labelRowReason('*** प्रायोजित ***', match)).toBe('advertisement');
    expect(labelRowReason('प्रायोजित · गांव की खबर', match)).toBeUndefined();
    expect(labelRowReason('प्रायोजित', match)).toBeUndefined();
  });

  it('a lead-in ending in a colon after an imperative points at a link', () => {
    expect(isLinkLeadIn('मेले का पूरा वीडियो नीचे देखें:')).toBe(true);
    expect(isLinkLeadIn('मंत्री ने कहा:')).toBe(false);
    expect(isLinkLeadIn('बजट के मुख्य आंकड़े इस प्रकार हैं:')).toBe(false);
  });
});

describe('tickers above the story', () => {
  it('a label and two or more headlines joined by a glyph is a ticker', () => {
    expect(isTickerRow('अभी-अभी :  नहर में दरार से तीन गांवों में पानी भरा  ◆  मंडी समिति के चुनाव की तारीख घोषित')).toBe(true);
    expect(isTickerRow('खास खबरें: शहर में नई बस सेवा शुरू होगी  ||  विश्वविद्यालय की परीक्षाएं टलीं')).toBe(true);
  });

  it('a row of fields, a kicker before one headline or a sentence is no ticker', () => {
    expect(isTickerRow('नाटक : अंधेरे का घर | निर्देशक : सुमन राय | अवधि : दो घंटे')).toBe(false);
    expect(isTickerRow('बड़ा फैसला: नहर की मरम्मत के लिए बीस करोड़ मंजूर')).toBe(false);
    expect(isTickerRow('उन्होंने कहा: काम जल्द पूरा होगा। | अगले साल नहर चालू होगी।')).toBe(false);
  });

  it('the ticker above the headline is removed and the headline is the title', () => {
    const text = [
      'ग्राम वाणी',
      'होम   गांव   खेती   मौसम',
      'अभी-अभी :  नहर में दरार से तीन गांवों में पानी भरा  ◆  मंडी समिति के चुनाव की तारीख घोषित',
      'पहाड़ी गांव में पहली बार पहुंची पक्की सड़क, ग्रामीणों ने मनाया उत्सव',
      'लेखक: दीपा रावत',
      '8 अप्रैल 2022',
      'ज़िले के सबसे दूर बसे पहाड़ी गांव तक इस हफ्ते पहली बार पक्की सड़क पहुंच गई, जिससे अब बीमारों को अस्पताल ले जाना आसान होगा।',
      'गांव के बुज़ुर्गों ने बताया कि पहले उन्हें राशन लाने के लिए आठ किलोमीटर पैदल चलना पड़ता था।',
    ].join('\n');
    const article = importOne(text);
    expect(article.title).toBe('पहाड़ी गांव में पहली बार पहुंची पक्की सड़क, ग्रामीणों ने मनाया उत्सव');
    expect(article.removed.find((entry) => entry.line === 3)?.reason).toBe('related');
  });
});

describe('a bracketed note about the piece', () => {
  it('a whole line in brackets naming the piece or its author is a disclaimer', () => {
    expect(storyNoteReason('(इस आलेख की राय पूरी तरह लेखिका की अपनी है।)', { siteNames: [] })).toBe('disclaimer');
    expect(storyNoteReason('(इस लेख के तथ्यों की जिम्मेदारी लेखक की है।)', { siteNames: [] })).toBe('disclaimer');
  });

  it('a bracketed sentence of the story that names neither is none', () => {
    expect(storyNoteReason('(इस योजना के लिए केंद्र ने पैसा दिया था।)', { siteNames: [] })).toBeUndefined();
    expect(storyNoteReason('लेख के अनुसार गांव में तालाब सूख गए हैं और लोग परेशान हैं।', { siteNames: [] })).toBeUndefined();
  });
});

describe('a teaser split over two lines', () => {
  const text = [
    'ग्राम वाणी',
    'होम   गांव   खेती   मौसम',
    'पहाड़ी गांव में पहली बार पहुंची पक्की सड़क, ग्रामीणों ने मनाया उत्सव',
    'लेखक: दीपा रावत',
    '8 अप्रैल 2022',
    'ज़िले के सबसे दूर बसे पहाड़ी गांव तक इस हफ्ते पहली बार पक्की सड़क पहुंच गई, जिससे अब बीमारों को अस्पताल ले जाना आसान होगा।',
    'पंचायत प्रधान ने बताया कि सड़क के लिए गांव वालों ने दस साल तक अर्ज़ियां दीं और दो बार धरना भी दिया, तब जाकर काम शुरू हुआ।',
    'Read Also ›',
    'घाटी के सरकारी स्कूलों में अब सौर ऊर्जा से जलेंगी बत्तियां और पंखे, आसपास के बीस गांवों के बच्चों को होगा फायदा',
    'गांव के बुज़ुर्गों ने बताया कि पहले उन्हें राशन लाने के लिए आठ किलोमीटर पैदल चलना पड़ता था।',
    'सड़क बनने के बाद अब गांव तक बस चलाने की मांग भी उठने लगी है, जिस पर परिवहन विभाग विचार कर रहा है।',
  ].join('\n');

  it('the one headline under a bare related label is a teaser; the paragraphs around stay body', () => {
    expect(reasonOf(text, 8)).toBe('related');
    expect(reasonOf(text, 9)).toBe('teaser');
    const body = bodyLines(text);
    for (const n of [6, 7, 10, 11]) expect(body).toContain(n);
  });
});

describe('a short pull quote closed by its speaker', () => {
  it('"<quote>" — <name> repeating a body sentence is a pull quote; a quote the body lacks is not', () => {
    const lines = [
      { n: 1, text: 'किसान नेता ने कहा, "हमारी मिट्टी ही बैंक है, उसे बचाना होगा।" और सभा खत्म हो गई।' },
      { n: 2, text: '"मिट्टी ही बैंक है" — रामेश्वर दयाल' },
      { n: 3, text: '"पानी सबसे बड़ा सवाल" — रामेश्वर दयाल' },
    ];
    expect([...findPullQuotes(lines)]).toEqual([2]);
  });
});

describe('captions that say they are captions', () => {
  const f = (text: string) => lineFeatures(1, text, 0);

  it('a sentence with a bracketed note ending in a picture noun is a caption', () => {
    expect(isNotedCaption(f('खेत की मेड़ पर बैठकर रोटी खाते दो मज़दूर। (ड्रोन से ली गई तस्वीर)'))).toBe(true);
    expect(isNotedCaption(f('सरकार ने योजना के लिए सौ करोड़ रुपये दिए थे। (पिछले साल)'))).toBe(false);
    expect(isNotedCaption(f('पहले दिन से बारिश हो रही है, खेतों में पानी भरा है और किसान परेशान हैं। कई गांवों का संपर्क टूटा। (फाइल फोटो)'))).toBe(false);
  });

  it('a position marker in brackets after a name marks a caption; a sentence with one does not', () => {
    expect(isNotedCaption(f('सुधा मेहरा (दाएं) और उनकी बहन रीना, संस्थापक, हरित थाली'))).toBe(true);
    expect(isNotedCaption(f('हैंडल को धीरे से (बाएं) घुमाएं और ढक्कन खोलें।'))).toBe(false);
  });

  it('above a dateline paragraph, a sentence ending in a picture noun is a caption however long', () => {
    expect(isCaptionAboveDateline(f('उदयपुर के पुराने बाज़ार में अपनी दुकान पर बैठे दिवंगत चित्रकार रमेश सोनी का फाइल चित्र।'))).toBe(true);
    expect(isCaptionAboveDateline(f('उदयपुर के पुराने बाज़ार में अपनी दुकान पर बैठे दिवंगत चित्रकार रमेश सोनी ने कई पीढ़ियां सिखाईं।'))).toBe(false);
  });
});

describe('a classified ad under an ad label', () => {
  it('an imperative before a colon and a contact number after it is ad copy; a story sentence is not', () => {
    expect(isAdCopy('किराये के मकान की जानकारी के लिए कॉल करें: 98290-1XXXX')).toBe(true);
    expect(isAdCopy('पुलिस ने अपील की है कि सूचना देने के लिए संपर्क करें: 100 नंबर पर।')).toBe(false);
    expect(isAdCopy('अधिक जानकारी के लिए देखें: विभाग की वेबसाइट')).toBe(false);
  });
});
