import { randomBytes, randomUUID } from 'node:crypto';
import { domainToASCII } from 'node:url';

/**
 * The MIME message SES SendRawEmail sends (RFC 5322, 2045-2047): the headers nodemailer's composer
 * set before it (From, To, Reply-To, Subject, Message-ID, Date, MIME-Version) and a
 * multipart/alternative of the plain-text and the HTML part, both UTF-8. Ours because nodemailer's
 * composer put 135 KiB into every function that sends email (issue 13, point 10); what it must get
 * right is proven with a parser that is not ours (mailparser, test/unit/email/mime.test.ts).
 *
 * Every line is ASCII and ends in CRLF: a header is folded within 76 characters, a non-ASCII subject
 * or display name becomes RFC 2047 encoded-words (base64, whole characters in each), a body is
 * quoted-printable when mostly ASCII and base64 otherwise (Arabic), in lines of at most 76.
 */
export interface MimeEmail {
  /** `address` or `Display Name <address>`. */
  from: string;
  to: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** Each a base64 part of a multipart/mixed message, after the alternative of text and HTML. */
  attachments?: ReadonlyArray<{ filename: string; contentType: string; content: string }>;
}

const CRLF = '\r\n';
/** RFC 2047's limit for a header line that holds encoded-words (RFC 5322 recommends 78 for any). */
const HEADER_LINE = 76;
/** Room for the longest header name this composer writes an encoded-word into ("Reply-To: "). */
const HEADER_NAME = 'Reply-To: '.length;
/** RFC 2045's limit for a line of a quoted-printable or base64 body. */
const BODY_LINE = 76;

// eslint-disable-next-line no-control-regex
const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);
const isPrintableAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/**
 * A header's value as RFC 2047 encoded-words ("=?UTF-8?B?...?="), each short enough to share a
 * 76-character line with the header's name, holding whole characters (a surrogate pair is never
 * cut), separated by folding whitespace.
 */
const encodedWords = (text: string): string[] => {
  const prefix = '=?UTF-8?B?';
  const suffix = '?=';
  // Base64 of n bytes is 4 * ceil(n / 3) characters: the most bytes one word may hold.
  const maxBytes = Math.floor((HEADER_LINE - HEADER_NAME - prefix.length - suffix.length) / 4) * 3;
  const words: string[] = [];
  let chunk = '';
  for (const character of text) {
    if (Buffer.byteLength(chunk + character) > maxBytes) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk !== '' || words.length === 0) words.push(chunk);
  return words.map((word) => `${prefix}${Buffer.from(word, 'utf8').toString('base64')}${suffix}`);
};

/**
 * `Name: value` folded at spaces so that no line passes 76 characters where it can be helped (a
 * single longer ASCII word stays whole, as RFC 5322 allows up to 998). The value is ASCII already.
 */
const foldHeader = (name: string, words: string[]): string => {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + 1 + word.length > HEADER_LINE && line.length > name.length + 1) {
      lines.push(line);
      line = '';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join(CRLF);
};

/**
 * Unstructured text (the subject): as it is when printable ASCII, else encoded-words; encoded too
 * when it holds "=?", which a reader would otherwise take for the start of an encoded-word.
 */
const unstructured = (text: string): string[] => {
  const oneLine = text.replace(/\r?\n/g, ' ');
  return isPrintableAscii(oneLine) && !oneLine.includes('=?') ? oneLine.split(/(?<=\S) (?=\S)/) : encodedWords(oneLine);
};

/** RFC 5322 atext and spaces: a display name that may stand unquoted. */
const ATOMS = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/;

/** An address with its domain in ASCII (an internationalised domain as punycode). */
const asciiAddress = (address: string): string => {
  const at = address.lastIndexOf('@');
  if (at < 0) throw new Error('An email address needs a domain.');
  const local = address.slice(0, at);
  const domain = domainToASCII(address.slice(at + 1));
  if (!isPrintableAscii(local) || /[\s<>]/.test(local) || domain === '') throw new Error('An email address must be ASCII (SES sends no SMTPUTF8).');
  return `${local}@${domain}`;
};

/** `address` or `Name <address>`, as header words: the name quoted or encoded as it needs. */
const mailbox = (value: string): string[] => {
  const named = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value);
  if (!named) return [asciiAddress(value.trim())];
  const name = (named[1] ?? '').replace(/^"(.*)"$/, '$1');
  const address = `<${asciiAddress((named[2] ?? '').trim())}>`;
  if (name === '') return [address];
  if (ATOMS.test(name)) return [...name.split(/(?<=\S) (?=\S)/), address];
  if (isPrintableAscii(name)) return [`"${name.replace(/(["\\])/g, '\\$1')}"`, address];
  return [...encodedWords(name), address];
};

