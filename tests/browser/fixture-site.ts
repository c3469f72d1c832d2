/** A throw-away site in a temporary folder, served by the same nginx configuration, to prove the browser checks catch faults. */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serveWithNginx, type RunningServer } from '../../src/harness/nginx.ts';

export interface FixtureSite {
  server: RunningServer;
  remove(): Promise<void>;
}

/** `files`: site path (without leading slash) → content. */
export async function serveFixtureSite(files: Record<string, string>): Promise<FixtureSite> {
  const root = mkdtempSync(join(tmpdir(), 'spb-fixture-site-'));
  chmodSync(root, 0o755); // readable by nginx's unprivileged workers
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true, mode: 0o755 });
    writeFileSync(join(root, path), text, { mode: 0o644 });
  }
  const server = await serveWithNginx(root);
  return {
    server,
    async remove() {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A minimal valid page around `body`. */
export function fixturePage(body: string, head = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试页</title>${head}</head><body>${body}</body></html>`;
}
