import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL, contentTypeFor, resolveAppRequest } from '../../electron/main/app-protocol';
import { isAppUrl, isOurWindow } from '../../electron/main/sender-check';

const root = '/opt/Mandate Planner/resources/app.asar/out/renderer';

describe('the app:// protocol the renderer is served from', () => {
  it('serves files of the renderer build, decoded, wherever the app is installed', () => {
    expect(resolveAppRequest(APP_PAGE_URL, root)).toBe(`${root}/index.html`);
    expect(resolveAppRequest('app://mandate-planner/assets/index-Ab1.js?v=1#x', root)).toBe(`${root}/assets/index-Ab1.js`);
    expect(resolveAppRequest('app://mandate-planner/assets/Noto%20Sans.woff2', root)).toBe(`${root}/assets/Noto Sans.woff2`);
    for (const dir of ['/c/Users/JOHNSM~1/AppData/Local/Programs/mandate-planner', '/home/ana/[work]/100% ^|app', '/home/ana/José/Mandate Planner']) {
      expect(resolveAppRequest('app://mandate-planner/index.html', dir)).toBe(`${dir}/index.html`);
    }
  });

  it('refuses anything outside the renderer folder, however it is spelled', () => {
    // `..` and `%2e%2e` segments are removed by the URL parser itself: the request stays inside.
    expect(resolveAppRequest('app://mandate-planner/../../main/index.js', root)).toBe(`${root}/main/index.js`);
    expect(resolveAppRequest('app://mandate-planner/%2e%2e/main/index.js', root)).toBe(`${root}/main/index.js`);
    for (const url of [
      'app://mandate-planner/..%2Fmain%2Findex.js',
      'app://mandate-planner/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'app://mandate-planner/assets/%00.js',
      'app://mandate-planner/%E0%A4%A',
      'app://mandate-planner/',
      'app://other-host/index.html',
      'file:///opt/Mandate%20Planner/resources/app.asar/out/renderer/index.html',
      'not a url',
    ]) {
      expect(resolveAppRequest(url, root), url).toBeNull();
    }
  });

  it('names the content types the page needs, and serves anything else as bytes', () => {
    expect(contentTypeFor('/x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/x/pdf.worker.min-1.MJS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/README')).toBe('application/octet-stream');
  });
});

describe('which pages may call the main process', () => {
  it('accepts only the app page, with any route in its hash', () => {
    expect(isAppUrl(APP_PAGE_URL)).toBe(true);
    expect(isAppUrl(`${APP_PAGE_URL}#/risks`)).toBe(true);
    for (const url of ['app://mandate-planner/evil.html', 'app://other/index.html', 'app://u:p@mandate-planner/index.html', 'file:///opt/Mandate%20Planner/resources/app.asar/out/renderer/index.html', 'https://mandate-planner/index.html', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('accepts the dev server only when one is given, and only its origin', () => {
    expect(isAppUrl('http://localhost:5173/src/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:6666/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
  });

  it("answers only our window's main frame showing our page", () => {
    const contents = { mainFrame: { processId: 7, routingId: 3, url: APP_PAGE_URL } };
    const from = (frame: { processId: number; routingId: number; url: string } | null, sender: unknown = contents) => ({ sender, senderFrame: frame });
    const ours = (url: string) => isAppUrl(url);
    expect(isOurWindow(from(contents.mainFrame), contents, ours)).toBe(true);
    expect(isOurWindow(from(null), contents, ours)).toBe(false);
    expect(isOurWindow(from({ processId: 7, routingId: 4, url: APP_PAGE_URL }), contents, ours)).toBe(false);
    expect(isOurWindow(from({ processId: 8, routingId: 3, url: APP_PAGE_URL }), contents, ours)).toBe(false);
    expect(isOurWindow(from({ ...contents.mainFrame, url: 'https://attacker.example/' }), contents, ours)).toBe(false);
    expect(isOurWindow(from(contents.mainFrame, {}), contents, ours)).toBe(false);
    expect(isOurWindow(from(contents.mainFrame), null, ours)).toBe(false);
  });
});
