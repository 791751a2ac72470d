// The pure parts of deploy-serving: the traffic split, environment variables, the comparison that
// makes a re-run a no-op, and the smoke test's expected-answer check.
import { InputError } from '../../../shared/errors';
import type { ServingEndpointDetailed } from '../../../shared/databricks/serving';
import {
  currentConfig,
  desiredConfig,
  mergeShares,
  sameConfig,
  trafficText,
} from '../../../shared/capabilities/deploy-serving/config';
import {
  parseEnvironmentVars,
  parseTraffic,
} from '../../../shared/capabilities/deploy-serving/settings';
import { mismatch } from '../../../shared/capabilities/deploy-serving/smoke';

const entity = {
  modelName: 'prod.ml.churn',
  workloadSize: 'Small',
  scaleToZero: true,
  environmentVars: {},
};

describe('parseTraffic', () => {
  test('aliases keep their names, versions become version-N', () => {
    expect(parseTraffic('champion=90, 7=10')).toEqual([
      { name: 'champion', ref: { kind: 'alias', alias: 'champion' }, percent: 90 },
      { name: 'version-7', ref: { kind: 'version', version: '7' }, percent: 10 },
    ]);
    expect(parseTraffic('champion=100\n')).toHaveLength(1);
  });
  test.each([
    ['champion=90,challenger=20', /adds up to 110 percent/],
    ['champion=50', /adds up to 50 percent/],
    ['champion', /not key=percent/],
    ['champion=-1,challenger=101', /gives 'champion' -1 percent/],
    ['champion=50.5,challenger=49.5', /50\.5 percent, which is not a whole number/],
    ['latest=100', /'latest'.*neither/],
    ['bad alias!=100', /not key=percent/],
    ['b@d=100', /'b@d', which is neither/],
    ['a=50,A=50', /names 'A' twice/],
  ])('%s is refused', (text, message) => {
    expect(() => parseTraffic(text)).toThrow(InputError);
    expect(() => parseTraffic(text)).toThrow(message);
  });
});

describe('parseEnvironmentVars', () => {
  test('plain values and secret references pass', () => {
    expect(
      parseEnvironmentVars(['LOG_LEVEL=info', 'DB_PASSWORD={{secrets/ml/db}}', 'URL=a=b']),
    ).toEqual({ LOG_LEVEL: 'info', DB_PASSWORD: '{{secrets/ml/db}}', URL: 'a=b' });
  });
  test.each([
    ['DB_PASSWORD=hunter2'],
    ['OPENAI_API_KEY=sk-abcdefghijklmnopqrstuvwx'],
    ['ENDPOINT_CONF=dapi0123456789abcdef0123456789abcdef'],
    ['CERT=-----BEGIN RSA PRIVATE KEY-----'],
    ['TOKEN={{secrets/only-scope}}'],
  ])('%s is refused without showing the value', (line) => {
    let message = '';
    try {
      parseEnvironmentVars([line]);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(
      /looks like a secret \(the value is not shown\).*\{\{secrets\/<scope>\/<key>\}\}/,
    );
    expect(message).not.toContain(line.slice(line.indexOf('=') + 1));
  });
  test('a line without a name is refused', () => {
    expect(() => parseEnvironmentVars(['=x'])).toThrow(/not NAME=value/);
    expect(() => parseEnvironmentVars(['A=1', 'A=2'])).toThrow(/sets A twice/);
  });
});

describe('the comparison that makes a re-run a no-op', () => {
  const shares = [
    { name: 'champion', version: '7', percent: 90, from: '@champion' },
    { name: 'challenger', version: '8', percent: 10, from: '@challenger' },
  ];
  const desired = desiredConfig(shares, entity);
  /** What GET answers for that config: state, creator, routes in another order. */
  const served = {
    name: 'ep',
    config: {
      config_version: 3,
      served_entities: [...desired.served_entities]
        .reverse()
        .map((e) => ({ ...e, creator: 'u', state: { deployment: 'DEPLOYMENT_READY' } })),
      traffic_config: { routes: [...(desired.traffic_config?.routes ?? [])].reverse() },
    },
  };
  test('the same entities and routes in any order are the same config', () => {
    expect(sameConfig(desired, currentConfig(served))).toBe(true);
  });
  test('another split, version, size, scale-to-zero or variable is a change', () => {
    const other = (change: Partial<typeof entity>, s = shares) =>
      sameConfig(desiredConfig(s, { ...entity, ...change }), currentConfig(served));
    expect(
      other({}, [
        { ...shares[0], percent: 80 },
        { ...shares[1], percent: 20 },
      ]),
    ).toBe(false);
    expect(other({}, [shares[0], { ...shares[1], version: '9' }])).toBe(false);
    expect(other({ workloadSize: 'Medium' })).toBe(false);
    expect(other({ scaleToZero: false })).toBe(false);
    expect(other({ environmentVars: { A: '1' } })).toBe(false);
    expect(sameConfig(desired, undefined)).toBe(false);
  });
  test('the legacy served_models shape is read too', () => {
    // As an old endpoint answers: not the typed shape, hence the cast.
    const answer = {
      name: 'ep',
      config: {
        served_models: [{ name: 'champion', model_name: 'prod.ml.churn', model_version: 7 }],
        traffic_config: { routes: [{ served_model_name: 'champion', traffic_percentage: 100 }] },
      },
    };
    const legacy = currentConfig(answer as unknown as ServingEndpointDetailed);
    expect(legacy?.served_entities[0]).toEqual({
      name: 'champion',
      entity_name: 'prod.ml.churn',
      entity_version: '7',
    });
    expect(trafficText(legacy)).toBe('champion=100');
  });
  test('shares on one version merge under the first name', () => {
    const { merged, notes } = mergeShares([shares[0], { ...shares[1], version: '7' }]);
    expect(merged).toEqual([{ ...shares[0], percent: 100 }]);
    expect(notes[0]).toMatch(/@challenger is version 7, like @champion/);
  });
});

describe('the expected-answer check', () => {
  test('a subset of the answer matches; lists match in length and order', () => {
    expect(mismatch({ predictions: [3] }, { predictions: [3], extra: 1 })).toBeUndefined();
    expect(mismatch({ predictions: [3] }, { predictions: [3, 4] })).toBe(
      '$.predictions has 2 items, expected 1',
    );
    expect(mismatch({ predictions: [3] }, { predictions: [4] })).toBe(
      '$.predictions[0] is 4, expected 3',
    );
    expect(mismatch({ p: { a: 1 } }, { p: {} })).toBe('$.p.a is missing');
    expect(mismatch({ p: 'x' }, {})).toBe('$.p is missing');
  });
});
