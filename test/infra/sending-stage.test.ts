import { beforeAll, describe, expect, it } from 'vitest';
import { variablesFor } from '#functions/config.js';
import { stageProfile } from '#functions/profile.js';
import { routes, schedules, type Route } from '#functions/routes.js';
import { environmentBytes, LAMBDA_ENVIRONMENT_LIMIT, UNRESOLVED_VALUE_BYTES } from '#infra/aws/constructs/environment-size.js';
import { loadStage, stageSettings, StageError, type StageSettings } from '#infra/aws/stages.js';
import { exampleUnitForces } from '#infra/example-unit/forces.js';
import { formatForces, type Force } from '#shared/profiles/forces.js';
import { feedbackFixture, submitRoute } from './fixtures.js';
import { functionIn, routeFunctionLogicalId, synth, type CfnResource, type Synthesized } from './synth.js';

/** dev's settings with another organisation. */
const devAs = (organisation: unknown): StageSettings => ({ ...stageSettings, dev: { ...stageSettings.dev, organisation } as StageSettings['dev'] });

const variablesOf = (resource: CfnResource | undefined): Record<string, unknown> =>
  (resource?.Properties?.Environment as { Variables: Record<string, unknown> } | undefined)?.Variables ?? {};

/** Every Lambda function of the stack and its nested stacks, by logical id, with its variables. */
const functionsOf = (synthesized: Synthesized): Array<[string, Record<string, unknown>]> =>
  synthesized.stacks.flatMap(({ template }) =>
    Object.entries(template.findResources('AWS::Lambda::Function') as Record<string, CfnResource>).map(([id, fn]) => [id, variablesOf(fn)] as [string, Record<string, unknown>]),
  );

/** The template with the profile's two variables taken out of every function. */
const withoutProfileVariables = (synthesized: Synthesized): unknown[] =>
  synthesized.stacks.map(({ template }) => {
    // toJSON hands out the template's own object: a copy, so other tests read it whole.
    const json = structuredClone(template.toJSON()) as { Resources: Record<string, CfnResource> };
    for (const resource of Object.values(json.Resources)) {
      const variables = variablesOf(resource);
      delete variables.ORGANISATION_PROFILE;
      delete variables.RELEASING_FORCES;
      // A nested stack's template file is named by its content's hash: the jobs' differs by those
      // variables alone, and each nested template is compared itself (`stacks` holds them).
      if (resource.Type === 'AWS::CloudFormation::Stack') delete (resource.Properties as { TemplateURL?: unknown }).TemplateURL;
    }
    return json;
  });

