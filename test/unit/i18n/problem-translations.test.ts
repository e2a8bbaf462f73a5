import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '#shared/i18n/catalogues/validation/en.js';

/**
 * Every domain error a candidate or an NCB officer can meet carries its message's key and values
 * (shared/errors.ts ProblemMessage), so the API says it in their language. Read from the code
 * itself: each `new SomeError(...)` of a DomainError class, and each subclass's call of its parent.
 */
const root = join(import.meta.dirname, '..', '..', '..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['node_modules', 'compiled', 'catalogues'].includes(name) ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

const sources = ['shared', 'functions'].flatMap((dir) => sourceFiles(join(root, dir))).map((path) => ({
  file: relative(root, path),
  source: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true),
}));

const visit = (node: ts.Node, each: (node: ts.Node) => void): void => {
  each(node);
  node.forEachChild((child) => visit(child, each));
};

interface ErrorClass {
  file: string;
  parent: string;
  /** Where its constructor takes the translation; undefined when it takes none (its call of super must give one). */
  translationAt: number | undefined;
  inherits: boolean;
  superCall?: ts.CallExpression;
}

/** The DomainError classes, by name, with where each takes its translation. */
const errorClasses = (() => {
  const declared = new Map<string, ErrorClass>();
  for (const { file, source } of sources) {
    visit(source, (node) => {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const parent = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      if (!parent || !ts.isIdentifier(parent)) return;
      const constructor = node.members.find(ts.isConstructorDeclaration);
      const at = constructor?.parameters.findIndex((parameter) => parameter.name.getText() === 'translation') ?? -1;
      let superCall: ts.CallExpression | undefined;
      if (constructor) visit(constructor, (inner) => {
        if (ts.isCallExpression(inner) && inner.expression.kind === ts.SyntaxKind.SuperKeyword) superCall = inner;
      });
      declared.set(node.name.text, { file, parent: parent.text, translationAt: at >= 0 ? at : undefined, inherits: !constructor, superCall });
    });
  }
  const domain = new Map<string, ErrorClass>();
  const resolve = (name: string): number | undefined | null => {
    if (name === 'DomainError') return 1;
    const found = declared.get(name);
    if (!found) return null;
    const parentAt = resolve(found.parent);
    if (parentAt === null) return null;
    const resolved = { ...found, translationAt: found.inherits ? (parentAt ?? undefined) : found.translationAt };
    domain.set(name, resolved);
    return resolved.translationAt;
  };
  for (const name of declared.keys()) resolve(name);
  return domain;
})();

/** Translated its own way: each field issue (shared/i18n/validation.ts). */
const translatedElsewhere = new Set(['ValidationFailed']);

/** An error made without a translation: file, class and the start of its English message. */
interface Untranslated {
  file: string;
  error: string;
  message: string;
}

const untranslated: Untranslated[] = (() => {
  const found: Untranslated[] = [];
  const messageOf = (node: ts.Node | undefined) => (node?.getText() ?? '').replace(/\s+/g, ' ').slice(0, 60);
  for (const { file, source } of sources) {
    visit(source, (node) => {
      if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression)) return;
      const name = node.expression.text;
      // A transport problem (functions/http/http-problem.ts) takes its translation after its headers.
      const translationAt = name === 'HttpProblem' ? 5 : errorClasses.get(name)?.translationAt;
      if (translationAt === undefined || translatedElsewhere.has(name)) return;
      if ((node.arguments?.length ?? 0) <= translationAt) found.push({ file, error: name, message: messageOf(node.arguments?.[name === 'HttpProblem' ? 3 : translationAt - 1]) });
    });
  }
  // A subclass that takes no translation must give its parent one.
  for (const [name, errorClass] of errorClasses) {
    if (errorClass.inherits || errorClass.translationAt !== undefined || translatedElsewhere.has(name)) continue;
    const parentAt = errorClasses.get(errorClass.parent)?.translationAt ?? (errorClass.parent === 'DomainError' ? 1 : undefined);
    const given = errorClass.superCall?.arguments.length ?? 0;
    if (parentAt === undefined || given <= parentAt) found.push({ file: errorClass.file, error: name, message: `super(${messageOf(errorClass.superCall?.arguments[0])}` });
  }
  return found;
})();

/**
 * The errors left in English, each with why (a file ending in / is a folder; error '*' any). HR's alone may stay English (issue 14: HR's screens
 * may); the others are pending in code another engineer owns this session: adding its translation
 * is one argument, `{ key: 'problem.…', values }`, and removes its line here.
 */
