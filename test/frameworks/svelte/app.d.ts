// What a Svelte app's src/app.d.ts adds: the markup typings of the elements.
import type {} from 'researcher-elements/svelte.js';
