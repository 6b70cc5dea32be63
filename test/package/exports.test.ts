/**
 * What the package root (`researcher-elements`) and the data API (`researcher-elements/data.js`)
 * export: the root has the element classes, events, types and the localisation API, and no
 * internals; loading profiles is the data API's.
 */
import { expect } from '@open-wc/testing';
import * as root from '../../src/index.js';
import * as data from '../../src/data/index.js';

describe('package exports', () => {
  it('the root exports the element classes, the events and the localisation API', () => {
    for (const name of ['ResearcherProfile', 'ResearcherCard', 'TrustBadge', 'PublicationList', 'CollabGraph', 'ProfileElement']) {
      expect(root, name).to.have.property(name).that.is.a('function');
    }
    for (const name of ['ProfileLoadEvent', 'ProfileErrorEvent', 'FollowRequestEvent', 'ClaimRequestEvent', 'WorkSelectEvent', 'NodeSelectEvent']) {
      expect(root, name).to.have.property(name).that.is.a('function');
    }
    for (const name of ['registerMessages', 'msg', 'messageLanguage']) expect(root, name).to.have.property(name).that.is.a('function');
  });

  it('the root re-exports nothing internal and not the data layer', () => {
    const internals = [
      'cleanText',
      'toBibtex',
      'toPlainCitation',
      'bibKeys',
      'buildGraph',
      'graphFromData',
      'parseKinds',
      'parseTrustAttributes',
      'safeUrl',
      'safeImageUrl',
      'openLink',
      'defineElement',
      'addBuiltinMessages',
      'loadProfile',
      'validateProfile',
      'profileFromObject',
      'registerFormat',
    ];
    for (const name of internals) expect(root, name).to.not.have.property(name);
  });

  it('the data API has loading, validation and formats', () => {
    for (const name of ['loadProfile', 'clearProfileCache', 'validateProfile', 'profileFromObject', 'registerFormat', 'ProfileLoadError']) {
      expect(data, name).to.have.property(name).that.is.a('function');
    }
  });
});
