// `hinagata verify DIR...`: is each deliverable exactly what hinagata wrote? Exit 0 when every
// recorded file is as written, 1 when a file differs from its manifest or is missing, 2 when a
// folder cannot be checked (no folder, not a folder, no or a broken manifest.json). It also
// explains what an interrupted or concurrent build left beside the folder (a previous folder, a
// staging folder, a lock) and what to do; verify itself never changes anything.
import path from 'node:path';
import { describeHolder, STALE_MS } from '../output/lock.js';
import { inspectFolder, MANIFEST, type FolderReport } from '../output/folder.js';
import type { Io } from './main.js';

const q = (p: string) => `'${p.replace(/'/g, `'\\''`)}'`;

function counts(r: FolderReport['result']): string {
  if (!r) return '';
  const bad = r.changed.length + r.missing.length;
  return bad === 0
    ? `${r.ok.length}件のファイルはすべて書き出したときのまま`
    : `${r.changed.length}件が変更され、${r.missing.length}件がない`;
}

async function verifyOne(dir: string, io: Io): Promise<number> {
  const report = await inspectFolder(dir);
  const besides = (name: string) => path.join(path.dirname(dir), name);
  const previous = report.leftovers.filter((l) => l.kind === 'previous');
  const staging = report.leftovers.filter((l) => l.kind === 'staging');
  let code = 0;

  if (report.lock && !report.lock.stale)
    io.err(
      `${dir}: 別の hinagata（${describeHolder(report.lock)}）が書き出しています。終わってから確かめると確実です`,
    );

  if (report.folder === 'not-a-folder') {
    io.err(
      `${dir}: フォルダではありません（hinagata build が書き出したフォルダを指定してください）`,
    );
    return 2;
  }
  if (report.folder === 'missing') {
    const last = previous.find((p) => p.manifest.state === 'ok') ?? previous[0];
    if (last) {
      const from = besides(last.name);
      io.err(
        `${dir}: フォルダがありません。書き出しが名前の付け替えの途中で止まり、前回の出力が ${from} に残っています${last.result ? `（${counts(last.result)}です）` : ''}`,
      );
      io.err(
        `    → hinagata build をもう一度実行すると元に戻ります（設定に誤りがあっても戻ります）。手で戻すには: mv ${q(from)} ${q(dir)}`,
      );
    } else {
      io.err(
        `${dir}: フォルダがありません（hinagata build が書き出したフォルダを指定してください）`,
      );
    }
    return 2;
  }

  if (report.manifest.state !== 'ok') {
    io.err(
      report.manifest.state === 'missing'
        ? `${dir}: ${MANIFEST} がありません（hinagata build が書き出したフォルダを指定してください）`
        : `${dir}: ${MANIFEST} が壊れています（${report.manifest.reason}）。hinagata build で書き出し直すと作り直されます（変更されたファイルは --force のときだけ上書きされ、.bak として残ります）`,
    );
    const last = previous.find((p) => p.manifest.state === 'ok');
    if (last) {
      const from = besides(last.name);
      io.err(
        `    → その横に、書き出しが途中で止まったときの前回の出力 ${from}（${MANIFEST} あり、${counts(last.result)}です）が残っています。前回の出力に戻すなら: mv ${q(dir)} ${q(`${dir}.old`)} && mv ${q(from)} ${q(dir)}。今の ${dir} を使うなら: rm -rf ${q(from)}`,
      );
    }
    code = 2;
  } else {
    const result = report.result!;
    for (const name of result.changed) io.out(`${path.join(dir, name)}: 変更されています`);
    for (const name of result.missing) io.out(`${path.join(dir, name)}: ありません`);
    if (result.changed.length + result.missing.length > 0) code = 1;
    else io.out(`${dir}: ${result.ok.length}件のファイルはすべて書き出したときのままです`);
    const b = result.backups;
    if (b.ok.length + b.changed.length + b.missing.length > 0)
      io.out(
        `${dir}: --force で上書きする前の編集の控え: ${[...b.ok, ...b.changed.map((n) => `${n}（残したときから変更あり）`), ...b.missing.map((n) => `${n}（ありません）`)].join('、')}`,
      );
  }

  for (const p of previous) {
    const from = besides(p.name);
    if (p.alive) {
      io.err(
        `${dir}: 前回の出力 ${from} は、動いている hinagata（pid ${p.pid}）が入れ替え中のものです`,
      );
      continue;
    }
    if (report.manifest.state !== 'ok' && p.manifest.state === 'ok') continue; // explained above
    io.err(
      `${dir}: 前回の出力の残り ${from} があります（消せなかったもの）。${dir} が最新の出力です`,
    );
    io.err(
      `    → 不要なので、権限を直してから消してください: chmod -R u+w ${q(from)} && rm -rf ${q(from)}`,
    );
  }
  for (const s of staging) {
    const from = besides(s.name);
    if (s.alive) {
      io.err(
        `${dir}: 作業用フォルダ ${from} は、動いている hinagata（pid ${s.pid}）が書き出し中のものです`,
      );
      continue;
    }
    io.err(
      `${dir}: 書き出しの途中で止まった作業用フォルダ ${from} があります。出力には含まれず、影響はありません`,
    );
    io.err(`    → 次の hinagata build で消えます（今すぐ消すには: rm -rf ${q(from)}）`);
  }
  if (report.lock?.stale)
    io.err(
      `${dir}: 止まった hinagata のロック ${besides(path.basename(report.lock.path))} が残っています（${describeHolder(report.lock)}、${report.lock.stale === 'dead' ? 'そのプロセスはもうありません' : `${STALE_MS / 1000} 秒以上更新がありません`}）。次の hinagata build が引き継ぎます`,
    );
  return code;
}

export async function runVerify(dirs: readonly string[], io: Io): Promise<number> {
  let code = 0;
  for (const dir of dirs) code = Math.max(code, await verifyOne(dir, io));
  return code;
}
