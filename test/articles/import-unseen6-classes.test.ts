/**
 * Issue 12, classes found on unseen-6 (described, then written here on made-up lines of no outlet and no
 * fixture): a run of short lines that is the page's main text (a poem) is no summary box; a row of
 * `label : value` fields is body, not a section label; a dash byline under the headline; comment widgets
 * after the story's end; a byline and date glued on one line, dates in Devanagari digits; an agency in
 * parentheses after a dateline's place; a published date beats an updated one.
 */
import { describe, expect, it } from 'vitest';
import { isCommentHeader, matchBoilerplate } from '../../articles/import/boilerplate-rules.ts';
import { placeBeforeAgency, readDashCredit, readTitleAuthor, splitLeadingDateline } from '../../articles/import/header-fields.ts';
import { splitBylineDate } from '../../articles/import/import-page.ts';
import { isCommentHeaderLine, isTagsRow } from '../../articles/import/story-end.ts';
import { importOne, bodyLines, reasonOf } from './made-up-pages.ts';


const POEM_PAGE = [
  'कविताघर',
  'घर | कविता | कहानी | संपर्क',
  'Friday, May 7, 2010',
  'नदी किनारे की शाम',
  '',
  'पीपल के पत्तों पर',
  'धूप की आख़िरी लकीर',
  'और घाट की सीढ़ियाँ',
  'गिनती रहती हैं लहरें',
  '',
  'नाव लौट आई है',
  'मछुआरों के गीत लेकर',
  'किनारे पर बैठा बूढ़ा',
  'अब भी जाल बुनता है',
  'अमित राय बनारस में रहते हैं और कविताएँ लिखते हैं।',
  'Posted by कविताघर at 6:15 PM',
].join('\n');

describe('a run of short lines that is the page main text', () => {
  it('a poem with nothing but a note and chrome under it is body, not a highlights box', () => {
    const body = bodyLines(POEM_PAGE);
    for (const n of [6, 7, 8, 9, 11, 12, 13, 14]) expect(body).toContain(n);
  });

  it('a poem whose stanzas end in a danda is kept whole', () => {
    const text = POEM_PAGE.replace('गिनती रहती हैं लहरें', 'गिनती रहती लहरें।').replace('अब भी जाल बुनता है', 'जाल बुनता है।')
      .replace('धूप की आख़िरी लकीर', 'धूप की लकीर,');
    const body = bodyLines(text);
    for (const n of [6, 7, 8, 9, 11, 12, 13, 14]) expect(body).toContain(n);
  });

  it('a menu row inside such a run is still chrome', () => {
    const text = POEM_PAGE.replace('नदी किनारे की शाम\n', 'नदी किनारे की शाम\nपढ़ें | सुनें | भेजें | छापें\n');
    expect(bodyLines(text)).not.toContain(5);
    expect(bodyLines(text)).toContain(7);
  });

  it('a box of short lines above a story that outweighs it is still a summary box', () => {
    const story = 'राज्य सरकार ने बुधवार को किसानों के लिए नई बीमा योजना की घोषणा की और कहा कि इसका लाभ हर जिले के छोटे किसानों को मिलेगा।';
    const more = 'कृषि मंत्री ने बताया कि योजना के लिए पंजीकरण अगले महीने से शुरू होगा और इसके लिए गांवों में शिविर लगाए जाएंगे।';
    const text = ['किसानों के लिए नई बीमा योजना का ऐलान, हर जिले में लगेंगे शिविर', 'कविता सिंह', 'प्रकाशित : 04 अप्रैल 2026, 09:40 AM', 'सार संक्षेप',
      'छोटे किसानों को मिलेगा सीधा लाभ', 'अगले महीने से पंजीकरण शुरू होगा', story, more].join('\n');
    expect(reasonOf(text, 5)).toBe('highlights');
    expect(bodyLines(text)).toEqual([7, 8]);
  });
});

const HEAD = 'पहाड़ी गांव में लौटी बिजली, दस साल बाद जले बल्ब';
const LEAD = 'जिले के सबसे ऊंचे गांव में बुधवार की शाम दस साल बाद बिजली लौटी और लोगों ने घरों के बाहर दीये भी जलाए।';
const NEXT = 'गांव के प्रधान ने बताया कि खंभे पिछले महीने लगाए गए थे और तार जोड़ने का काम सोमवार को पूरा हुआ।';
const LAST = 'बिजली विभाग का कहना है कि आसपास के चार गांवों में भी अगले महीने तक कनेक्शन दे दिए जाएंगे।';

