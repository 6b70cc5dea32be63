/**
 * fast-check for the property tests. Locally every run draws new cases (a failure prints its seed
 * and path, to replay it); with FC_SEED set (`.ci/run` sets it) the runs are the same every time,
 * so CI checks a fixed, known set of cases.
 */
import fc from 'fast-check';

const seed = (globalThis as { __FC_SEED__?: number | null }).__FC_SEED__;
if (typeof seed === 'number' && Number.isFinite(seed)) fc.configureGlobal({ seed });

export default fc;
