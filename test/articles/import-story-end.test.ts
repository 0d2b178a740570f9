/**
 * Issue 12, unseen-2 failure classes, by principle: one-line cards ("<category> | <headline> — <time>"),
 * notes about the piece under the story (author bio, where it was published), prose detached after the
 * story's end (a comment, a snippet). Every line here is made up
 * for the test and stands in no fixture.
 */
import { describe, expect, it } from 'vitest';
import { chooseTitle, findCardLines, importPage, lineFeatures, matchBoilerplate, scoreTitleCandidates, unaccountedLines } from '../../articles/index.ts';
import type { LineFeatures } from '../../articles/index.ts';
import { labelledCard } from '../../articles/import/card-runs.ts';
import { readCaptionCredit } from '../../articles/import/caption-credit.ts';
import { readPostingStamp, readSourceCredit } from '../../articles/import/source-credits.ts';
import { findDetachedText } from '../../articles/import/story-end.ts';
import { storyNoteReason } from '../../articles/import/story-notes.ts';

const featuresOf = (texts: string[]): LineFeatures[] => texts.map((text, index) => lineFeatures(index + 1, text, index));
const P1 = 'जिला प्रशासन ने मंगलवार को बताया कि नदी पर बने पुराने पुल की मरम्मत का काम अगले महीने से शुरू किया जाएगा।';
const P2 = 'अधिकारियों के अनुसार इस दौरान भारी वाहनों को दूसरे रास्ते से भेजा जाएगा और पैदल यात्रियों के लिए अस्थायी पुल बनेगा।';
const P3 = 'स्थानीय व्यापारियों ने कहा कि काम जल्दी पूरा होना चाहिए क्योंकि बाजार की आधी दुकानें इसी पुल के पास हैं।';
const noDates = { isDateLine: () => false, isProtected: () => false };

describe('cards written on one line', () => {
  it('reads "<category> | <headline> — <relative time>" as a dated card, and a headline between bullets and a date too', () => {
    const card = labelledCard(lineFeatures(1, 'खेल | जिला स्तरीय तैराकी प्रतियोगिता में गांव की तीन बेटियों ने जीते पदक — 40 मिनट पहले', 0), noDates);
    expect(card?.dated).toBe(true);
    expect(card?.headline.text).toBe('जिला स्तरीय तैराकी प्रतियोगिता में गांव की तीन बेटियों ने जीते पदक');
    const undated = labelledCard(lineFeatures(1, 'राजनीति • विधानसभा के शीतकालीन सत्र में छह विधेयक पेश होंगे', 0), noDates);
    expect(undated).toMatchObject({ dated: false });
  });

  it('a table row, a sentence with a dash and a label with figures are no card', () => {
    expect(labelledCard(lineFeatures(1, 'पार्टी | 2019 में सीटें | 2024 में सीटें', 0), noDates)).toBeUndefined();
    expect(labelledCard(lineFeatures(1, 'उन्होंने कहा कि पुल — जो 1962 में बना था — अब कमजोर हो गया है।', 0), noDates)).toBeUndefined();
    expect(labelledCard(lineFeatures(1, 'वार्ड 12 | नाली की सफाई के लिए नगर निगम ने टीम भेजी', 0), noDates)).toBeUndefined();
  });

  it('a run of such cards after the story is cards; one undated labelled line between paragraphs is not', () => {
    const lines = featuresOf([
      P1, P2,
      'शहर | रेलवे स्टेशन के सामने बनेगी नई पार्किंग, ठेका जारी — 3 घंटे पहले',
      'अपराध | बाजार में दो दुकानों के ताले तोड़कर नकदी चोरी — 5 घंटे पहले',
    ]);
    expect([...findCardLines(lines, noDates)].sort()).toEqual([3, 4]);
    expect(findCardLines(featuresOf([P1, 'शिक्षा • सरकारी स्कूलों में अब दो पालियों में होगी पढ़ाई', P2]), noDates).size).toBe(0);
  });

  it('undated headlines under a related label are cards even where the story resumes below; its subheading stays', () => {
    const lines = featuresOf([
      P1, 'यह भी पढ़ें',
      'नगर निगम के बजट में सड़कों के लिए 400 करोड़ रुपये, विपक्ष ने उठाए सवाल',
      'पुराने शहर की तंग गलियों में अब ई-रिक्शा ही चलेंगे, नया नियम लागू',
      'पुल का इतिहास', P2,
    ]);
    // The label is chrome already (removed by its phrase), so it is no member of the run.
    const labelRemoved = { isDateLine: () => false, isProtected: (n: number) => n === 2 };
    expect([...findCardLines(lines, { ...labelRemoved, announcesCards: (n) => n === 2 })].sort()).toEqual([3, 4]);
    // Without the label the same lines read as a subheading with its list, and stay.
    expect(findCardLines(lines, labelRemoved).size).toBe(0);
  });
});

