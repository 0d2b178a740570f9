/** A date found in a line: ISO 8601 value, how precise it is, and where it was in the line. */
export interface FoundDate {
  iso: string;
  /** 1 date only, 2 date and time, 3 date, time and zone. */
  precision: 1 | 2 | 3;
  start: number;
  end: number;
}

const ENGLISH_MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

// Keys without nukta; lookups strip the nukta so फ़रवरी and फरवरी both match.
const HINDI_MONTHS: Record<string, number> = {
  'जनवरी': 1, 'फरवरी': 2, 'मार्च': 3, 'अप्रैल': 4, 'अप्रेल': 4, 'मई': 5, 'जून': 6, 'जुलाई': 7, 'अगस्त': 8,
  'सितंबर': 9, 'सितम्बर': 9, 'अक्टूबर': 10, 'अक्तूबर': 10, 'नवंबर': 11, 'नवम्बर': 11, 'दिसंबर': 12, 'दिसम्बर': 12,
};

const ZONES: Record<string, string> = { Z: 'Z', GMT: 'Z', UTC: 'Z', IST: '+05:30', 'आईएसटी': '+05:30' };

const ENGLISH_MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const HINDI_MONTH = `(${Object.keys(HINDI_MONTHS).join('|')})`;
const ORDINAL = '(?:st|nd|rd|th)?';
// Time after a date: "05:34 PM", "(11:48 IST)", "/ 02:58 pm", ", 10:30 AM (IST)", "at 7:40 GMT", "17:34:00+5:30",
// and Hindi forms: "०५:३० अपराह्न", "शाम 5:30 बजे", "को 10:30 बजे (आईएसटी)". Groups: part of day, hour,
// minute, second, meridiem.
const TIME = '(?:\\s*(?:[,/|@(-]|at|बजे|को)?\\s*(?:(सुबह|शाम|दोपहर|रात)\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?|अपराह्न|पूर्वाह्न)?(?:\\s*बजे)?)?';
// The zone bare or in round or square brackets ("(IST)", "[IST]").
const ZONE = '(?:\\s*[([]?\\s*(Z|GMT|UTC|IST|आईएसटी|[+-]\\d{1,2}:?\\d{2})[)\\]]?)?';

interface DatePattern { regex: RegExp; read: (m: RegExpExecArray) => { y: number; mo: number; d: number } | undefined; time: number }

