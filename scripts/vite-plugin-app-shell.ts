import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: everything from our own origin, nothing inline.
 * Audio may also play from blob: and data: URLs (decoded or generated sounds).
 * frame-ancestors cannot be set from a meta tag; a host that wants it sends it as a header.
 * No manifest-src: default-src already covers the manifest, and WebKit logs an error for every
 * load on a directive it does not know.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob: data:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Problems in built HTML that the policy would block (or that would weaken it if allowed). */
export function inlineCodeIn(html: string): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (!/\bsrc=/.test(attributes) || (match[2] ?? '').trim() !== '') {
      problems.push(`inline script: ${match[0].slice(0, 80)}`);
    }
  }
  if (/<style\b/i.test(html)) problems.push('inline <style> element');
  for (const match of html.matchAll(/\s(on[a-z]+|style)\s*=\s*["']/gi)) {
    problems.push(`inline ${match[1]} attribute`);
  }
  if (/\b(?:src|href)=["'](?:https?:)?\/\//i.test(html)) problems.push('a URL on another origin');
  return problems;
}

/**
 * Hardens index.html in production builds: adds the CSP and the build name, and fails the build
 * if anything inline slipped in. The dev server is left alone (its hot reload needs inline code).
 */
export function appShellPlugin(options: { buildName: string }): Plugin {
  return {
    name: 'nightstretch-app-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const problems = inlineCodeIn(html);
        if (problems.length > 0) {
          throw new Error(`index.html breaks the Content-Security-Policy: ${problems.join('; ')}`);
        }
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset="utf-8">');
        // Right after the charset, before any script or style it has to govern.
        return html.replace(
          charset,
          (tag) =>
            `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />` +
            `\n    <meta name="nightstretch-build" content="${escapeAttribute(options.buildName)}" />`,
        );
      },
    },
  };
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}
