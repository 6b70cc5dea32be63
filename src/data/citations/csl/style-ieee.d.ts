// The style or locale, as citeproc-js reads it (JSON text of its JSON form).
declare const csl: string;
export default csl;