describe('a label : value field under the headline', () => {
  it('a one-field row is header text, not a section label; a bare label still is one', () => {
    const text = [HEAD, 'रवि वर्मा', 'प्रकाशित : 12 जनवरी 2026', 'लागत : दो करोड़', LEAD, NEXT, LAST].join('\n');
    expect(bodyLines(text)).toContain(4);
    const bare = [HEAD, 'रवि वर्मा', 'प्रकाशित : 12 जनवरी 2026', 'मौसम', LEAD, NEXT, LAST].join('\n');
    expect(reasonOf(bare, 4)).toBe('section-label');
  });

  it('a credit in square brackets is a media credit like one in round brackets', () => {
    expect(matchBoilerplate('[फोटो : रमेश कुमार]')?.reason).toBe('media-credit');
    expect(matchBoilerplate('(फोटो : रमेश कुमार)')?.reason).toBe('media-credit');
  });
});

describe('a dash byline', () => {
  it('reads "- <name>" and "— <name>, <place>" as a credit, not a line with function words or figures', () => {
    expect(readDashCredit('- मीरा जोशी')).toBe('मीरा जोशी');
    expect(readDashCredit('— मीरा जोशी, देहरादून')).toBe('मीरा जोशी, देहरादून');
    expect(readDashCredit('- यह भी देखें')).toBeUndefined();
    expect(readDashCredit('- 12 लोग')).toBeUndefined();
    expect(readDashCredit('मीरा जोशी')).toBeUndefined();
  });

  it('right under the headline it is the byline (metadata), not a section label', () => {
    const text = ['Wednesday, January 14, 2026', HEAD, '- मीरा जोशी', LEAD, NEXT, LAST].join('\n');
    const article = importOne(text);
    expect(article.byline).toBe('मीरा जोशी');
    expect(article.metadata.some((entry) => entry.line === 3 && entry.field === 'byline')).toBe(true);
  });
});

describe('comment widgets after the story', () => {
  it('a comment header is a short name and the widget verb with its mark, or a name and a date', () => {
    expect(isCommentHeader('विमल said...')).toBe(true);
    expect(isCommentHeader('Kiran Rao says:')).toBe(true);
    expect(isCommentHeader('सचिव ने कहा:')).toBe(false);
    expect(isCommentHeader('विमल said that the road was closed.')).toBe(false);
    expect(isCommentHeaderLine('रमा शर्मा June 3, 2014 at 9:10 pm', 'रमा शर्मा   ')).toBe(true);
    expect(isCommentHeaderLine('जून 2014 में बाढ़ आई थी', 'में बाढ़ आई थी')).toBe(false);
    expect(isCommentHeaderLine('रमा शर्मा', undefined)).toBe(false);
  });

  it('a tags row closes a story whatever its label word', () => {
    expect(isTagsRow('Labels: यात्रा, पहाड़')).toBe(true);
    expect(isTagsRow('विषय : नदी, बांध, पुनर्वास नीति')).toBe(true);
    expect(isTagsRow('उन्होंने कहा : यह ठीक नहीं है, हम लड़ेंगे।')).toBe(false);
    expect(isTagsRow('Labels: यात्रा')).toBe(false);
  });

  const STORY = [
    'पहाड़ की पगडंडी पर एक दिन',
    'Sunday, April 6, 2014',
    'सुबह छह बजे हम गांव से निकले और दो घंटे की चढ़ाई के बाद उस मोड़ पर पहुंचे जहां से पूरी घाटी दिखती है।',
    'रास्ते में एक बूढ़ी अम्मा मिलीं जो रोज़ इसी पगडंडी से लकड़ी लेकर नीचे बाज़ार जाती हैं और शाम को लौटती हैं।',
    'दोपहर तक बादल घिर आए और हमें एक चरवाहे की झोपड़ी में रुककर बारिश के थमने का इंतज़ार करना पड़ा।',
    'लौटते समय हमने तय किया कि अगली बार पूरी रात ऊपर ही बिताएंगे ताकि सुबह की पहली धूप देख सकें।',
  ];

  it('"<name> said..." opens a comment: its text is chrome, not body', () => {
    const text = [...STORY, 'Posted by घुमक्कड़ at 8:30 PM', 'Labels: यात्रा, पहाड़', '2 comments:', 'विमल said...',
      'बहुत सुंदर लिखा है, पढ़कर मन हुआ कि मैं भी चल दूं।', 'April 7, 2014 at 9:02 AM', 'Post a Comment'].join('\n');
    expect(bodyLines(text)).toEqual([3, 4, 5, 6]);
  });

  it('a line of a name and a date under the story opens a comment', () => {
    const text = [...STORY, 'पाठकों की राय', 'रमा शर्मा April 7, 2014 at 9:10 pm', 'इस रास्ते पर मैं भी गई हूं, बहुत सुंदर जगह है।', 'Reply',
      'अनिल April 8, 2014 at 7:45 am', 'अगली बार फोटो भी लगाइए।', 'Reply'].join('\n');
    const body = bodyLines(text);
    expect(body).toEqual(expect.arrayContaining([3, 4, 5, 6]));
    expect(body).not.toContain(9);
    expect(body).not.toContain(12);
  });
});