describe('notes about the piece under the story', () => {
  const context = { byline: 'प्रो. विनीता सक्सेना', siteNames: ['लोकदृष्टि पत्रिका'] };

  it('an author bio opens with the byline person (honorific or not) or with "the author"', () => {
    expect(storyNoteReason('विनीता सक्सेना जयपुर विश्वविद्यालय में इतिहास पढ़ाती हैं और लोक कलाओं पर दो पुस्तकें लिख चुकी हैं।', context)).toBe('author-bio');
    expect(storyNoteReason('प्रो. विनीता सक्सेना राजस्थान की लोक कलाओं पर शोध करती हैं।', context)).toBe('author-bio');
    expect(storyNoteReason('(लेखक पूर्व राजनयिक हैं और पश्चिम एशिया मामलों के जानकार हैं।)', { siteNames: [] })).toBe('author-bio');
  });

  it('a publication note names the piece or the site and a verb of publishing', () => {
    expect(storyNoteReason('यह आलेख लोकदृष्टि पत्रिका के मार्च अंक में छपा था।', context)).toBe('publication-note');
    expect(storyNoteReason('लोकदृष्टि पत्रिका में यह पहली बार 2019 में प्रकाशित हुआ था।', context)).toBe('publication-note');
  });

  it('a story sentence about a report, a study or another person is no note', () => {
    expect(storyNoteReason('यह अध्ययन एक अंतरराष्ट्रीय पत्रिका में प्रकाशित हुआ है।', context)).toBeUndefined();
    expect(storyNoteReason('यह रिपोर्ट सोमवार को संसद में पेश की गई।', context)).toBeUndefined();
    expect(storyNoteReason('विनीता नाम की एक छात्रा ने बताया कि पुस्तकालय शाम को बंद हो जाता है।', context)).toBeUndefined();
    expect(storyNoteReason('विनीता सक्सेना', context)).toBeUndefined();
  });

  it('importPage removes a bio and a note only below the last paragraph, restorable with their reasons', () => {
    const bio = 'अमरेश त्रिपाठी बनारस में रहते हैं और घाटों के इतिहास पर लिखते हैं।';
    const page = ['गंगा किनारे पुराने घाटों की मरम्मत का काम शुरू, पहले चरण में बारह घाट', 'लेखक : अमरेश त्रिपाठी', P1, P2, bio, P3,
      'यह लेख हमारे वार्षिक विशेषांक में प्रकाशित हुआ था।', bio, 'Tags: घाट, मरम्मत'].join('\n');
    const article = importPage({ fileName: 'ghat.txt', text: page });
    expect(article.byline).toBe('अमरेश त्रिपाठी');
    const reasons = Object.fromEntries(article.removed.map((entry) => [entry.line, entry.reason]));
    expect(reasons[7]).toBe('publication-note');
    expect(reasons[8]).toBe('author-bio');
    // The same sentence inside the story stays: only the walk up from the page end removes notes.
    expect(reasons[5]).toBeUndefined();
    expect(article.segments.some((segment) => segment.line === 5)).toBe(true);
    expect(unaccountedLines(page, article)).toEqual([]);
  });
});

