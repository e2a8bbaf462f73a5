import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import { ncbContactBodySchema } from '#shared/ncb/contact.js';
import { personName, sortableName } from '#shared/i18n/names.js';
import { asciiDigits, readNumber } from '#shared/numerals.js';
import { singleLine } from '#shared/text.js';
import { aminaSubmission } from '../../support/candidates.js';

/** The zero of some of the scripts whose digits a candidate's keyboard may type. */
const zeros = {
  ascii: 0x30,
  arabicIndic: 0x660,
  extendedArabicIndic: 0x6f0,
  nko: 0x7c0,
  devanagari: 0x966,
  bengali: 0x9e6,
  thai: 0xe50,
  myanmar: 0x1040,
  fullwidth: 0xff10,
  mathematicalBold: 0x1d7ce,
  mathematicalMonospace: 0x1d7f6,
};

const inScript = (number: number, zero: number): string => [...String(number)].map((digit) => String.fromCodePoint(zero + Number(digit))).join('');

/** The direction marks a keyboard adds (removed) and the bidi controls that spoof text (refused). */
const marks = ['\u061c', '\u200e', '\u200f'];
const spoofing = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

/** A text with `inserts` put in at random places. */
const sprinkled = (base: fc.Arbitrary<string>, inserts: string[]) =>
  fc.tuple(base, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...inserts)), { minLength: 1, maxLength: 5 })).map(([text, adds]) => {
    const chars = [...text];
    for (const [at, mark] of adds) chars.splice(at % (chars.length + 1), 0, mark);
    return { clean: text, marked: chars.join('') };
  });

const aName = fc.constantFrom('Amina', 'أمينة', 'Ñandú', 'Диалло', '迪亚洛', 'Zoë', 'Nguyễn Thị', 'Police nationale du Sénégal');

describe('numbers typed in any script (issue 14, point 4)', () => {
  it.each([
    ['12', 12],
    ['١٢', 12],
    ['۱۲', 12],
    ['١٢\u200f', 12],
    ['\u200e۳۰', 30],
    ['  ٠  ', 0],
    ['१२', 12],
    ['１２', 12],
    ['٢٫٥', 2.5],
    ['2,5', 2.5],
    ['', undefined],
    ['   ', undefined],
    ['twelve', 'twelve'],
    ['١٢ سنة', '١٢ سنة'],
  ] as Array<[string, number | string | undefined]>)('reads %j as %j', (typed, value) => {
    expect(readNumber(typed)).toBe(value);
  });

  it('reads any whole number written in any of these scripts, with direction marks around it, as that number', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.constantFrom(...Object.values(zeros)), fc.constantFrom('', ...marks), (number, zero, mark) => {
        expect(readNumber(`${mark}${inScript(number, zero)}${mark}`)).toBe(number);
      }),
    );
  });

  it('turns every Unicode decimal digit (Nd) into the ASCII digit of the same value', () => {
    const digits: string[] = [];
    for (let code = 0; code < 0x20000; code += 1) if (/\p{Nd}/u.test(String.fromCodePoint(code))) digits.push(String.fromCodePoint(code));

    expect(digits.length).toBeGreaterThan(600);
    expect(digits.every((digit) => /^[0-9]$/.test(asciiDigits(digit)))).toBe(true);
    // Each script's ten digits, in order: 0123456789 over and over.
    expect(asciiDigits(digits.join(''))).toBe('0123456789'.repeat(digits.length / 10));
  });

  it('lets years of experience typed in Arabic-Indic digits pass the schema as a number', () => {
    const result = applicationSubmissionSchema.safeParse(aminaSubmission({ yearsOfExperience: readNumber('١٢') }));

    expect(result.success && result.data.yearsOfExperience).toBe(12);
  });
});

describe('direction marks removed, spoofing controls refused (issue 14, point 4)', () => {
  it('removes the marks a keyboard adds from a name, wherever they are', () => {
    fc.assert(
      fc.property(sprinkled(aName, marks), ({ clean, marked }) => {
        expect(singleLine(100).safeParse(marked)).toEqual({ success: true, data: clean });
      }),
    );
  });

  it('still refuses the controls that reorder text (Trojan Source), with the marks or without', () => {
    fc.assert(
      fc.property(sprinkled(aName, [...spoofing, ...marks]), ({ marked }) => {
        fc.pre(spoofing.some((control) => marked.includes(control)));
        const result = singleLine(100).safeParse(marked);
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((issue) => issue.message)).toContain('Must not contain line separators or text-direction controls.');
      }),
    );
  });

  it('removes the marks from a submission’s names, address and phone, and from an NCB contact', () => {
    const result = applicationSubmissionSchema.safeParse(
      aminaSubmission({ givenName: '\u200fأمينة\u200f', familyName: '\u061cديالو', email: 'amina@police.example\u200e', phone: '\u200e+221 33 000 00 00' }),
    );
    const contact = ncbContactBodySchema.safeParse({ email: 'ncb@police.sn.example', name: '\u200fBCN Dakar' });

    expect(result.success && [result.data.givenName, result.data.familyName, result.data.email, result.data.phone]).toEqual(['أمينة', 'ديالو', 'amina@police.example', '+221 33 000 00 00']);
    expect(contact.success && contact.data.name).toBe('BCN Dakar');
  });

  it('does not count a name of marks only as a name', () => {
    expect(singleLine(100).safeParse('\u200e\u200f').success).toBe(false);
  });
});

describe('a person with one name (issue 14, point 4)', () => {
  it('is named without a stray comma or space, in a sentence and in a sorted list', () => {
    expect(personName({ givenName: 'Amina' })).toBe('Amina');
    expect(personName({ givenName: 'Amina', familyName: '' })).toBe('Amina');
    expect(sortableName({ givenName: 'Amina' })).toBe('Amina');
    expect(sortableName({ givenName: 'Amina', familyName: '' })).toBe('Amina');
    expect(sortableName({ givenName: 'Amina', familyName: 'Diallo' })).toBe('Diallo, Amina');
    expect(personName({ givenName: 'Amina', familyName: 'Diallo' })).toBe('Amina Diallo');
  });
});
