import { describe, expect, it } from 'vitest';
import { decidingRule, HINDI_SENTENCE_RULES, splitHindiSentences, splitHindiSentenceSpans } from '../../articles/index.ts';

// One case per rule: the text, the expected sentences, and the boundary (just after `at`) the rule decides.
const RULE_CASES: { rule: string; text: string; sentences: string[]; at: string }[] = [
  { rule: 'danda', text: 'किम ने समर्थन दिया। पुतिन ने धन्यवाद कहा॥ फिर बैठक हुई।', sentences: ['किम ने समर्थन दिया।', 'पुतिन ने धन्यवाद कहा॥', 'फिर बैठक हुई।'], at: 'दिया।' },
  { rule: 'glued-question', text: 'क्या यह सही है?उन्होंने पूछा। सब ठीक है? हां।', sentences: ['क्या यह सही है?', 'उन्होंने पूछा।', 'सब ठीक है?', 'हां।'], at: 'है?' },
  { rule: 'no-space-after', text: 'जयपुर में तापमान 27.1 डिग्री रहा और 15,000 लोग 2024-06-20 को पहुंचे।', sentences: ['जयपुर में तापमान 27.1 डिग्री रहा और 15,000 लोग 2024-06-20 को पहुंचे।'], at: '27.' },
  { rule: 'list-number', text: '1. शुभमन गिल - 112 रन (118 गेंद)', sentences: ['1. शुभमन गिल - 112 रन (118 गेंद)'], at: '1.' },
  { rule: 'ellipsis', text: 'उन्होंने कहा कि... अब कुछ नहीं बचा।', sentences: ['उन्होंने कहा कि... अब कुछ नहीं बचा।'], at: 'कि...' },
  { rule: 'devanagari-abbreviation', text: 'डॉ. मनमोहन सिंह और श्री. मोदी ने 1961 ई. में हुई संधि पर बात की।', sentences: ['डॉ. मनमोहन सिंह और श्री. मोदी ने 1961 ई. में हुई संधि पर बात की।'], at: 'डॉ.' },
  { rule: 'devanagari-initial', text: 'ए. पी. जे. अब्दुल कलाम और के. कविता ने भाषण दिया।', sentences: ['ए. पी. जे. अब्दुल कलाम और के. कविता ने भाषण दिया।'], at: 'जे.' },
  { rule: 'latin-abbreviation', text: 'Mr. Kim और Dr. Lee ने कहा कि बैठक सफल रही।', sentences: ['Mr. Kim और Dr. Lee ने कहा कि बैठक सफल रही।'], at: 'Mr.' },
  { rule: 'latin-initials', text: 'U.S. के विदेश मंत्री ने बयान जारी किया।', sentences: ['U.S. के विदेश मंत्री ने बयान जारी किया।'], at: 'U.S.' },
  { rule: 'dateline-stop', text: 'नई दिल्ली. संसद में हंगामा हुआ. सच है. फिर बैठक हुई.', sentences: ['नई दिल्ली. संसद में हंगामा हुआ.', 'सच है.', 'फिर बैठक हुई.'], at: 'दिल्ली.' },
  { rule: 'full-stop-before-new-sentence', text: 'पुतिन प्योंगयांग पहुंचे. किम ने उनका स्वागत किया.', sentences: ['पुतिन प्योंगयांग पहुंचे.', 'किम ने उनका स्वागत किया.'], at: 'पहुंचे.' },
  { rule: 'question-or-exclamation', text: 'क्या यह युद्ध रुकेगा? विशेषज्ञ कहते हैं नहीं! अभी बातचीत जारी है।', sentences: ['क्या यह युद्ध रुकेगा?', 'विशेषज्ञ कहते हैं नहीं!', 'अभी बातचीत जारी है।'], at: 'रुकेगा?' },
  { rule: 'pipe-as-danda', text: 'किम ने समर्थन दिया | पुतिन ने धन्यवाद कहा |', sentences: ['किम ने समर्थन दिया |', 'पुतिन ने धन्यवाद कहा |'], at: 'दिया |' },
];

describe('Hindi sentence rules (one test per rule)', () => {
  it('has a test case for every rule in the table', () => {
    expect(new Set(RULE_CASES.map((c) => c.rule))).toEqual(new Set(HINDI_SENTENCE_RULES.map((rule) => rule.name)));
  });

  for (const c of RULE_CASES) {
    it(`rule ${c.rule}`, () => {
      expect(splitHindiSentences(c.text)).toEqual(c.sentences);
      const position = c.text.indexOf(c.at) + c.at.length;
      expect(decidingRule(c.text, position)?.name).toBe(c.rule);
    });
  }

  it('every rule example splits without throwing and into trimmed parts of the example', () => {
    for (const rule of HINDI_SENTENCE_RULES) {
      for (const sentence of splitHindiSentences(rule.example)) {
        expect(rule.example).toContain(sentence);
        expect(sentence).toBe(sentence.trim());
      }
    }
  });
});

