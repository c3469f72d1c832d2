/**
 * Starts Debian's nginx on a free loopback port with the configuration generated from
 * deploy/nginx.conf, serving a built site; stops it afterwards. Used in beforeAll/afterAll
 * by the header and browser tests, so each test file gets its own server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JS_MODULE, testNginxConfig } from './nginx-config.ts';

/** The project's root folder (this file is src/harness/nginx.ts). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const DEPLOY_CONFIG = join(ROOT, 'deploy', 'nginx.conf');
/** The njs files deploy/nginx.conf imports (production copies them to /etc/nginx/njs/shapingba/). */
const DEPLOY_JS_DIR = join(ROOT, 'deploy');
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx'];

export interface RunningServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Contents of nginx's error log so far (for failure messages). */
  errorLog(): string;
  stop(): Promise<void>;
}

function nginxBinary(): string {
  const found = NGINX_CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('找不到 nginx：请先安装 Debian 的 nginx（apt-get install -y nginx；.ci/run 会安装）');
  return found;
}

/**
 * Who the workers run as. Started as root (as in CI), nginx would hand requests to
 * workers running as www-data, which cannot read a checkout inside a folder only its owner
 * may enter (a 0700 home, a `mktemp -d` folder): the workers then run as root too, like the
 * test process that reads dist/ itself. Started as anyone else, nginx keeps that user.
 */
export function workerUser(): { user: string; group: string } | null {
  if (process.getuid?.() !== 0) return null;
  const gid = process.getgid!();
  const group = readFileSync('/etc/group', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .find((f) => Number(f[2]) === gid)?.[0];
  return { user: userInfo().username, group: group ?? String(gid) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function waitUntilListening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx 启动失败（退出码 ${child.exitCode}）：\n${log()}`);
    if (await accepts(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx 10 秒内未在 127.0.0.1:${port} 上监听：\n${log()}`);
}

/** Serves `root` (default dist/) with deploy/nginx.conf. */
export async function serveWithNginx(root = join(ROOT, 'dist')): Promise<RunningServer> {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`没有可服务的站点：${root}/index.html 不存在（先运行 npm run build）`);
  const scratch = mkdtempSync(join(tmpdir(), 'spb-nginx-'));
  // Readable by the workers whoever they run as (workerUser).
  chmodSync(scratch, 0o755);
  const port = await freePort();
  const config = join(scratch, 'nginx.conf');
  const deployConfig = readFileSync(DEPLOY_CONFIG, 'utf8');
  if (/^\s*js_import\s/m.test(deployConfig) && !existsSync(JS_MODULE))
    throw new Error(
      `找不到 nginx 的 JavaScript 模块 ${JS_MODULE}：请先安装 libnginx-mod-http-js（apt-get install -y libnginx-mod-http-js；.ci/run 会安装）`,
    );
  writeFileSync(
    config,
    testNginxConfig({ deployConfig, root, port, scratch, user: workerUser(), jsDir: DEPLOY_JS_DIR }),
  );
  const errorLogFile = join(scratch, 'error.log');
  let stderr = '';
  const child = spawn(nginxBinary(), ['-p', scratch, '-c', config, '-e', errorLogFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const errorLog = () => stderr + (existsSync(errorLogFile) ? readFileSync(errorLogFile, 'utf8') : '');
  // Safety net: a test process that exits without afterAll (crash, bail) still takes nginx along.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  try {
    await waitUntilListening(port, child, errorLog);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    errorLog,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM'); // fast shutdown of master and workers
        await exited;
      }
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
