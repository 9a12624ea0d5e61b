/**
 * Progress of a run: a bar on a terminal (done/total, rate, ETA, failures), plain periodic lines when
 * the output is a file or a CI log. Counts only: never a record's content.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  tick(failure: boolean): void;
  stop(): void;
}

export interface ProgressOptions {
  readonly total: number;
  readonly alreadyDone: number;
  readonly alreadyFailed: number;
  readonly stream?: NodeJS.WriteStream;
  /** Plain mode: seconds between two lines. */
  readonly intervalSeconds?: number;
}

export function startProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  return stream.isTTY ? barProgress(options, stream) : lineProgress(options, stream);
}

function barProgress({ total, alreadyDone, alreadyFailed }: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const bar = new SingleBar({
    stream,
    format: 'letters {bar} {value}/{total} · {rate}/s · ETA {eta_formatted} · {failures} failed',
    hideCursor: true,
    etaBuffer: 200,
  });
  let failures = alreadyFailed;
  const started = Date.now();
  let doneNow = 0;
  bar.start(total, alreadyDone, { failures, rate: '0.0' });
  return {
    tick(failure) {
      if (failure) failures++;
      doneNow++;
      bar.increment(1, { failures, rate: rate(doneNow, started) });
    },
    stop: () => bar.stop(),
  };
}

function lineProgress(options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const { total, intervalSeconds = 5 } = options;
  let done = options.alreadyDone;
  let failures = options.alreadyFailed;
  let doneNow = 0;
  const started = Date.now();
  const print = () => {
    const perSecond = doneNow / Math.max((Date.now() - started) / 1000, 0.001);
    const eta = perSecond > 0 ? `${Math.ceil((total - done) / perSecond)}s` : '?';
    stream.write(`letters batch: ${done}/${total} · ${perSecond.toFixed(1)}/s · ETA ${eta} · ${failures} failed\n`);
  };
  const timer = setInterval(print, intervalSeconds * 1000);
  timer.unref();
  return {
    tick(failure) {
      done++;
      doneNow++;
      if (failure) failures++;
    },
    stop() {
      clearInterval(timer);
      print();
    },
  };
}

const rate = (count: number, since: number) => (count / Math.max((Date.now() - since) / 1000, 0.001)).toFixed(1);
