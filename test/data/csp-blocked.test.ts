/**
 * A request the page's Content Security Policy blocks (issue 13, item 4): not retried, and the
 * error names the connect-src entry to add. This file's page gets a `connect-src` policy through
 * a meta element (each test file runs in its own page, so no other test sees it).
 */
import { expect } from '@open-wc/testing';
import { clearProfileCache, loadProfile } from '../../src/data/load.js';
import type { ProfileLoadError } from '../../src/data/errors.js';

describe('a request blocked by CSP connect-src', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    // The test runner's own connections stay allowed.
    meta.content = "connect-src 'self' ws: wss: http://localhost:* http://127.0.0.1:*";
    document.head.append(meta);
  });
  afterEach(() => clearProfileCache());

  it('is not retried and says what to add to connect-src', async () => {
    const original = window.fetch;
    let calls = 0;
    const violations: string[] = [];
    const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(e.effectiveDirective);
    document.addEventListener('securitypolicyviolation', onViolation);
    window.fetch = ((...args: Parameters<typeof fetch>) => {
      calls++;
      return original(...args);
    }) as typeof fetch;
    try {
      let err: ProfileLoadError | undefined;
      try {
        await loadProfile('https://api.openalex.org/authors/A5023888391');
      } catch (e) {
        err = e as ProfileLoadError;
      }
      expect(violations, 'the policy applies to this page').to.include('connect-src');
      expect(calls).to.equal(1);
      expect(err?.options.cause).to.equal('blocked');
      expect(err?.message).to.equal(
        "The OpenAlex author A5023888391 was blocked by this page's Content Security Policy: add https://api.openalex.org to its connect-src.",
      );
    } finally {
      window.fetch = original;
      document.removeEventListener('securitypolicyviolation', onViolation);
    }
  });
});
