/**
 * `research-group.define.js` holds the group code statically (every <research-group> needs it):
 * a group value renders in the element's first update, with no loading state and no request.
 * The on-demand path (the all-in-one file): test/elements/research-group.on-demand.test.ts.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/research-group/research-group.define.js';
import { groupReader } from '../../src/elements/research-group/group-code.js';
import { renderGroupValue } from './research-group.helpers.js';

describe('research-group.define.js registers the group code statically', () => {
  it('a group value renders in the first update', async () => {
    expect(groupReader.current, 'group code registered by the define module').to.not.equal(undefined);
    const frames = await renderGroupValue();
    expect(frames[0], 'first frame').to.deep.include({ loading: false, cards: 2, busy: false });
  });
});
