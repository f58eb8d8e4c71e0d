/**
 * Serves the built renderer over app://mandate-planner/ (see app-protocol.ts for why and for the
 * path checks). The scheme is registered before `ready`, the handler after it, as Electron requires.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from './csp';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, contentTypeFor, resolveAppRequest } from './app-protocol';

/** Call before `ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/**
 * Call after `ready`: answers app:// requests from `rendererDir` and nowhere else. The file is read
 * with fs (which reads inside app.asar in Electron's main process) rather than net.fetch of a
 * file: URL, so nothing depends on file:// privileges, which the packaged app's fuses remove.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(request.url, rendererDir);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    const headers = new Headers({ 'Content-Type': contentTypeFor(file), 'X-Content-Type-Options': 'nosniff' });
    // In a header the policy also carries frame-ancestors, which a meta tag cannot.
    if (file.endsWith('.html')) headers.set('Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    return new Response(body, { status: 200, headers });
  });
}
