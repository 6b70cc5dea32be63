// Groups (issue 10): the roster format, its validation, the group model and cost-planned loading.
export * from './schema.js';
export { validateGroup, type GroupValidationResult, type GroupValidationOptions } from './validate.js';
export * from './model.js';
export { openAlexWorksBatched, clearBatchCache, batchStats, MAX_IDS_PER_CALL, PAGE_SIZE, type BatchOptions, type BatchedWorks } from './openalex-batch.js';
export * from './load.js';
