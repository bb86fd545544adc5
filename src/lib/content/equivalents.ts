/**
 * Cross-file rules of `content/equivalents.yaml`: a row's `scf` codes must be SCF status codes and
 * its `yr` codes openYuanrong codes of the catalogs, since each of those code pages shows the row.
 * (The file's own shape is checked by parseEquivalentsFile in real-world-files.ts.)
 */
import type { CatalogId } from '../model/vocabulary.ts';
import type { EquivalentsFile } from '../model/schema.ts';
import type { Problem } from './rules.ts';

/** The catalogs each list of a row may name. */
const LIST_CATALOGS: Record<'scf' | 'yr', readonly CatalogId[]> = { scf: ['scf'], yr: ['yr-sdk', 'yr-rest'] };

/**
 * Problems with the codes the rows name: a code that no catalog has, or one of the wrong catalog
 * (an openYuanrong code under `scf`). `catalogOf` gives a code's catalog, or undefined.
 */
export function checkEquivalentCodes(file: string, data: EquivalentsFile, catalogOf: (code: string) => CatalogId | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const [failure, row] of Object.entries(data.failures)) {
    for (const list of ['scf', 'yr'] as const) {
      row[list].forEach((code, index) => {
        const catalog = catalogOf(code);
        const field = `failures.${failure}.${list}.${index}`;
        if (!catalog) problems.push({ file, field, message: `code ${code} does not exist in content/catalogs/*.yaml` });
        else if (!LIST_CATALOGS[list].includes(catalog)) problems.push({ file, field, message: `code ${code} is in the ${catalog} catalog; ${list} lists only ${LIST_CATALOGS[list].join(' or ')} codes` });
      });
    }
  }
  return problems;
}
