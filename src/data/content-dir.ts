/**
 * Where the content lives: `./content`, or the folder `CONTENT_DIR` names (the scale benchmark builds
 * a generated catalog that way). One definition for the collections and for the checks that read
 * files beside them.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';