const PATTERNS: DatePattern[] = [
  {
    regex: new RegExp(`(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]()(\\d{1,2}):(\\d{2})(?::(\\d{2}))?()(?:\\.\\d+)?)?${ZONE}`, 'g'),
    read: (m) => ({ y: +m[1], mo: +m[2], d: +m[3] }),
    time: 4,
  },
  {
    regex: new RegExp(`(?<![A-Za-z])${ENGLISH_MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})${TIME}${ZONE}`, 'gi'),
    read: (m) => ({ y: +m[3], mo: ENGLISH_MONTHS[m[1].toLowerCase()] ?? 0, d: +m[2] }),
    time: 4,
  },
  {
    // "12 Jan 2026", and the dashed form "12-Jan-2026".
    regex: new RegExp(`(?<!\\d)(\\d{1,2})${ORDINAL}(?:\\s+|-)${ENGLISH_MONTH}(?:,?\\s+|-)(\\d{4})${TIME}${ZONE}`, 'gi'),
    read: (m) => ({ y: +m[3], mo: ENGLISH_MONTHS[m[2].toLowerCase()] ?? 0, d: +m[1] }),
    time: 4,
  },
  {
    regex: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${HINDI_MONTH},?\\s+(\\d{4})${TIME}${ZONE}`, 'g'),
    read: (m) => ({ y: +m[3], mo: HINDI_MONTHS[m[2]] ?? 0, d: +m[1] }),
    time: 4,
  },
  {
    regex: new RegExp(`${HINDI_MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}${ZONE}`, 'g'),
    read: (m) => ({ y: +m[3], mo: HINDI_MONTHS[m[1]] ?? 0, d: +m[2] }),
    time: 4,
  },
  {
    // Indian pages write numeric dates day first: 20/06/2024, 20.06.2024, 20-06-2024 (one separator throughout).
    regex: new RegExp(`(?<![\\d.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d.])${TIME}${ZONE}`, 'g'),
    read: (m) => ({ y: +m[4], mo: +m[3], d: +m[1] }),
    time: 5,
  },
];

/** Replaces Devanagari digits ०–९ with ASCII digits (one code unit each, so offsets are unchanged). */
export function asciiDigits(text: string): string {
  return text.replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - 0x0966));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Every date in a line (English or Hindi month names, ISO, day-first numeric; Devanagari digits allowed). */
export function findDates(line: string): FoundDate[] {
  // Every pattern needs a four-digit year: most lines have none, and then no pattern need scan them
  // (checked on the line as given, before it is normalised).
  if (!hasFourDigits(line)) return [];
  const text = asciiDigits(line.normalize('NFC').replace(/\u093c/g, ''));
  // Offsets refer to `text`; nukta removal can shift them, so only use them on nukta-free lines.
  const found: FoundDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const date = pattern.read(m);
      if (!date || !validDate(date.y, date.mo, date.d)) continue;
      let iso = `${pad(date.y, 4)}-${pad(date.mo)}-${pad(date.d)}`;
      let precision: FoundDate['precision'] = 1;
      const partOfDay = m[pattern.time];
      const hourText = m[pattern.time + 1];
      if (hourText !== undefined) {
        let hour = +hourText;
        const minute = +m[pattern.time + 2];
        const second = m[pattern.time + 3] === undefined ? 0 : +m[pattern.time + 3];
        const meridiem = meridiemOf((m[pattern.time + 4] ?? '').replace(/\./g, '').toLowerCase(), partOfDay, hour);
        if (meridiem === 'pm' && hour < 12) hour += 12;
        if (meridiem === 'am' && hour === 12) hour = 0;
        if (hour < 24 && minute < 60 && second < 60) {
          iso += `T${pad(hour)}:${pad(minute)}:${pad(second)}`;
          precision = 2;
          const zone = normaliseZone(m[pattern.time + 5]);
          if (zone) { iso += zone; precision = 3; }
        }
      }
      found.push({ iso, precision, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// Four digits in a row, ASCII or Devanagari (asciiDigits maps them), where a nukta between digits does
// not break the run (findDates removes nuktas); NFC neither makes nor splits digits otherwise. So this
// holds for a raw line exactly when it holds for the line findDates matches against.
function hasFourDigits(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x093c) continue;
    run = (c >= 0x30 && c <= 0x39) || (c >= 0x0966 && c <= 0x096f) ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}

/** The most precise date in a line (ties: the first), or undefined; `found` is findDates(line) when the caller has it. */
export function bestDate(line: string, found: readonly FoundDate[] = findDates(line)): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const date of found) if (!best || date.precision > best.precision) best = date;
  return best;
}

// अपराह्न/पूर्वाह्न are p.m./a.m.; शाम and दोपहर (before 6) are afternoon, रात from 6 on is evening, सुबह morning.
function meridiemOf(written: string, partOfDay: string | undefined, hour: number): string {
  if (written === 'अपराह्न') return 'pm';
  if (written === 'पूर्वाह्न') return 'am';
  if (written) return written;
  if (partOfDay === 'शाम' || (partOfDay === 'दोपहर' && hour < 6) || (partOfDay === 'रात' && hour >= 6)) return 'pm';
  if (partOfDay === 'सुबह' || (partOfDay === 'रात' && hour === 12)) return 'am';
  return '';
}

function normaliseZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  const named = ZONES[zone.toUpperCase()];
  if (named) return named;
  const m = /^([+-])(\d{1,2}):?(\d{2})$/.exec(zone);
  return m ? `${m[1]}${pad(+m[2])}:${m[3]}` : undefined;
}

function validDate(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[mo - 1];
}

/** The line (NFC, nukta-free, ASCII digits) with every date and time found in it cut out; `found` is findDates(line) when the caller has it. */
export function withoutDates(line: string, found: readonly FoundDate[] = findDates(line)): string {
  const text = asciiDigits(line.normalize('NFC').replace(/\u093c/g, ''));
  if (found.length === 0) return text;
  const cut = new Array<boolean>(text.length).fill(false);
  for (const date of found) for (let i = date.start; i < date.end; i++) cut[i] = true;
  // Runs of kept characters are sliced whole rather than added one by one.
  let rest = '';
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const keep = i < text.length && !cut[i];
    if (keep && start < 0) start = i;
    else if (!keep && start >= 0) { rest += text.slice(start, i); start = -1; }
  }
  return rest;
}
