// `hinagata serve [--port N] [--open]`: the local web app on 127.0.0.1.
import { spawn } from 'node:child_process';
import { startServer } from '../server/server.js';
import type { Io } from './main.js';
import { UsageError } from './usage.js';

export async function runServe(opts: { port: string; open?: boolean }, io: Io): Promise<number> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port には 0〜65535 の整数を書いてください（いまは ${opts.port}）`);
  const { server, url } = await startServer({ port });
  io.out(`hinagata の画面: ${url}（このコンピュータの中だけで動きます。終了は Ctrl+C）`);
  if (opts.open) {
    const opener =
      process.platform === 'darwin'
        ? 'open'
        : process.platform === 'win32'
          ? 'explorer'
          : 'xdg-open';
    spawn(opener, [url], { detached: true, stdio: 'ignore' })
      .on('error', () => io.err(`ブラウザを開けませんでした。${url} を開いてください`))
      .unref();
  }
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
