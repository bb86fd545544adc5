/**
 * Loads the content fixture in tests/fixtures/content/good as in-memory files, with optional
 * replacements from tests/fixtures/content/bad, and runs the content validation over it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblems } from '../../src/lib/content/rules.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'content');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Validates the good fixture after applying `changes` (path under content/ → bad fixture name, or null to delete). */
export function validateFixture(changes: Record<string, string | null> = {}): string {
  const root = join(fixtures, 'good');
  const files = new Map(walk(root).map((path) => [relative(root, path), readFileSync(path, 'utf8')]));
  for (const [path, bad] of Object.entries(changes)) {
    if (bad === null) files.delete(path);
    else files.set(path, readFileSync(join(fixtures, 'bad', bad), 'utf8'));
  }
  const asContent = [...files].map(([path, text]) => ({ file: `content/${path}`, text }));
  return formatProblems(
    validateContent(
      asContent.filter(({ file }) => file.startsWith('content/catalogs/')),
      asContent.filter(({ file }) => file.startsWith('content/codes/')),
      {
        sources: asContent.find(({ file }) => file === 'content/sources.yaml'),
        seenAs: asContent.find(({ file }) => file === 'content/seen-as.yaml'),
        phrases: asContent.find(({ file }) => file === 'content/phrases.yaml'),
        reviews: asContent.filter(({ file }) => file.startsWith('content/reviews/')).map(({ file }) => file.slice('content/reviews/'.length)),
      },
    ),
  );
}
