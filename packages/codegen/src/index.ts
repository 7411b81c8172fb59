export { createAjv, type ValidatorMode } from './ajv.js';
export { writeApi } from './api.js';
export { writeBundles } from './bundle.js';
export { documentsDir, type JsonSchema, loadDocuments, pairs } from './documents.js';
export { documentFacts, writeMetadata } from './metadata.js';
export { pascalCase, typeName } from './naming.js';
export { writeValidators } from './validators.js';
