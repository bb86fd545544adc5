/**
 * The origin shared links use: the configured public origin (SITE_URL), else the origin the reader
 * is on, so a site deployed without SITE_URL still hands out links that work, never a placeholder.
 */
export function shareOrigin(configured: string | undefined, pageOrigin: string): string {
  return configured ? new URL(configured).origin : pageOrigin;
}
