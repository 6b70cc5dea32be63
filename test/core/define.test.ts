import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import { ResearcherProfile } from '../../src/elements/researcher-profile/researcher-profile.js';

describe('guarded registration', () => {
  it('defining twice throws nothing and keeps the first class', () => {
    ResearcherProfile.define();
    expect(() => ResearcherProfile.define()).to.not.throw();
    expect(customElements.get('researcher-profile')).to.equal(ResearcherProfile);
  });

  it('a second copy of the same version is silently ignored', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      class Copy extends LitElement {
        static readonly version = VERSION;
      }
      defineElement('researcher-profile', Copy);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('another version already registered gets a console warning naming both versions', () => {
    class Old extends LitElement {
      static readonly version = '0.0.1-old';
    }
    defineElement('re-define-test', Old);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      class New extends LitElement {
        static readonly version = '9.9.9-new';
      }
      expect(() => defineElement('re-define-test', New)).to.not.throw();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('0.0.1-old').and.include('9.9.9-new').and.include('<re-define-test>');
  });

  it('a custom registry and tag can be used', () => {
    const registry = new CustomElementRegistry();
    ResearcherProfile.define('my-profile', registry);
    expect(registry.get('my-profile')).to.equal(ResearcherProfile);
  });

  it('VERSION matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
