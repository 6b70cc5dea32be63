/**
 * <research-group> with its group code on demand (src/elements/research-group/group-code.ts): the
 * class defined without `research-group.define.js`, as the all-in-one file does, has no group code
 * until a group is given; a group value then stays quietly pending (no skeleton, aria-busy) while
 * the code loads, and renders. `research-group.define.js` registers the code
 * statically: test/elements/research-group.define.test.ts.
 */
import { expect } from '@open-wc/testing';
import { ResearchGroup } from '../../src/elements/research-group/research-group.js';
import { groupReader } from '../../src/elements/research-group/group-code.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { renderGroupValue } from './research-group.helpers.js';

ResearchGroup.define();

describe('<research-group> loads its group code on demand when defined from the class alone', () => {
  it('a group value: no group code before, quiet while it loads, then the group; no request for data', async () => {
    expect(groupReader.current, 'group code before').to.equal(undefined);
    const net = fakeFetch({});
    try {
      const frames = await renderGroupValue();
      expect(groupReader.current, 'group code after').to.not.equal(undefined);
      expect(frames.length, 'renders').to.be.greaterThan(1);
      expect(frames[0], 'first frame').to.deep.include({ loading: false, cards: 0, busy: true });
      expect(frames.some((f) => f.loading), 'a skeleton at any point').to.equal(false);
      expect(frames.at(-1)!.cards, 'member cards').to.equal(2);
      expect(net.calls, 'requests for data').to.deep.equal([]);
    } finally {
      net.restore();
    }
  });
});
