// Renders a list counter in a Word numbering format (w:numFmt): 1, １, ①, ⑴, 一, ア, イ, i, a …
// The Japanese sequences follow Word's own (aiueo = アイウエオ…ン, iroha = イロハ…ン).

const AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
const IROHA =
  "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン";
const HALF_AIUEO = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ";
const KANJI_DIGITS = "〇一二三四五六七八九";
const LEGAL_DIGITS = "〇壱弐参四伍六七八九";
const TRADITIONAL = "甲乙丙丁戊己庚辛壬癸";
const ZODIAC = "子丑寅卯辰巳午未申酉戌亥";

function cycle(alphabet: string, n: number): string {
  const chars = [...alphabet];
  return chars[(n - 1) % chars.length] ?? String(n);
}

/** 1 → 一, 10 → 十, 11 → 十一, 24 → 二十四, 105 → 百五 (Word's japaneseCounting). */
function kanjiCounting(n: number, digits = KANJI_DIGITS): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units: [number, string][] = [
    [1000, "千"],
    [100, "百"],
    [10, "十"],
  ];
  let out = "";
  let rest = n;
  for (const [value, name] of units) {
    const d = Math.floor(rest / value);
    if (d > 0) out += (d > 1 ? digits[d] : "") + name;
    rest %= value;
  }
  return out + (rest > 0 ? digits[rest] : "");
}

function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, sym] of table) {
    while (rest >= value) {
      out += sym;
      rest -= value;
    }
  }
  return out;
}

/** a … z, aa … zz, aaa (Word repeats the letter); digits past 20 repeats (w:start="999999999" made gigabytes). */
function letters(n: number): string {
  if (n <= 0 || n > 26 * 20) return String(n);
  const letter = String.fromCharCode(0x61 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalHalfWidth: String,
  decimalFullWidth: (n) => toFullWidth(String(n)),
  decimalFullWidth2: (n) => toFullWidth(String(n)),
  decimalEnclosedCircle: enclosedCircle,
  decimalEnclosedCircleChinese: enclosedCircle,
  decimalEnclosedParen: (n) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`),
  decimalEnclosedFullstop: (n) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperLetter: (n) => letters(n).toUpperCase(),
  lowerLetter: letters,
  aiueo: (n) => cycle(HALF_AIUEO, n),
  aiueoFullWidth: (n) => cycle(AIUEO, n),
  iroha: (n) => cycle(IROHA, n), // ヰ and ヱ have no half-width forms: Word's half-width iroha is rare
  irohaFullWidth: (n) => cycle(IROHA, n),
  japaneseCounting: (n) => kanjiCounting(n),
  japaneseLegal: (n) => kanjiCounting(n, LEGAL_DIGITS),
  chineseCounting: (n) => kanjiCounting(n),
  chineseCountingThousand: (n) => kanjiCounting(n),
  taiwaneseCounting: (n) => kanjiCounting(n),
  japaneseDigitalTenThousand: (n) => [...String(n)].map((d) => KANJI_DIGITS[Number(d)]).join(""),
  ideographDigital: (n) => [...String(n)].map((d) => KANJI_DIGITS[Number(d)]).join(""),
  ideographTraditional: (n) => cycle(TRADITIONAL, n),
  ideographZodiac: (n) => cycle(ZODIAC, n),
  none: () => "",
};

/** The counter as Word would print it; unknown formats fall back to decimal. */
export function formatNumber(n: number, numFmt: string | undefined): string {
  return (FORMATS[numFmt ?? "decimal"] ?? String)(n);
}
