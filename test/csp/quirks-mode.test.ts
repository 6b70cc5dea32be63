/**
 * A page without a doctype (quirks mode, still common on old lab sites) runs the built CDN file:
 * text inside the elements keeps the theme's colours, tables included (quirks mode makes tables
 * start from black text instead of inheriting).
 */
import { expect, waitUntil } from '@open-wc/testing';

describe('a page in quirks mode', function () {
  this.timeout(20000);
  let frame: HTMLIFrameElement;

  after(() => frame?.remove());

  it('keeps the dark theme readable, the graph table included', async () => {
    frame = document.createElement('iframe');
    frame.width = '900';
    frame.height = '900';
    frame.src = '/test/csp/quirks.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    expect(doc.compatMode).to.equal('BackCompat');
    const graph = doc.getElementById('g')!;
    await waitUntil(() => [...(graph.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => b.textContent?.trim() === 'Table'), 'the graph rendered', { timeout: 10000 });
    const table = [...graph.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Table')!;
    table.click();
    await waitUntil(() => graph.shadowRoot!.querySelector('th[scope="col"]'), 'the table is shown');
    const win = frame.contentWindow!;
    const th = graph.shadowRoot!.querySelector('th[scope="col"]')!;
    const host = win.getComputedStyle(graph).color;
    expect(win.getComputedStyle(th).color, 'the header inherits the theme text colour').to.equal(host);
    expect(win.getComputedStyle(th).color).to.not.equal('rgb(0, 0, 0)');
  });
});
