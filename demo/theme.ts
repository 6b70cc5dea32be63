import '../src/define.ts';
import { html, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { applyTheme, CONTROLS, PRESETS, themeCss, type Scheme, type ThemeValues, type TokenControl } from './theme/playground.js';

// The playground: the form changes --re-* tokens on #preview with style.setProperty (CSSOM, which
// a strict CSP allows), every element inside follows, and the CSS for the chosen values is shown.
const preview = document.querySelector<HTMLElement>('#preview')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;
const output = document.querySelector<HTMLElement>('#css-output')!;
const status = document.querySelector<HTMLElement>('#copy-status')!;

let scheme: Scheme = 'auto';
let values: ThemeValues = {};
let preset = PRESETS[0]!.name;

function valueOf(c: TokenControl): string {
  return values[c.token] ?? c.initial;
}

function numberOf(c: TokenControl): number {
  return Number.parseFloat(valueOf(c)) || 0;
}

function set(c: TokenControl, value: string): void {
  values = { ...values, [c.token]: value };
  preset = '';
  update();
}

function control(c: TokenControl) {
  const id = `token-${c.token}`;
  const name = html`<span class="token-name"><code>--re-${c.token}</code></span>`;
  if (c.kind === 'color') {
    return html`<div class="field field-color">
      <label for=${id}>${c.label}</label>
      <input id=${id} type="color" .value=${live(valueOf(c))} @input=${(e: Event) => set(c, (e.target as HTMLInputElement).value)} />
      ${name}
    </div>`;
  }
  if (c.kind === 'range') {
    return html`<div class="field field-range">
      <label for=${id}>${c.label}</label>
      <input
        id=${id}
        type="range"
        min=${c.min!}
        max=${c.max!}
        step=${c.step!}
        .value=${live(String(numberOf(c)))}
        aria-valuetext=${valueOf(c)}
        @input=${(e: Event) => set(c, `${(e.target as HTMLInputElement).value}${c.unit}`)}
      />
      <output for=${id}>${valueOf(c)}</output>
      ${name}
    </div>`;
  }
  return html`<div class="field field-select">
    <label for=${id}>${c.label}</label>
    <select id=${id} @change=${(e: Event) => set(c, (e.target as HTMLSelectElement).value)}>
      ${c.options!.map((o) => html`<option value=${o.value} ?selected=${o.value === valueOf(c)}>${o.label}</option>`)}
    </select>
    ${name}
  </div>`;
}

function choosePreset(name: string): void {
  const p = PRESETS.find((x) => x.name === name);
  if (!p) return;
  preset = p.name;
  scheme = p.scheme;
  values = { ...p.values };
  update();
}

function renderForm(): void {
  render(
    html`<div class="field field-select">
        <label for="preset">Start from</label>
        <select id="preset" @change=${(e: Event) => choosePreset((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${preset === ''} disabled>Your own changes</option>
          ${PRESETS.map((p) => html`<option value=${p.name} ?selected=${p.name === preset}>${p.name}</option>`)}
        </select>
      </div>
      <fieldset class="scheme">
        <legend>Colour scheme</legend>
        ${(['light', 'dark', 'auto'] as const).map(
          (s) => html`<label class="radio">
            <input
              type="radio"
              name="scheme"
              value=${s}
              .checked=${live(scheme === s)}
              @change=${() => {
                scheme = s;
                update();
              }}
            />
            ${s === 'auto' ? 'Auto (follow the system)' : s === 'light' ? 'Light' : 'Dark'}
          </label>`,
        )}
      </fieldset>
      <fieldset class="tokens">
        <legend>Colours</legend>
        ${CONTROLS.filter((c) => c.kind === 'color').map(control)}
      </fieldset>
      <fieldset class="tokens">
        <legend>Shape, type and spacing</legend>
        ${CONTROLS.filter((c) => c.kind !== 'color').map(control)}
      </fieldset>
      <button type="reset" class="reset">Reset to the library defaults</button>`,
    form,
  );
}

form.replaceChildren(); // drop the no-JavaScript note before Lit takes over

function update(): void {
  applyTheme(preview, values, scheme);
  output.textContent = themeCss(values, scheme);
  renderForm();
  // A select the user has touched ignores later `selected` attributes: set its value directly.
  for (const c of CONTROLS) {
    if (c.kind === 'select') form.querySelector<HTMLSelectElement>(`#token-${c.token}`)!.value = valueOf(c);
  }
  form.querySelector<HTMLSelectElement>('#preset')!.value = preset;
}

form.addEventListener('reset', (e) => {
  e.preventDefault();
  choosePreset(PRESETS[0]!.name);
});
form.addEventListener('submit', (e) => e.preventDefault());

document.querySelector('#copy-css')?.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.textContent ?? '');
    status.textContent = 'Copied the CSS to the clipboard.';
  } catch {
    // No clipboard permission (an insecure origin, or a denied prompt): select the text instead.
    const range = document.createRange();
    range.selectNodeContents(output);
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    status.textContent = 'Could not use the clipboard: the CSS is selected, press Ctrl+C (⌘C) to copy it.';
  }
});

update();
