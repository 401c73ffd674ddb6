// glibc's strftime in the C locale: the directives, and the flags (`-`, `_`, `0`, `^`, `#`),
// field widths and E/O modifiers that Linux scripts use (`%-d`, `%_H`, `%^b`), for time.strftime
// and, through it, datetime's strftime.

/** The broken-down time strftime reads (C's struct tm, month and day of year 1-based). */
export interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string;
  gmtoff: number;
}

const DAY_ABBR = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_NAME = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MON_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_NAME = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, w: number, c = '0') => String(n).padStart(w, c);

export function asctime(tm: Tm): string {
  return `${DAY_ABBR[tm.wday % 7]} ${MON_ABBR[tm.mon - 1]} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

/** Date.UTC for any year: Date.UTC itself reads the years 0-99 as 1900-1999. */
function utcMillis(year: number, mon0: number, mday: number, hour = 0, min = 0, sec = 0): number {
  const d = new Date(Date.UTC(2000, 0, 1, hour, min, sec));
  d.setUTCFullYear(year, mon0, mday);
  return d.getTime();
}

/** ISO 8601 week number and week-based year (%V, %G). */
function isoWeek(tm: Tm): [number, number] {
  const wdayIso = tm.wday + 1; // Monday=1
  let week = Math.floor((tm.yday - wdayIso + 10) / 7);
  let year = tm.year;
  const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const weeksIn = (y: number) => {
    const jan1 = (new Date(utcMillis(y, 0, 1)).getUTCDay() + 6) % 7; // Monday=0
    return jan1 === 3 || (jan1 === 2 && isLeap(y)) ? 53 : 52;
  };
  if (week < 1) {
    year -= 1;
    week = weeksIn(year);
  } else if (week > weeksIn(year)) {
    year += 1;
    week = 1;
  }
  return [week, year];
}

/** A numeric directive: its value, natural width and the character that pads it to that width. */
interface NumberField {
  value: number;
  width: number;
  fill: '0' | ' ';
}

function numberField(d: string, tm: Tm): NumberField | undefined {
  const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  const sundayWday = (tm.wday + 1) % 7;
  const n = (value: number, width: number, fill: '0' | ' ' = '0'): NumberField => ({ value, width, fill });
  switch (d) {
    case 'C': return n(Math.floor(tm.year / 100), 1);
    case 'd': return n(tm.mday, 2);
    case 'e': return n(tm.mday, 2, ' ');
    case 'G': return n(isoWeek(tm)[1], 1);
    case 'g': return n(isoWeek(tm)[1] % 100, 2);
    case 'H': return n(tm.hour, 2);
    case 'I': return n(hour12, 2);
    case 'j': return n(tm.yday, 3);
    case 'k': return n(tm.hour, 2, ' ');
    case 'l': return n(hour12, 2, ' ');
    case 'm': return n(tm.mon, 2);
    case 'M': return n(tm.min, 2);
    case 's': return n(Math.floor(utcMillis(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec) / 1000 - tm.gmtoff), 1);
    case 'S': return n(tm.sec, 2);
    case 'u': return n(tm.wday + 1, 1);
    case 'U': return n(Math.floor((tm.yday - 1 + 7 - sundayWday) / 7), 2);
    case 'V': return n(isoWeek(tm)[0], 2);
    case 'w': return n(sundayWday, 1);
    case 'W': return n(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2);
    case 'y': return n(((tm.year % 100) + 100) % 100, 2);
    case 'Y': return n(tm.year, 1);
    default: return undefined;
  }
}

/** A text directive's expansion, or undefined for a character that is no directive. */
function textField(d: string, tm: Tm): string | undefined {
  switch (d) {
    case 'a': return DAY_ABBR[tm.wday % 7];
    case 'A': return DAY_NAME[tm.wday % 7];
    case 'b': case 'h': return MON_ABBR[tm.mon - 1];
    case 'B': return MON_NAME[tm.mon - 1];
    case 'c': return asctime(tm);
    case 'D': case 'x': return strftime('%m/%d/%y', tm);
    case 'F': return strftime('%Y-%m-%d', tm);
    case 'n': return '\n';
    case 'p': return tm.hour < 12 ? 'AM' : 'PM';
    case 'P': return tm.hour < 12 ? 'am' : 'pm';
    case 'r': return strftime('%I:%M:%S %p', tm);
    case 'R': return strftime('%H:%M', tm);
    case 't': return '\t';
    case 'T': case 'X': return strftime('%H:%M:%S', tm);
    case 'z': {
      if (tm.isdst < 0) return ''; // glibc: no offset for a time not known to be standard or daylight time
      const a = Math.abs(tm.gmtoff);
      return `${tm.gmtoff < 0 ? '-' : '+'}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor((a % 3600) / 60), 2)}`;
    }
    case 'Z': return tm.zone;
    case '%': return '%';
    default: return undefined;
  }
}

// The conversions glibc accepts after the E and O modifiers (which change nothing in the C locale;
// the conversions with no check of their own take either); any other one makes the whole directive
// literal text.
const AFTER_E = 'cnprstuxyzCPRTXYZ%';
const AFTER_O = 'bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%';

/** `%#` swaps case: names go upper, the am/pm marker and zone name lower. */
function swapCase(d: string, text: string): string {
  if ('aAbBh'.includes(d)) return text.toUpperCase();
  if ('pZ'.includes(d)) return text.toLowerCase();
  return text;
}

/** C strftime for the directives glibc supports, in the C locale. */
export function strftime(fmt: string, tm: Tm): string {
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const start = i;
    if (fmt[i] !== '%' || i + 1 >= fmt.length) {
      out += fmt[i++];
      continue;
    }
    i++;
    // %[flags][width][E|O]conversion; the last of `_`, `-`, `0` decides the padding.
    let padFlag = '';
    let upper = false;
    let swap = false;
    for (; i < fmt.length && '_-0^#'.includes(fmt[i]); i++) {
      if (fmt[i] === '^') upper = true;
      else if (fmt[i] === '#') swap = true;
      else padFlag = fmt[i];
    }
    let width = 0;
    for (; i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9'; i++) width = width * 10 + (fmt.charCodeAt(i) - 48);
    let modifier = '';
    if (i < fmt.length && (fmt[i] === 'E' || fmt[i] === 'O')) modifier = fmt[i++];
    const d = i < fmt.length ? fmt[i++] : '';
    const valid = d !== '' && (modifier === '' || (modifier === 'E' ? AFTER_E : AFTER_O).includes(d));
    const num = valid ? numberField(d, tm) : undefined;
    if (num !== undefined) {
      const fill = padFlag === '_' || padFlag === '-' ? ' ' : padFlag === '0' ? '0' : num.fill;
      const natural = padFlag === '-' ? 0 : num.width;
      out += String(num.value).padStart(Math.max(natural, width), fill);
      continue;
    }
    let text = valid ? textField(d, tm) : undefined;
    if (text === undefined) {
      // glibc copies a directive it does not know as written, still padded to the width.
      out += fmt.slice(start, i).padStart(width, ' ');
      continue;
    }
    if (swap) text = swapCase(d, text);
    if (upper && d !== 'P') text = text.toUpperCase();
    out += text.padStart(width, padFlag === '0' ? '0' : ' ');
  }
  return out;
}