/** A list of mailboxes, a comma after each but the last. */
const mailboxes = (values: string[]): string[] =>
  values.flatMap((value, index) => {
    const words = mailbox(value);
    return index < values.length - 1 ? [...words.slice(0, -1), `${words.at(-1)},`] : words;
  });

/** RFC 5322's date, in UTC. */
const rfc5322Date = (date: Date) => date.toUTCString().replace(/GMT$/, '+0000');

/** Lines of a body with every line break as CRLF. */
const crlfLines = (text: string) => text.replace(/\r\n|\r|\n/g, '\n').split('\n');

/** Base64 in lines of 76. */
const base64Body = (text: string): string => {
  const encoded = Buffer.from(crlfLines(text).join(CRLF), 'utf8').toString('base64');
  return (encoded.match(/.{1,76}/g) ?? ['']).join(CRLF);
};

/**
 * Quoted-printable (RFC 2045 6.7): bytes other than printable ASCII, `=`, and a space or tab at the
 * end of a line as =XX; soft line breaks keep each line within 76, never inside an =XX.
 */
const quotedPrintableBody = (text: string): string =>
  crlfLines(text)
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      const tokens: string[] = [];
      bytes.forEach((byte, index) => {
        const last = index === bytes.length - 1;
        const plain = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        tokens.push(plain ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`);
      });
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        // A soft break is `=` at the end of a line: 75 characters of content at most before it.
        if (current.length + token.length > BODY_LINE - 1) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);

/** One text part: quoted-printable while that stays readable and small, base64 for mostly non-ASCII text. */
const part = (mediaType: 'text/plain' | 'text/html', text: string): string => {
  const nonAscii = Buffer.byteLength(text, 'utf8') - text.length;
  const quotedPrintable = isAscii(text) || nonAscii * 3 < text.length;
  return [
    `Content-Type: ${mediaType}; charset=utf-8`,
    `Content-Transfer-Encoding: ${quotedPrintable ? 'quoted-printable' : 'base64'}`,
    '',
    quotedPrintable ? quotedPrintableBody(text) : base64Body(text),
  ].join(CRLF);
};

/** The whole message, ready for SendRawEmail's RawMessage.Data. `now` is its Date header. */
export const composeMime = (email: MimeEmail, now: Date = new Date()): string => {
  if (email.to.length === 0) throw new Error('An email needs a recipient.');
  const fromAddress = /<([^<>]+)>\s*$/.exec(email.from)?.[1] ?? email.from;
  const domain = asciiAddress(fromAddress.trim()).split('@')[1];
  // "=_" can appear in neither a quoted-printable nor a base64 body: the boundary cannot occur in a part.
  const boundary = `=_hub_${randomBytes(12).toString('hex')}`;
  const attachments = email.attachments ?? [];
  const mixed = `=_hub_${randomBytes(12).toString('hex')}`;
  const headers = [
    foldHeader('From', mailbox(email.from)),
    foldHeader('To', mailboxes(email.to)),
    ...(email.replyTo ? [foldHeader('Reply-To', mailbox(email.replyTo))] : []),
    foldHeader('Subject', unstructured(email.subject)),
    `Message-ID: <${randomUUID()}@${domain}>`,
    `Date: ${rfc5322Date(now)}`,
    'MIME-Version: 1.0',
  ];
  const alternative = [
    `Content-Type: multipart/alternative;${CRLF} boundary="${boundary}"`,
    '',
    `--${boundary}`,
    part('text/plain', email.text),
    `--${boundary}`,
    part('text/html', email.html),
    `--${boundary}--`,
  ];
  if (attachments.length === 0) return [...headers, ...alternative, ''].join(CRLF);
  return [
    ...headers,
    `Content-Type: multipart/mixed;${CRLF} boundary="${mixed}"`,
    '',
    `--${mixed}`,
    ...alternative,
    ...attachments.flatMap((attachment) => [`--${mixed}`, attachmentPart(attachment)]),
    `--${mixed}--`,
    '',
  ].join(CRLF);
};

/** A file, base64 in lines of 76; its name ASCII (the callers name their files), quoted. */
const attachmentPart = ({ filename, contentType, content }: { filename: string; contentType: string; content: string }): string => {
  if (!isPrintableAscii(filename) || /["\\]/.test(filename)) throw new Error('An attachment is named in printable ASCII, without quotes.');
  if (!isPrintableAscii(contentType)) throw new Error('An attachment\'s media type is ASCII.');
  return [
    `Content-Type: ${contentType}; charset=utf-8; name="${filename}"`,
    `Content-Disposition: attachment; filename="${filename}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Body(content),
  ].join(CRLF);
};