const leftInEnglish: ReadonlyArray<Untranslated & { why: string }> = [
  // HR's and admins' alone.
  { file: 'shared/admin/edit-application.ts', error: 'NotFound', message: '`There is no vacancy ${application.vacancy}.`', why: 'HR: PATCH /admin/applications/{id}' },
  { file: 'shared/admin/edit-application.ts', error: 'NothingToOverride', message: "'Nothing to override", why: 'HR: an eligibility override' },
  { file: 'shared/admin/edit-application.ts', error: 'ForbiddenTransition', message: 'verdict.reason', why: 'HR: a status change (the status machine’s reasons)' },
  { file: 'shared/admin/edit-application.ts', error: 'PostsTaken', message: 'postsTakenReason(posts, held)', why: 'HR: an offer on a full vacancy' },
  { file: 'shared/ncb/save-contact.ts', error: 'Conflict', message: '`The NCB contact of ${country}', why: 'admins: PUT /admin/ncb-contacts/{country}' },
  { file: 'shared/vacancies/secondment-rules.ts', error: 'SecondmentRulesBroken', message: 'violations', why: 'HR: a vacancy’s secondment rules' },
  { file: 'shared/offers/make.ts', error: 'SecondmentRulesBroken', message: 'violations', why: 'HR: an offer’s secondment rules' },
  { file: 'shared/secondments/hr-problems.ts', error: 'SecondmentRulesBroken', message: "[{ path: 'months', message }]", why: 'HR: an extension outside the secondment rules' },
  { file: 'shared/vacancies/save-vacancy.ts', error: 'EditConflict', message: '`Vacancy ${current.number} was changed', why: 'HR: saving a vacancy' },
  { file: 'shared/vacancies/save-vacancy.ts', error: 'ForbiddenTransition', message: '', why: 'HR: publishing, a vacancy’s status' },
  { file: 'shared/vacancies/save-vacancy.ts', error: 'Conflict', message: '`Vacancy ${', why: 'HR: a vacancy number taken, posts held' },
  { file: 'shared/vacancies/save-vacancy.ts', error: 'NotFound', message: '`There is no vacancy ${number}.`', why: 'HR: saving a vacancy' },
  { file: 'shared/vacancies/staff-vacancies.ts', error: 'NotFound', message: '`There is no vacancy ${number}.`', why: 'HR: GET /admin/vacancies/{number}, its history' },
  { file: 'functions/admin/vacancies/update-vacancy.ts', error: 'NotFound', message: '`There is no vacancy ${vacancy}.`', why: 'HR: PUT /admin/vacancies/{number}' },
  { file: 'functions/circulars/circular-counts.ts', error: 'NotFound', message: '`There is no vacancy ${path.number}.`', why: 'HR: GET /admin/vacancies/{number}/circular' },
  // The selection panel's: HR and panel members alone, never a candidate or an NCB (docs/selection.md).
  { file: 'shared/selection/', error: '*', message: '', why: 'HR and the panel: panels, marks, ranking, recommendations' },
  // Interviews: HR's slots, invitations and assignments (the candidate's booking, shared/interviews/book.ts, is translated).
  { file: 'shared/interviews/scheduling.ts', error: '*', message: '', why: 'HR: interview slots, invitations, assignments' },
  // Written tests: HR's tests, invitations and results (the candidate's answer, shared/written-tests/answering.ts, is translated).
  { file: 'shared/written-tests/scheduling.ts', error: '*', message: '', why: 'HR: scheduling, correcting, cancelling a written test, inviting to it' },
  { file: 'shared/written-tests/recording.ts', error: '*', message: '', why: 'HR: a written test result, by hand or imported' },
  // Letters: HR's settings, preview, bulk send and close-out (the letters themselves are in the catalogues).
  { file: 'shared/letters/', error: '*', message: '', why: 'HR: letters settings, preview, bulk send, close-out' },
  // The selection report: HR's alone (its reads, its PDF and its sign-off).
  { file: 'shared/selection-report/', error: '*', message: '', why: 'HR: the selection report, its PDF and its sign-off' },
  { file: 'shared/reports/', error: '*', message: '', why: 'HR: the reports (GET /admin/reports*, HR and admins only) and the under-represented list' },
  { file: 'functions/reports/', error: '*', message: '', why: 'HR: the reports export (a table the query checked is always found)' },
  // Offers: HR's making of an offer, its list and the reserve's one action (the candidate's answer and the NCB's confirmation are translated: shared/offers/problems.ts).
  { file: 'shared/offers/make.ts', error: '*', message: '', why: 'HR: making an offer (its terms, the status machine, the posts)' },
  { file: 'shared/offers/listing.ts', error: '*', message: '', why: 'HR: a vacancy’s offers and reserve list' },
  { file: 'shared/offers/reserve-offer.ts', error: '*', message: '', why: 'HR: offering a freed post to the next on the reserve list' },
  // Nominations to the mission: HR's (a sending unit's board, its package); the refusals a staff page shows are translated (shared/nomination/nominate.ts, steps.ts).
  { file: 'shared/nomination/call.ts', error: 'NotFound', message: '`There is no call', why: 'HR: the nominations of a vacancy that names no mission' },
  { file: 'shared/nomination/package.ts', error: '*', message: '', why: 'HR: a package whose CV or release went since the nomination' },
  // The expert roster: HR's alone (its records, their matches to a call, the invitations); the expert reads only the invitation's email.
  { file: 'shared/expert-roster/roster.ts', error: '*', message: '', why: 'HR: adding, editing, removing an expert on the roster' },
  { file: 'shared/expert-roster/invite.ts', error: 'Conflict', message: '`Call ${call.number} no longer takes applications', why: 'HR: inviting experts to a call that closed' },
  // Secondments: HR's refusals (the NCB's, on extensions, are translated: shared/secondments/problems.ts).
  { file: 'shared/secondments/hr-problems.ts', error: '*', message: '', why: 'HR: making a secondment, its signed terms, its documents and end, deciding an extension' },
];

