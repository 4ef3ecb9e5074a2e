// The form kit: reading bodies, turning problems into sentences beside their fields, date and
// money fields, the conflict notice and the form parts. One copy for every module.
export {
  ErrorSummary,
  Form,
} from '../components/form.tsx';
export { ConflictNotice } from './conflict-notice.tsx';
export {
  type DateParts,
  datePartsOf,
  isIsoDate,
  NO_DATE,
  partialDateField,
  readFullDate,
  toDateParts,
  today,
} from './dates.ts';
export { FormPage } from './form-page.tsx';
export {
  amountText,
  CURRENCIES,
  digitsOf,
  MAX_AMOUNT_MAJOR,
  majorAmount,
  parseAmount,
  parseNumber,
} from './money.ts';
export {
  type FieldErrors,
  fieldErrors,
  mergeProblems,
  parseFieldByField,
  problemsFromZod,
  type TranslateOptions,
  translateProblems,
  type ZodProblemOptions,
} from './problems.ts';
export {
  asBody,
  BLANK_ROWS,
  type FormBody,
  formFields,
  itemsOf,
  keptValues,
  listOf,
  MAX_ROWS,
  rowsOf,
  textOf,
  versionOf,
} from './read.ts';
export { type FormCommand, submitForm } from './submit.ts';
