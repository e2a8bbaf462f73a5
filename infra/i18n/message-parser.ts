/**
 * The ICU parser's entry for bundles: intl-messageformat imports the parser, but only to parse a
 * message given as text, which the compiled catalogues never give (./compile-catalogues.ts). Its
 * `no-parser` entry keeps the element helpers the formatter uses and leaves out the parser and the
 * number-skeleton parser, about 26 KiB of every function and page script.
 */
export const withoutMessageParser: Readonly<Record<string, string>> = {
  '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js',
};
