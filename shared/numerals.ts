import { withoutDirectionMarks } from './text.js';

/** A decimal digit of any script (Unicode Nd): Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹, Devanagari ०-९, fullwidth ０-９, … */
const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * The value of one decimal digit. Unicode keeps every script's digits as runs of ten in order, zero
 * first (and a run of several scripts' digits, such as the mathematical ones, is whole runs of ten),
 * so a digit's value is its distance from its run's start, modulo ten.
 */
const digitValue = (digit: string): number => {
  const code = digit.codePointAt(0) ?? 0;
  let start = code;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return (code - start) % 10;
};

/** Every decimal digit as its ASCII digit ("١٢" is "12", "۱۲" is "12"); other characters unchanged. */
export const asciiDigits = (text: string): string => text.replace(/\p{Nd}/gu, (digit) => String(digitValue(digit)));

/**
 * A number a person typed, in whatever script their keyboard writes digits: "12", "١٢", "۱۲",
 * "१२" and "１２" are 12, the Arabic decimal separator (U+066B) and a comma are decimal points, the
 * direction marks a keyboard adds around digits are dropped. Empty is undefined; anything that
 * is not a number stays the text it was, for the schema to refuse in words.
 */
export const readNumber = (text: string): number | string | undefined => {
  const trimmed = withoutDirectionMarks(text).trim();
  if (trimmed === '') return undefined;
  const ascii = asciiDigits(trimmed).replace(/[\u066b,]/u, '.').replace(/^[\u2212]/u, '-');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(ascii) ? Number(ascii) : trimmed;
};