const key = (site: Untranslated) => `${site.file} ${site.error}: ${site.message}`;
const isLeftInEnglish = (site: Untranslated) =>
  leftInEnglish.some((left) => site.file.startsWith(left.file) && (left.error === '*' || left.error === site.error) && site.message.startsWith(left.message));

describe('domain problems a candidate or an NCB reads, in four languages (issue 14, point 1)', () => {
  it('finds the domain error classes and their throw sites (not an empty list)', () => {
    expect([...errorClasses.keys()]).toEqual(expect.arrayContaining(['NotFound', 'Conflict', 'VacancyClosed', 'DocumentRejected', 'PostsTaken', 'EditConflict']));
    expect(errorClasses.get('DocumentRejected')?.translationAt).toBe(2);
    expect(errorClasses.get('NotFound')?.translationAt).toBe(1);
    expect(untranslated.some((site) => site.error === 'HttpProblem')).toBe(false);
  });

  it('gives every domain error a translation, but those listed as HR’s alone or pending in another’s code', () => {
    expect(untranslated.filter((site) => !isLeftInEnglish(site)).map(key)).toEqual([]);
  });

  it('gives each problem message the values its English asks for, no more, no fewer', () => {
    const arguments_ = (elements: MessageFormatElement[], found = new Set<string>()): Set<string> => {
      for (const element of elements) {
        if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
        if (element.type === TYPE.tag) {
          arguments_(element.children, found);
          continue;
        }
        found.add(element.value);
        if (element.type === TYPE.select || element.type === TYPE.plural) for (const option of Object.values(element.options)) arguments_(option.value, found);
      }
      return found;
    };
    const wrong: string[] = [];
    let checked = 0;
    for (const { file, source } of sources) {
      visit(source, (node) => {
        if (!ts.isObjectLiteralExpression(node)) return;
        const named = (name: string) => node.properties.find((one) => one.name?.getText() === name);
        const keyProperty = named('key');
        const keyNode = keyProperty && ts.isPropertyAssignment(keyProperty) ? keyProperty.initializer : undefined;
        if (!keyNode || !ts.isStringLiteral(keyNode) || !keyNode.text.startsWith('problem.')) return;
        const message = (en as Record<string, string>)[keyNode.text];
        if (message === undefined) return void wrong.push(`${file}: no message ${keyNode.text}`);
        const valuesProperty = named('values');
        const values = valuesProperty && ts.isPropertyAssignment(valuesProperty) ? valuesProperty.initializer : undefined;
        // Values built beside (a variable, a spread): the tests of the middleware and of that rule say them.
        if ((valuesProperty && !values) || (values && (!ts.isObjectLiteralExpression(values) || values.properties.some(ts.isSpreadAssignment)))) return;
        const given = new Set(values && ts.isObjectLiteralExpression(values) ? values.properties.map((one) => one.name?.getText() ?? '') : []);
        const asked = arguments_(parse(message));
        checked += 1;
        if ([...given].sort().join() !== [...asked].sort().join()) wrong.push(`${file}: ${keyNode.text} gives ${[...given].join(', ') || 'nothing'}, asks ${[...asked].join(', ') || 'nothing'}`);
      });
    }

    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(25);
  });

  it('would find an error made without its translation: the check above can fail', () => {
    const made = ts.createSourceFile('x.ts', "throw new NotFound('There is no application with this id.');", ts.ScriptTarget.Latest, true);
    let calls = 0;
    visit(made, (node) => {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && errorClasses.has(node.expression.text)) calls += node.arguments?.length ?? 0;
    });

    expect(calls).toBeLessThanOrEqual(errorClasses.get('NotFound')?.translationAt ?? 0);
  });
});
