// Node flags for `corridor serve` (bin/corridor.js, `npm start`, the benchmark's server).
//
// V8 lets a busy server's heap grow far beyond what it keeps alive: under 50 connections Corridor
// reached 400 MB of RSS while holding about 60 MB. A small young generation (2 MB semi-spaces: most
// of a request's garbage dies young and is collected often and cheaply) and a heap cap make it
// collect sooner: about 190 MB under the same load, with the same latency (docs/decisions.md 31).
// `SERVER_HEAP_MB` raises the cap for a server that imports very large files through its pages.
export function serverNodeFlags(env = process.env) {
  const heap = Number.parseInt(env.SERVER_HEAP_MB ?? '', 10);
  return [
    '--max-semi-space-size=2',
    `--max-old-space-size=${Number.isFinite(heap) && heap >= 64 ? heap : 256}`,
  ];
}
