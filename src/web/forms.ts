// Moved to the form kit (src/web/form/); kept until every importer reads it from there.
export { type FieldErrors, fieldErrors, formFields } from './form/index.ts';