describe('prose detached from the story (boilerpipe main block)', () => {
  const story = [P1, P2, P3, 'नगर निगम आयुक्त ने कहा कि काम की निगरानी के लिए एक समिति बनाई गई है जो हर सप्ताह रिपोर्ट देगी।'];
  const comment = 'हमारे मोहल्ले की सड़क भी पिछले साल से टूटी पड़ी है, कोई सुनता नहीं।';
  // Lines already decided: 5 = a credit under the story, 6 and 7 = a share row and a comment prompt.
  const run = (texts: string[], claimedLines: number[], closers: number[]): number[] => findDetachedText(featuresOf(texts), {
    isClaimed: (n) => claimedLines.includes(n), closesStory: (n) => closers.includes(n),
  }).detached;

  it('a short sentence after a credit and chrome under the story is detached', () => {
    expect(run([...story, 'रिपोर्ट : संवाददाता', 'साझा करें', '2 टिप्पणियां', comment, 'जवाब दें'], [5, 6, 7, 9], [5])).toEqual([8]);
  });

  it('the story resuming under an ad or a related box (no closing line in the gap) is not detached', () => {
    expect(run([...story, 'विज्ञापन', 'यह भी पढ़ें', 'शहर में नई बसें चलेंगी', P2.replace('अधिकारियों', 'कर्मचारियों')], [5, 6, 7], [])).toEqual([]);
  });

  it('a long block after the end, or one line after a gap of only two chrome lines, is not detached', () => {
    expect(run([...story, 'Tags: सड़क', 'साझा करें', 'टिप्पणी करें', ...story.slice(0, 3)], [5, 6, 7], [5, 6])).toEqual([]);
    expect(run([...story, 'Tags: सड़क', 'साझा करें', comment], [5, 6], [5, 6])).toEqual([]);
  });

  it('a note about the piece closes the story by itself: the comment under it is detached, the note returned', () => {
    const texts = [...story, 'यह लेख पहले हमारी मासिक पत्रिका में प्रकाशित हुआ था।', '3 टिप्पणियां', comment];
    const end = findDetachedText(featuresOf(texts), { isClaimed: () => false, closesStory: () => false, isNote: (n) => n === 5 });
    expect(end).toEqual({ detached: [7], notes: [5], footer: [6] });
    // The same line inside the story (prose after it) is left where it stands.
    const inside = findDetachedText(featuresOf([story[0], texts[4], ...story.slice(1)]), { isClaimed: () => false, closesStory: () => false, isNote: (n) => n === 2 });
    expect(inside.notes).toEqual([]);
  });
});

describe('source credits and posting stamps', () => {
  it('a labelled source or input credit names its supplier; a generic "agencies" or a sentence names no one', () => {
    expect(readSourceCredit('स्रोत : आईएएनएस')).toBe('आईएएनएस');
    expect(readSourceCredit('(Source: Agence France-Presse)')).toBe('Agence France-Presse');
    // An input credit names a contributor to the desk's own story, not the supplier of the copy.
    expect(readSourceCredit('(इनपुट: आईएएनएस)')).toBeUndefined();
    expect(readSourceCredit('(स्रोत: एजेंसियां)')).toBeUndefined();
    expect(readSourceCredit('स्रोत : राज्य सरकार के आंकड़ों के अनुसार इस साल बारिश कम हुई।')).toBeUndefined();
  });

  it('reads a posting stamp with its clock time, and nothing without one', () => {
    expect(readPostingStamp('Posted by Meera Joshi at 11:05 PM')).toEqual({ name: 'Meera Joshi', time: '11:05 PM' });
    expect(readPostingStamp('Posted by Meera Joshi')).toBeUndefined();
  });

  const header = ['नहर का तटबंध टूटने से तीन गांवों के खेतों में पानी भरा, फसलें डूबीं', P1, P2, P3];

  it('under the story, a posting stamp is chrome and the source credit gives the byline', () => {
    const page = [...header, 'स्रोत : आईएएनएस', 'Posted by Meera Joshi at 11:05 PM', 'Labels: गांव, बाढ़'].join('\n');
    const article = importPage({ fileName: 'canal.txt', text: page });
    expect(article.byline).toBe('आईएएनएस');
    expect(article.removed.find((entry) => entry.line === 6)?.reason).toBe('post-stamp');
    expect(article.metadata.find((entry) => entry.line === 5)?.field).toBe('byline');
    expect(unaccountedLines(page, article)).toEqual([]);
    // Without any other credit (no byline, no source, no agency in the dateline) the stamp names the writer
    // (unseen-8 decision; unseen-2's pages, agency copy posted by a person, keep no byline): the line stays a removed stamp.
    const bare = [...header, 'Posted by Meera Joshi at 11:05 PM', 'Labels: गांव, बाढ़'].join('\n');
    const bareArticle = importPage({ fileName: 'canal.txt', text: bare });
    expect(bareArticle.byline).toBe('Meera Joshi');
    expect(bareArticle.removed.find((entry) => entry.line === 5)?.reason).toBe('post-stamp');
  });

  it('a posting stamp in the header, under the headline, is the page\'s own byline', () => {
    const page = [header[0], 'Posted by Meera Joshi at 11:05 PM', P1, P2, P3].join('\n');
    expect(importPage({ fileName: 'canal.txt', text: page }).byline).toBe('Meera Joshi');
  });
});

