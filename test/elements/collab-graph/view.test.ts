/**
 * The view transform of <collab-graph> on its own: zooming keeps the point under the pointer,
 * a resize keeps the middle, a pinch keeps the world point under the fingers, and Fit shows every
 * node inside the padding.
 */
import { expect } from '@open-wc/testing';
import { ViewTransform, MAX_K, MIN_K } from '../../../src/elements/collab-graph/view.js';
import type { GraphNode } from '../../../src/elements/collab-graph/graph-model.js';

const node = (x: number, y: number, r = 5) => ({ x, y, r }) as GraphNode;

describe('collab-graph ViewTransform', () => {
  it('zooming about a screen point keeps the world point under it, within the zoom limits', () => {
    const v = new ViewTransform();
    v.resize(400, 300);
    const before = v.toWorld(120, 80);
    v.zoomAt(2.5, 120, 80);
    expect(v.toWorld(120, 80)[0]).to.be.closeTo(before[0], 1e-9);
    expect(v.toWorld(120, 80)[1]).to.be.closeTo(before[1], 1e-9);
    expect(v.autoFit, 'a zoom stops the automatic fit').to.equal(false);
    for (let i = 0; i < 40; i++) v.zoomBy(2);
    expect(v.k).to.equal(MAX_K);
    for (let i = 0; i < 80; i++) v.zoomBy(0.5);
    expect(v.k).to.equal(MIN_K);
  });

  it('a resize keeps the world point in the middle of the canvas in the middle', () => {
    const v = new ViewTransform();
    v.resize(400, 300);
    v.zoomAt(1.7, 30, 40);
    const middle = v.toWorld(200, 150);
    v.resize(640, 200);
    const [x, y] = v.toWorld(320, 100);
    expect(x).to.be.closeTo(middle[0], 1e-9);
    expect(y).to.be.closeTo(middle[1], 1e-9);
  });

  it('a pinch keeps the world point under the first midpoint under the fingers', () => {
    const v = new ViewTransform();
    v.resize(400, 300);
    const start = v.snapshot();
    const world = v.toWorld(100, 100);
    v.pinch(start, [100, 100], 1.5, [140, 90]);
    expect(v.k).to.be.closeTo(start.k * 1.5, 1e-9);
    const [sx, sy] = v.toScreen({ x: world[0], y: world[1] });
    expect(sx).to.be.closeTo(140, 1e-9);
    expect(sy).to.be.closeTo(90, 1e-9);
  });

  it('Fit puts every node, radius included, inside the canvas', () => {
    const v = new ViewTransform();
    const nodes = [node(-300, 20), node(500, -80, 12), node(40, 260)];
    v.fit(nodes);
    expect(v.k, 'nothing to fit into before the canvas is measured').to.equal(1);
    v.resize(400, 300);
    v.fit(nodes);
    for (const n of nodes) {
      const [sx, sy] = v.toScreen(n);
      expect(sx - n.r * v.k).to.be.at.least(0);
      expect(sx + n.r * v.k).to.be.at.most(400);
      expect(sy - n.r * v.k).to.be.at.least(0);
      expect(sy + n.r * v.k).to.be.at.most(300);
    }
  });
});
