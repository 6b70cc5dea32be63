import '../src/define.ts';
import { html, render } from 'lit';
import manifest from '../custom-elements.json';
import { TOKENS } from '../src/core/styles.js';
import { apiTable, elementsOf, longDescription, prose, renderApiTables, type CemManifest } from './docs/api-table.js';
import { EXAMPLES } from './docs/examples.js';

// The reference is generated here, in the browser, from the committed manifest: when the JSDoc
// changes and the manifest is regenerated, this page follows without an edit.
const elements = elementsOf(manifest as unknown as CemManifest);

const toc = document.querySelector<HTMLElement>('#toc-list');
if (toc) {
  render(
    html`${elements.map((el) => html`<li><a href="#${el.tagName}"><code>&lt;${el.tagName}&gt;</code></a></li>`)}
      <li><a href="#tokens">Global tokens</a></li>`,
    toc,
  );
}

const tokenRows = Object.entries(TOKENS).map(([name, value]) => ({ name: `--re-${name}`, value }));

const root = document.querySelector<HTMLElement>('#reference');
if (root) {
  root.replaceChildren(); // drop the no-JavaScript note before Lit takes over
  render(
    html`${elements.map(
        (el) => html`<section class="element-doc" id=${el.tagName!} aria-labelledby="${el.tagName}-heading">
          <h2 id="${el.tagName}-heading"><code>&lt;${el.tagName}&gt;</code></h2>
          <p class="summary">${prose(el.summary)}</p>
          <details class="description">
            <summary>Full description</summary>
            ${longDescription(el.description)}
          </details>
          <p class="import">
            Import: <code>researcher-elements/${el.tagName}.define.js</code> · class <code>${el.name}</code>
          </p>
          <h3 id="${el.tagName}-examples">Live example${(EXAMPLES[el.tagName!]?.length ?? 0) > 1 ? 's' : ''}</h3>
          ${(EXAMPLES[el.tagName!] ?? []).map(
            (ex) => html`<figure class="example">
              <div class="example-stage">${ex.template}</div>
              <figcaption>
                <span>${ex.caption}</span>
                <pre><code>${ex.markup}</code></pre>
              </figcaption>
            </figure>`,
          )}
          <h3 id="${el.tagName}-api">API</h3>
          ${renderApiTables(el)}
        </section>`,
      )}
      <section class="element-doc" id="tokens" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Global tokens</h2>
        <p class="summary">
          Every element reads these <code>--re-*</code> custom properties through its own <code>--&lt;tag&gt;-*</code> tier. Set them
          once on <code>:root</code> (or any ancestor) to theme the whole family; try them in the
          <a href="theme.html">theming playground</a>.
        </p>
        ${apiTable('re-tokens', 'Global --re-* tokens', tokenRows, [
          { label: 'Token', key: true, cell: (t) => html`<code>${t.name}</code>` },
          { label: 'Default', cell: (t) => html`<code>${t.value}</code>` },
        ])}
      </section>`,
    root,
  );
}