describe('splitHindiSentences on quotes and spacing', () => {
  it('keeps a closing straight quote after the danda with its sentence', () => {
    expect(splitHindiSentences('किम के हवाले से कहा गया, "हम पूर्ण समर्थन देते हैं।" पुतिन ने आभार जताया।'))
      .toEqual(['किम के हवाले से कहा गया, "हम पूर्ण समर्थन देते हैं।"', 'पुतिन ने आभार जताया।']);
  });

  it('keeps curly and doubled closing quotes after the danda (” ’ and ’’)', () => {
    expect(splitHindiSentences('दोनों देश “आम लाइन बनाए रख रहे हैं।” यात्रा जारी है।')).toEqual(['दोनों देश “आम लाइन बनाए रख रहे हैं।”', 'यात्रा जारी है।']);
    expect(splitHindiSentences('उन्होंने कहा ‘‘यह वीरता है।’’ किम सहमत हुए।')).toEqual(['उन्होंने कहा ‘‘यह वीरता है।’’', 'किम सहमत हुए।']);
    expect(splitHindiSentences("उसने कहा 'हम आएंगे?' सब चुप रहे।")).toEqual(["उसने कहा 'हम आएंगे?'", 'सब चुप रहे।']);
  });

  it('keeps double spaces inside a sentence and returns exact substrings', () => {
    const paragraph = '  इसके अनुसार  आपसी सहायता की शपथ शामिल है। यह सैन्य समझौता भी हो सकता है।  ';
    const spans = splitHindiSentenceSpans(paragraph);
    expect(spans.map((span) => paragraph.slice(span.start, span.end))).toEqual(['इसके अनुसार  आपसी सहायता की शपथ शामिल है।', 'यह सैन्य समझौता भी हो सकता है।']);
  });

  it('ends a sentence at "है." even when the next one starts with an abbreviation or initial', () => {
    expect(splitHindiSentences('रूस को गोला-बारूद मिलने की उम्मीद है. डॉ. ली ने कहा. के. कविता ने भी कहा.'))
      .toEqual(['रूस को गोला-बारूद मिलने की उम्मीद है.', 'डॉ. ली ने कहा.', 'के. कविता ने भी कहा.']);
    expect(splitHindiSentences('एम.एस. धोनी और ए. पी. जे. कलाम आए.')).toEqual(['एम.एस. धोनी और ए. पी. जे. कलाम आए.']);
  });

  it('keeps units, numbers and era abbreviations inside the sentence (मी., कि.मी., नं., ई. पू.)', () => {
    expect(splitHindiSentences('दृश्यता 50 मी. रह गई और काफिला 12 कि.मी. चला। मकान नं. 4 में 300 ई. पू. का सिक्का मिला।'))
      .toEqual(['दृश्यता 50 मी. रह गई और काफिला 12 कि.मी. चला।', 'मकान नं. 4 में 300 ई. पू. का सिक्का मिला।']);
    expect(splitHindiSentences('मैच 7 p.m. पर शुरू होगा. दर्शक पहुंच चुके हैं.')).toEqual(['मैच 7 p.m. पर शुरू होगा.', 'दर्शक पहुंच चुके हैं.']);
    // A word that merely ends in मी still ends its sentence.
    expect(splitHindiSentences('वह एक ईमानदार आदमी. उसने कहा.')).toEqual(['वह एक ईमानदार आदमी.', 'उसने कहा.']);
  });

  it('does not split a full stop followed by a lowercase Latin word', () => {
    expect(splitHindiSentences('बैठक में Kim Jong Un etc. and others शामिल थे।')).toEqual(['बैठक में Kim Jong Un etc. and others शामिल थे।']);
  });

  it('returns nothing for blank text and one sentence for text without terminal punctuation', () => {
    expect(splitHindiSentences('   ')).toEqual([]);
    expect(splitHindiSentences('उत्तर कोरिया ने रूस में भेजे हैं सैनिक')).toEqual(['उत्तर कोरिया ने रूस में भेजे हैं सैनिक']);
  });

  it('splits a one-megabyte line in linear time without losing characters', () => {
    const sentence = 'रूस और उत्तर कोरिया ने 15,000 सैनिकों पर 27.1 प्रतिशत की बात की। ';
    const paragraph = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const parts = splitHindiSentences(paragraph);
    expect(parts.length).toBe(Math.ceil(1_000_000 / sentence.length));
    expect(parts.join(' ') + ' ').toBe(paragraph);
  });
});
