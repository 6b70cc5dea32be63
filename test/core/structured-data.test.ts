import { expect } from '@open-wc/testing';
import { POLICY_NAME, writeStructuredData } from '../../src/core/structured-data.js';

interface Shared {
  policy: { createScript(text: string): unknown } | null;
}

describe('writeStructuredData and the researcher-elements Trusted Types policy', () => {
  it('writes JSON-LD through the policy, which refuses any text the library did not just produce', () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      writeStructuredData(host, 'data-test', { '@type': 'Person', name: 'Ann </script><script>alert(1)</script>' });
      const script = host.querySelector('script[data-test]')!;
      expect(script.getAttribute('type')).to.equal('application/ld+json');
      expect(JSON.parse(script.textContent!)).to.deep.equal({ '@type': 'Person', name: 'Ann </script><script>alert(1)</script>' });
      expect(script.textContent).to.not.include('<');
      const shared = (globalThis as unknown as Record<symbol, Shared>)[Symbol.for('researcher-elements.trusted-types')]!;
      expect(POLICY_NAME).to.equal('researcher-elements');
      expect(shared.policy).to.not.equal(null);
      expect(() => shared.policy!.createScript('alert(1)')).to.throw(TypeError, 'only passes the JSON-LD the library produced itself');
      writeStructuredData(host, 'data-test', { name: 'Bo' });
      expect(host.querySelectorAll('script').length).to.equal(1);
      expect(JSON.parse(host.querySelector('script')!.textContent!)).to.deep.equal({ name: 'Bo' });
      writeStructuredData(host, 'data-test', null);
      expect(host.querySelector('script')).to.equal(null);
    } finally {
      host.remove();
    }
  });
});