describe('the header runs down to its credit and date', () => {
  it('a counter row under the date is chrome even when a standfirst sentence stands above the byline', () => {
    const page = ['चंबल के बीहड़ों में लौटे घड़ियाल, गिनती में पहली बार दो हजार पार', 'नदी के 400 किलोमीटर हिस्से में हुई गिनती से वन विभाग के अधिकारी भी हैरान हैं और इसे संरक्षण की बड़ी सफलता मान रहे हैं।',
      'लेखक : कुणाल बघेल', '12 जनवरी 2027', 'पढ़ने का समय : 5 मिनट  |  3 टिप्पणियां', P1, P2, P3].join('\n');
    const article = importPage({ fileName: 'gharial.txt', text: page });
    expect(article.removed.find((entry) => entry.line === 5)?.reason).toBeDefined();
    expect(article.segments.some((segment) => segment.line === 2)).toBe(true);
  });
});

describe('after import-dev-2: the site naming itself, picture notes, calls to action under the story', () => {
  it('"<site> | <section>" under the date is the masthead, not a byline; a source credit below then gives it', () => {
    const page = ['लोकवाणी समाचार', 'मुखपृष्ठ   देश   राज्य   खेल', 'पहाड़ी जिलों में बर्फबारी के बाद चार राष्ट्रीय राजमार्ग बंद, पर्यटक फंसे', '4 जनवरी 2027',
      'लोकवाणी समाचार  |  राज्य', P1, P2, P3, 'स्रोत: यूएनआई'].join('\n');
    const article = importPage({ fileName: 'snow.txt', text: page });
    expect(article.byline).toBe('यूएनआई');
    expect(article.metadata.some((entry) => entry.line === 5 && entry.field === 'byline')).toBe(false);
    expect(unaccountedLines(page, article)).toEqual([]);
  });

  it('a short caption with a bracketed picture note and no sentence end is a caption; a subheading is not', () => {
    expect(readCaptionCredit('पुराने किले की टूटी दीवार (फाइल फोटो)')).toEqual({ caption: 'पुराने किले की टूटी दीवार', credit: '(फाइल फोटो)' });
    expect(readCaptionCredit('किले की मरम्मत (पहला चरण)')).toBeUndefined();
  });

  it('under the story a call to join the site ending in a danda is promo; the same sentence inside the story stays', () => {
    const cta = 'पाठकों, ऐसी ही ताजा जानकारी के लिए लोकवाणी समाचार के टेलीग्राम चैनल से जुड़ें।';
    const page = ['लोकवाणी समाचार', 'पहाड़ी जिलों में बर्फबारी के बाद चार राष्ट्रीय राजमार्ग बंद, पर्यटक फंसे', P1, cta, P2, P3, cta, 'Tags: मौसम'].join('\n');
    const article = importPage({ fileName: 'snow.txt', text: page });
    expect(article.removed.find((entry) => entry.line === 7)?.reason).toBe('promo');
    expect(article.removed.find((entry) => entry.line === 4)).toBeUndefined();
  });
});

describe('a date header above the headline', () => {
  it('ties the headline under it to its date, so a tagline with the date further down does not win', () => {
    // A blog's header: title, description, menu and search label, then the post's date header over its title.
    const lines = featuresOf(['गांव की आवाज़', 'खेत-खलिहान और कस्बों की ताज़ा खबरें आपके लिए', 'मुखपृष्ठ   देश   राज्य   संपर्क', 'खोजें', 'Friday, January 08, 2027',
      'नदी पर बना पुराना पुल बंद होने से बीस गांवों का संपर्क कटा, नाव ही सहारा', P1, P2]);
    const context = { lines, isClaimed: () => false, isBylineOrDate: (n: number) => n === 5 };
    expect(chooseTitle(context, 6)?.n).toBe(6);
    expect(scoreTitleCandidates(context, 6).find((s) => s.features.n === 6)?.reasons).toContain('date-above');
    // Without the date-above signal the description wins: 3.5 (length, function words, the date three lines down, rank 2) against 3.
  });
});

