/** Registers every element. This is the CDN entry: `<script type="module" src=".../cdn/researcher-elements.js">`. */
import './elements/researcher-profile/researcher-profile.define.js';

export * from './index.js';
