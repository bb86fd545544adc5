/** API records for every code, built once from the site model. */
import { apiRecord, type ApiCode } from '../lib/api/records.ts';
import { codePath } from '../lib/site/paths.ts';
import { getSite, href } from './site.ts';
import { twinPath } from './markdown.ts';

let records: Promise<ApiCode[]> | undefined;

/** Every code as an API record, in catalog order. */
export function getApiRecords(site: URL | undefined): Promise<ApiCode[]> {
  records ??= getSite().then(({ catalog, doc, seenAs, upstream }) =>
    catalog.codes.map((entry) =>
      apiRecord(entry, catalog.related(entry.code), seenAs(entry.code), upstream(entry.code).length, (lang) => ({
        title: doc(lang, entry.code).data.title,
        summary: doc(lang, entry.code).data.summary,
        url: new URL(href(codePath(lang, entry.code)), site).href,
        markdown: new URL(href(twinPath(codePath(lang, entry.code))), site).href,
      })),
    ),
  );
  return records;
}