describe('the footer below the story', () => {
  const story = [P1, P2, P3, 'नगर निगम आयुक्त ने कहा कि काम की निगरानी के लिए एक समिति बनाई गई है जो हर सप्ताह रिपोर्ट देगी।'];

  it('every open line below the first closing line under the story is footer, whatever its shape', () => {
    // 5–7 are chrome already (tags, a share row, a related label); 8 and 9 are open, 10 a sentence about the site.
    const texts = [...story, 'टैग:  #सड़क  #नगर निगम', 'साझा करें', 'संबंधित खबरें', 'हमारा ऐप डाउनलोड करें', 'कुल पाठक: 12,40,118', 'यह पोर्टल नगर प्रशासन द्वारा संचालित है।'];
    const end = findDetachedText(featuresOf(texts), { isClaimed: (n) => n >= 5 && n <= 7, closesStory: (n) => n === 5 });
    expect(end.footer).toEqual([8, 9]);
    expect(end.detached).toEqual([10]);
  });

  it('no footer without a closing line, and none above the story\'s last block', () => {
    const listEnd = [...story, 'विज्ञापन', 'आवेदन के लिए जरूरी कागज', 'आधार कार्ड और बैंक पासबुक'];
    expect(findDetachedText(featuresOf(listEnd), { isClaimed: (n) => n === 5, closesStory: () => false }).footer).toEqual([]);
    const shareMidStory = [story[0], 'साझा करें', ...story.slice(1), 'आवेदन के लिए जरूरी कागज'];
    expect(findDetachedText(featuresOf(shareMidStory), { isClaimed: (n) => n === 2, closesStory: (n) => n === 2 }).footer).toEqual([]);
  });
});

describe('the header between the headline and the story', () => {
  const head = ['जनमत टाइम्स', 'देश   राज्य   शहर   खेल', 'शहर', 'नदी पर बना पुराना पुल बंद होने से बीस गांवों का संपर्क कटा, नाव ही सहारा'];

  it('a short button label and a repeat of the navigation\'s words are chrome; the standfirst stays', () => {
    const standfirst = 'प्रशासन ने कहा है कि नया पुल बनने तक स्कूली बच्चों के लिए दो नावें मुफ्त चलेंगी।';
    const page = [...head, standfirst, 'लेखक: नीरज सोनी', '9 जनवरी 2027', 'यह खबर साझा करें', 'जनमत टाइम्स  |  शहर', P1, P2, P3].join('\n');
    const article = importPage({ fileName: 'bridge.txt', text: page });
    const reasonOf = (n: number): string | undefined => article.removed.find((entry) => entry.line === n)?.reason;
    expect(reasonOf(8)).toBe('button');
    expect(reasonOf(9)).toBe('section-label');
    expect(article.segments.some((segment) => segment.line === 5)).toBe(true);
    expect(unaccountedLines(page, article)).toEqual([]);
  });

  it('a section word under the date is no dateline place', () => {
    const page = [...head, '9 जनवरी 2027', 'शहर', P1, P2].join('\n');
    expect(importPage({ fileName: 'bridge.txt', text: page }).dateline).toBeUndefined();
  });
});

describe('after import-dev-3: editor credits in brackets, topic labels under the headline', () => {
  it('a bracketed editor credit under the story is metadata and gives way to the author named in the header', () => {
    const page = ['मौसम विभाग ने पहाड़ों में अगले दो दिन भारी बर्फबारी की चेतावनी जारी की', 'कविता रावत', '3 जनवरी 2027', P1, P2, '(संपादन: हरीश जोशी)'].join('\n');
    const article = importPage({ fileName: 'snowfall.txt', text: page });
    expect(article.byline).toBe('कविता रावत');
    expect(article.metadata.some((entry) => entry.line === 6 && entry.field === 'byline')).toBe(true);
    expect(article.segments.some((segment) => segment.line === 6)).toBe(false);
  });

  it('a topic label of a few words between the headline and the standfirst is chrome; the standfirst stays', () => {
    const standfirst = 'विभाग ने कहा है कि ऊंचाई वाले इलाकों में यात्रा टाल दी जाए और पर्यटक होटलों में ही रहें।';
    const page = ['हिमवार्ता', '5 जनवरी 2027', 'मौसम विभाग ने पहाड़ों में अगले दो दिन भारी बर्फबारी की चेतावनी जारी की', 'मौसम और आपदा', standfirst, P1, P2].join('\n');
    const article = importPage({ fileName: 'snowfall.txt', text: page });
    expect(article.removed.find((entry) => entry.line === 4)?.reason).toBe('section-label');
    expect(article.segments.some((segment) => segment.line === 5)).toBe(true);
  });
});

describe('embedded media links', () => {
  it('"<media label> : <title>" with an optional duration is an embed; a sentence about a video is not', () => {
    expect(matchBoilerplate('पॉडकास्ट : गांवों में पानी बचाने वाली महिलाओं की कहानी (14:05)')?.reason).toBe('embed');
    expect(matchBoilerplate('Video: बाढ़ के बाद गांव लौटते लोग')?.reason).toBe('embed');
    expect(matchBoilerplate('वीडियो: पुलिस ने कहा कि वायरल क्लिप की जांच की जा रही है।')).toBeUndefined();
    expect(matchBoilerplate('वीडियो में दिखा कि पुल के नीचे पानी भर गया था')).toBeUndefined();
  });
});
