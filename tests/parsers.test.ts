import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describeProblem } from '../src/shell/config/attribute-messages.js';
import { ATTRIBUTES, parseAttributes, type AttributeName } from '../src/shell/config/attributes.js';
import { parseConsentRecord } from '../src/shell/consent/consent-record.js';
import { defaultDistrict } from '../src/shell/district/index.js';
import { ForecastError, parseForecast, parseRetryAfter } from '../src/forecast/open-meteo/client.js';
import { RetryPolicy } from '../src/forecast/retry-policy.js';
import { sampleForecast } from './mocks/open-meteo.js';

// The documented defaults (README "Attributes").
const DEFAULTS = { days: 5, headingLevel: 2, timeout: 10 };

// Generated hostile input thrown at every parser: each value either becomes a valid value or is
// rejected with an error that names what was wrong. Nothing else may happen.

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/x',
    '1e1',
    '5e0',
    '0x7',
    'NaN',
    'Infinity',
    '-Infinity',
    '-0',
    ' 5 ',
    '5.0',
    '+5',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '\u0000',
    '',
    ' ',
    'x'.repeat(5000),
    'coesfeld\u200b',
    'none',
    'external',
    'klaro:',
    'klaro:open-meteo',
    'klaro: open-meteo',
    'Klaro:open-meteo',
    'on',
    'off',
    'OFF',
    '/wetter-api/open-meteo',
    '/wetter-api/open-meteo/',
    '/',
    'http://api.example',
    'https://api.example/x',
    'https://api.example:8443/',
    '/\\evil.example',
  ),
);

const attributeValues = fc.record(
  Object.fromEntries(ATTRIBUTES.map((name) => [name, fc.option(hostileText, { nil: null })])) as Record<
    AttributeName,
    fc.Arbitrary<string | null>
  >,
);