describe('choosing a sending stage', () => {
  it('makes dev the example sending unit on `-c profile=sending`, with its 48 forces', () => {
    const stage = loadStage('dev', {}, stageSettings, 'sending');

    expect(stage.organisation).toEqual({ profile: 'sending', forces: exampleUnitForces });
    expect(exampleUnitForces).toHaveLength(48);
  });

  it('keeps every stage receiving when no profile is given, and dev on `-c profile=receiving`', () => {
    const profiles = [loadStage('dev', {}), loadStage('staging', {}), loadStage('prod', {}), loadStage('dev', {}, stageSettings, 'receiving')].map(
      (stage) => stage.organisation.profile,
    );

    expect(profiles).toEqual(['receiving', 'receiving', 'receiving', 'receiving']);
  });

  it('refuses `-c profile` on staging and prod, which deploy as their settings say, and an unknown profile', () => {
    const onProd = () => loadStage('prod', {}, stageSettings, 'sending');
    const unknown = () => loadStage('dev', {}, stageSettings, 'national');

    expect(onProd).toThrow(StageError);
    expect(onProd).toThrow('-c profile is for dev only: prod deploys as its settings say; set stageSettings.prod.organisation in infra/aws/stages.ts.');
    expect(unknown).toThrow('Unknown profile "national": pass -c profile=<receiving | sending>');
  });

  it('deploys a stage as a sending unit from its settings alone', () => {
    const forces: Force[] = [
      { id: 'met', name: 'Metropolitan Police Service' },
      { id: 'kent', name: 'Kent Police' },
    ];

    const stage = loadStage('dev', {}, devAs({ profile: 'sending', forces }));

    expect(stage.organisation).toEqual({ profile: 'sending', forces });
  });

  it('refuses a sending unit with no forces, naming the setting and showing its shape', () => {
    const none = () => loadStage('dev', {}, devAs({ profile: 'sending', forces: [] }));
    const missing = () => loadStage('dev', {}, devAs({ profile: 'sending' }));

    expect(none).toThrow(StageError);
    expect(none).toThrow(/stage "dev": organisation\.forces: A sending unit names at least one force\..*stageSettings\.dev\.organisation/);
    expect(missing).toThrow(/stage "dev": organisation\.forces: .*forces: \[\{ id: 'met', name: 'Metropolitan Police Service' \}/);
  });

  it('refuses a force id given twice', () => {
    const twice = () =>
      loadStage(
        'dev',
        {},
        devAs({
          profile: 'sending',
          forces: [
            { id: 'met', name: 'Metropolitan Police Service' },
            { id: 'met', name: 'Met Police' },
          ],
        }),
      );

    expect(twice).toThrow(/stage "dev": organisation\.forces: Each force id once\./);
  });

  it('refuses forces longer than the functions read back (RELEASING_FORCES), before any function would fail at start-up', () => {
    const forces = Array.from({ length: 40 }, (_, i) => ({ id: `force-${i}`, name: `The Constabulary of a Rather Long County Name Number ${i} and District` }));

    const act = () => loadStage('dev', {}, devAs({ profile: 'sending', forces }));

    expect(formatForces(forces).length).toBeGreaterThan(3000);
    expect(act).toThrow(/stage "dev": organisation\.forces, as the functions would read them: .*RELEASING_FORCES/);
  });
});

const allRoutes: readonly Route[] = [...routes, submitRoute];

describe('a sending dev stage, synthesized (`cdk synth -c stage=dev -c profile=sending`)', () => {
  let sending: Synthesized;
  let receiving: Synthesized;

  beforeAll(() => {
    sending = synth('dev', { profile: 'sending', routes: allRoutes, schedules, emailFeedback: feedbackFixture });
    receiving = synth('dev', { routes: allRoutes, schedules, emailFeedback: feedbackFixture });
  });

  it.each(allRoutes.map((route) => [route.name, route]))('gives %s the profile and the forces, and exactly the variables variablesFor names for a sending stage', (_name, route) => {
    const { stack, template } = sending;

    const variables = variablesOf(template.toJSON().Resources[routeFunctionLogicalId(stack, route)] as CfnResource);

    expect(Object.keys(variables).sort()).toEqual([...variablesFor(route.uses, 'sending'), 'NODE_OPTIONS'].sort());
    expect(variables).toMatchObject({ ORGANISATION_PROFILE: 'sending', RELEASING_FORCES: formatForces(exampleUnitForces) });
  });

  it.each(schedules.map((job) => [job.name, job]))('gives job %s the profile and the forces too', (_name, job) => {
    const { template, id } = functionIn(sending, `${job.name}-job`);

    const variables = variablesOf(template.toJSON().Resources[id] as CfnResource);

    expect(Object.keys(variables).sort()).toEqual([...variablesFor(job.uses, 'sending'), 'NODE_OPTIONS'].sort());
    expect(variables.ORGANISATION_PROFILE).toBe('sending');
  });

  it('hands the functions forces they read back as the stage lists them', () => {
    const variables = variablesOf(sending.template.toJSON().Resources[routeFunctionLogicalId(sending.stack, submitRoute)] as CfnResource);

    const profile = stageProfile(variables as Record<string, string>);

    expect(profile.name).toBe('sending');
    expect(profile.forces).toEqual(exampleUnitForces);
  });

  it('differs from the receiving dev stack only in the functions’ profile variables', () => {
    const receivingFunctions = functionsOf(receiving).filter(([, variables]) => 'ORGANISATION_PROFILE' in variables);

    expect(withoutProfileVariables(sending)).toEqual(withoutProfileVariables(receiving));
    expect(receivingFunctions.length).toBeGreaterThan(30);
    expect(receivingFunctions.every(([, variables]) => variables.ORGANISATION_PROFILE === 'receiving' && !('RELEASING_FORCES' in variables))).toBe(true);
  });

  it('keeps every function within Lambda’s 4 KB of variables with a country’s 48 forces, counting each deploy-time value at 255 bytes', () => {
    // A Ref or GetAtt in the template is a value known at deploy: counted as the check counts it.
    const atMost = (variables: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, typeof value === 'string' ? value : 'x'.repeat(UNRESOLVED_VALUE_BYTES)]));
    const sizes = functionsOf(sending).map(([id, variables]) => [id, environmentBytes(atMost(variables))] as const);
    const [largestId, largest] = [...sizes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];

    console.info(`largest environment: ${largestId}, at most ${largest} bytes of ${LAMBDA_ENVIRONMENT_LIMIT}; the forces take ${formatForces(exampleUnitForces).length}`);
    expect(largest).toBeGreaterThan(formatForces(exampleUnitForces).length);
    expect(largest).toBeLessThanOrEqual(LAMBDA_ENVIRONMENT_LIMIT);
  });
});

describe('a stage whose functions’ variables would exceed Lambda’s 4 KB', () => {
  it('fails synth, naming the function, its size and the forces as the largest variable', () => {
    // Under the 3000 characters the functions read back, but with a function that uses everything the stack binds.
    const forces = Array.from({ length: 44 }, (_, i) => ({ id: `force-number-${String(i).padStart(2, '0')}`, name: `Constabulary of a Long County Name ${String(i).padStart(2, '0')}` }));
    const everything: Route = { ...submitRoute, name: 'everythingFixture', path: '/fixtures/everything', uses: { ...submitRoute.uses, uploads: true, staffSignIn: true, settings: ['reminders', 'hrDigest', 'retention', 'calendar', 'endings', 'letters'] } };

    const act = () => synth('dev', { routes: [everything], schedules: [], emailFeedback: feedbackFixture, settings: devAs({ profile: 'sending', forces }) });

    expect(formatForces(forces).length).toBeLessThanOrEqual(3000);
    expect(act).toThrow(/PublicRoutesWritesTableWritesDocumentsSendsEmailServesUploadPagesSignsInStaff.*: its environment variables would take up to \d{4} bytes, over Lambda's limit of 4096; the largest is RELEASING_FORCES \(\d+ characters\)\. List fewer forces, or shorter ids and names, in the stage's organisation\.forces \(infra\/aws\/stages\.ts\)\./);
  });
});