describe('a byline with its date glued on', () => {
  it('splits "<name>  On <date>" into the name and the date, Latin or Devanagari digits', () => {
    expect(splitBylineDate('कमला नेगी On मार्च ०७, २०२१')).toEqual({ byline: 'कमला नेगी', date: '2021-03-07' });
    expect(splitBylineDate('Anil Mehra on June 2, 2017 at 6:40 pm')).toEqual({ byline: 'Anil Mehra', date: '2017-06-02T18:40:00' });
    // The linking word set as a label: "On: <date>".
    expect(splitBylineDate('खेल डेस्क   On: 14 Mar 2023, 09:05 AM')).toEqual({ byline: 'खेल डेस्क', date: '2023-03-14T09:05:00' });
    expect(splitBylineDate('कमला नेगी')).toBeUndefined();
  });

  it('the page gets both fields from one labelled line', () => {
    const article = importOne([HEAD, 'By कमला नेगी  On मार्च ०७, २०२१', LEAD, NEXT, LAST].join('\n'));
    expect(article.byline).toBe('कमला नेगी');
    expect(article.date).toBe('2021-03-07');
  });
});

describe('an agency in brackets after the dateline place', () => {
  it('is a credit: the dateline is the place; a wire slug with a date and a bracket naming no agency stay whole', () => {
    expect(placeBeforeAgency('देहरादून (भाषा)')).toBe('देहरादून');
    expect(placeBeforeAgency('देहरादून, 3 मार्च (भाषा)')).toBe('देहरादून, 3 मार्च (भाषा)');
    expect(placeBeforeAgency('रुद्रपुर (उत्तराखंड)')).toBe('रुद्रपुर (उत्तराखंड)');
    expect(splitLeadingDateline(`देहरादून (भाषा)। ${LEAD}`)?.dateline).toBe('देहरादून');
  });
});

describe('a published date beats an updated one', () => {
  it('an updated time on the byline line gives way to a published time printed after the story', () => {
    const text = [HEAD, 'By: Sunita Rawat | Updated: Monday, March 16, 2026 - 18:10', LEAD, NEXT, LAST, 'First Published: Monday, March 16, 2026 - 09:30'].join('\n');
    expect(importOne(text).date).toBe('2026-03-16T09:30:00');
  });

  it('with no published label the first date stays the page date', () => {
    const text = [HEAD, 'By: Sunita Rawat | Updated: Monday, March 16, 2026 - 18:10', LEAD, NEXT, LAST].join('\n');
    expect(importOne(text).date).toBe('2026-03-16T18:10:00');
    const hindi = [HEAD, 'अपडेटेड : 16 मार्च 2026, 18:10', LEAD, NEXT, LAST, 'प्रकाशित : 16 मार्च 2026, 09:30'].join('\n');
    expect(importOne(hindi).date).toBe('2026-03-16T09:30:00');
  });
});

describe('a literary post that names its author in the title', () => {
  it('reads "<name> की <form> : <title>" only for a personal-name shape and a literary form', () => {
    expect(readTitleAuthor('अमित राय की कविता : नदी किनारे की शाम')).toBe('अमित राय');
    expect(readTitleAuthor('सीमा नेगी की दो ग़ज़लें : धूप और छांव')).toBe('सीमा नेगी');
    expect(readTitleAuthor('नगर निगम की योजना : सड़कों का काम शुरू')).toBeUndefined();
    expect(readTitleAuthor('अमित राय की कविता')).toBeUndefined();
  });

  it('the poet is the byline, and the note about the poet under the poem is chrome', () => {
    const text = POEM_PAGE.replace('नदी किनारे की शाम', 'अमित राय की कविता : नदी किनारे की शाम');
    const article = importOne(text);
    expect(article.byline).toBe('अमित राय');
    expect(article.removed.find((entry) => entry.line === 15)?.reason).toBe('author-bio');
    for (const n of [6, 7, 8, 9, 11, 12, 13, 14]) expect(bodyLines(text)).toContain(n);
  });
});

describe('a dash byline under the last paragraph', () => {
  it('signs the story when the header names no one', () => {
    const text = ['Wednesday, January 14, 2026', HEAD, LEAD, NEXT, LAST, '- मीरा जोशी', 'Posted by ग्रामवाणी at 4:20 PM'].join('\n');
    const article = importOne(text);
    expect(article.byline).toBe('मीरा जोशी');
    expect(article.metadata.some((entry) => entry.line === 6 && entry.field === 'byline')).toBe(true);
  });
});