describe('attribute parsing under generated input', () => {
  it('yields valid values or warnings that name the attribute and its value', () => {
    fc.assert(
      fc.property(attributeValues, (raw) => {
        const warnings: { attribute: string; message: string }[] = [];
        const config = parseAttributes(
          (name) => raw[name],
          defaultDistrict,
          (problem) => warnings.push({ attribute: problem.attribute, message: describeProblem(problem) }),
        );

        expect(defaultDistrict.municipalities.map((m) => m.id)).to.include(config.gemeinde);
        expect(Number.isInteger(config.days) && config.days >= 1 && config.days <= 7).to.equal(true);
        expect(Number.isInteger(config.headingLevel) && config.headingLevel >= 1 && config.headingLevel <= 5).to.equal(
          true,
        );
        // The consent settings fail closed: a bad value is null (no decision counts), never the default.
        if (config.consentMaxAge !== null)
          expect(
            Number.isInteger(config.consentMaxAge) && config.consentMaxAge >= 1 && config.consentMaxAge <= 730,
          ).to.equal(true);
        if (config.consentVersion !== null) expect(config.consentVersion).to.match(/^[\w.:+-]{1,64}$/);
        expect(Number.isInteger(config.timeout) && config.timeout >= 1 && config.timeout <= 60).to.equal(true);
        if (config.privacyUrl !== null) expect(new URL(config.privacyUrl).protocol).to.be.oneOf(['http:', 'https:']);
        expect(config.latitude === null).to.equal(config.longitude === null);
        // Where the decision lives: a known form or null (fails closed); "none" only where no
        // service is a third party (both through the site's own paths).
        if (config.consentSource !== null)
          expect(config.consentSource).to.match(
            /^(builtin|external|none|(klaro|cookieconsent|usercentrics|cookiebot|borlabs|ccm19):\S.*)$/s,
          );
        const ownPath = (base: string | null) => base !== null && base.startsWith('/') && !base.startsWith('//');
        if (config.consentSource === 'none')
          expect(ownPath(config.forecastApi) && (config.warnings === 'off' || ownPath(config.warningsApi))).to.equal(
            true,
          );
        expect(config.warnings).to.be.oneOf(['on', 'off']);
        for (const base of [config.forecastApi, config.warningsApi])
          if (base !== null) expect(ownPath(base) || new URL(base).protocol === 'https:', base).to.equal(true);
        if (config.latitude !== null)
          expect(Math.abs(config.latitude) <= 90 && Math.abs(config.longitude!) <= 180).to.equal(true);

        // Every warning names its attribute and quotes the value (or says it is missing).
        for (const w of warnings)
          expect(w.message).to.satisfy(
            (m: string) => m.includes(`${w.attribute}="`) || m.includes(`${w.attribute} is missing`),
          );
        // Each attribute given is either taken as written or warned about, and then defaulted (or, for consent, null).
        const warned = (name: AttributeName) =>
          warnings.some((w) => w.attribute === name && w.message.includes(`${name}="`));
        const outcome: [AttributeName, boolean, boolean][] = [
          ['days', config.days === DEFAULTS.days, config.days === Number(raw.days)],
          [
            'heading-level',
            config.headingLevel === DEFAULTS.headingLevel,
            config.headingLevel === Number(raw['heading-level']),
          ],
          ['consent-max-age', config.consentMaxAge === null, config.consentMaxAge === Number(raw['consent-max-age'])],
          ['timeout', config.timeout === DEFAULTS.timeout, config.timeout === Number(raw.timeout)],
          ['privacy-url', config.privacyUrl === null, config.privacyUrl !== null],
          ['consent-version', config.consentVersion === null, config.consentVersion === raw['consent-version']?.trim()],
          [
            'gemeinde',
            config.gemeinde === defaultDistrict.defaultMunicipality,
            config.gemeinde === raw.gemeinde?.trim().toLowerCase(),
          ],
          // A bad consent-source fails closed; a bad warnings value means off (nothing more is sent).
          ['consent-source', config.consentSource === null, config.consentSource === raw['consent-source']?.trim()],
          ['warnings', config.warnings === 'off', config.warnings === raw.warnings?.trim()],
          [
            'forecast-api',
            config.forecastApi === null,
            config.forecastApi === raw['forecast-api']?.trim().replace(/\/+$/, ''),
          ],
          [
            'warnings-api',
            config.warningsApi === null,
            config.warningsApi === raw['warnings-api']?.trim().replace(/\/+$/, ''),
          ],
        ];
        for (const [name, defaulted, takenAsWritten] of outcome) {
          if (raw[name] === null) continue;
          const detail = `${name}=${JSON.stringify(raw[name])}`;
          if (warned(name)) expect(defaulted, detail).to.equal(true);
          else expect(takenAsWritten, detail).to.equal(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('provider answers under generated input', () => {
  const isNamedRejection = (error: unknown) =>
    error instanceof ForecastError && error.kind === 'invalid-response' && error.message.length > 0;

  function checkForecast(body: unknown) {
    let forecast;
    try {
      forecast = parseForecast(body);
    } catch (error) {
      expect(isNamedRejection(error), String(error)).to.equal(true);
      return;
    }
    expect(forecast.days.length).to.be.within(1, 16);
    for (const day of forecast.days) {
      expect(day.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
      for (const n of [day.weatherCode, day.temperatureMax, day.temperatureMin, day.precipitationProbability]) {
        expect(Number.isFinite(n), JSON.stringify(day)).to.equal(true);
      }
      expect(day.precipitationProbability).to.be.within(0, 100);
    }
    if (forecast.current) expect(Number.isFinite(forecast.current.temperature)).to.equal(true);
  }

  it('arbitrary JSON is rejected with a named error', () => {
    fc.assert(fc.property(fc.jsonValue(), checkForecast), { numRuns: 300 });
  });

  it('the sample with any one field replaced parses or is rejected with a named error', () => {
    const sample = sampleForecast() as unknown as Record<string, Record<string, unknown>>;
    const paths: [string, string][] = [];
    for (const section of ['current', 'daily', 'daily_units', 'current_units']) {
      for (const key of Object.keys(sample[section]!)) paths.push([section, key]);
    }
    const replacement = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(null, NaN, Infinity, -1e308, '°F', [], {}, [null, null], '<script>alert(1)</script>'),
      fc.array(fc.oneof(fc.double(), fc.constant(null), fc.string()), { maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), replacement, ([section, key], value) => {
        const body = sampleForecast() as unknown as Record<string, Record<string, unknown>>;
        body[section]![key] = value;
        checkForecast(body);
      }),
      { numRuns: 400 },
    );
  });

  it('the untouched sample parses into seven days', () => {
    expect(parseForecast(sampleForecast()).days).to.have.length(7);
  });
});

describe('stored consent records under generated input', () => {
  it('only well-formed records are taken', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const record = parseConsentRecord(value);
        if (record === null) return;
        expect(typeof record.granted).to.equal('boolean');
        expect(record.version.length).to.be.within(1, 64);
        expect(Number.isFinite(record.decidedAt) && record.decidedAt > 0).to.equal(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Retry-After and the retry policy', () => {
  const now = Date.parse('2026-11-24T13:20:00Z');

  it('reads Retry-After as seconds or as an HTTP date, and nothing else', () => {
    expect(parseRetryAfter('7', now)).to.equal(7);
    expect(parseRetryAfter(' 120 ', now)).to.equal(120);
    expect(parseRetryAfter('Tue, 24 Nov 2026 13:20:30 GMT', now)).to.equal(30);
    // A date already past means "now", not a negative wait.
    expect(parseRetryAfter('Tue, 24 Nov 2026 13:00:00 GMT', now)).to.equal(0);
    for (const unreadable of [null, '', 'soon', '-5', '1e3', '12.5'])
      expect(parseRetryAfter(unreadable, now), String(unreadable)).to.equal(undefined);
  });

  it('waits for a 429 between 1 s and 2 minutes, three times in a row at most; a success starts afresh', () => {
    const policy = new RetryPolicy();
    const busy = (seconds: number | undefined) => ({
      kind: 'rate-limited' as const,
      retryAfterSeconds: seconds,
      message: '',
    });
    expect(policy.next(busy(0))).to.equal(1);
    expect(policy.next(busy(30))).to.equal(30);
    expect(policy.next(busy(5))).to.equal(5);
    expect(policy.next(busy(5))).to.equal(undefined); // the fourth: the visitor decides
    policy.succeeded();
    expect(policy.next(busy(121))).to.equal(undefined); // too long to wait on the visitor's behalf
    expect(policy.next(busy(undefined))).to.equal(undefined); // no Retry-After: no countdown
    expect(policy.next({ kind: 'http', status: 503, message: '' })).to.equal(undefined); // only 429
  });
});
