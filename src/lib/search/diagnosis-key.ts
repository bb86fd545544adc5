/**
 * The `sessionStorage` key the diagnosis is kept under (one at a time: the latest paste). A module
 * of its own, so the script every page loads can check for a paste without the template matcher.
 */
export const DIAGNOSIS_KEY = 'serverless-error-codes:paste';
