"""Benchmark: the whole pipeline against a peer baseline, in one run on one machine.

    python bench/run.py [--docs 2000] [--scale 1000,10000] [--peer-docs 200] [--repeat 3] [--seed 1]

1. Builds a deterministic corpus of --docs documents from the dev corpus (../shared/corpus/dev)
   and raw/: each document is a source profile with its paragraphs shuffled (a different
   order per document, so no cache can serve a repeated document), under a new name; every
   tenth one is written as HTML. Prints its size in MB.
2. Runs `monitor-pipeline run` (all extractors, SQLite, CSV) with --workers 1 and --workers 2,
   each a fresh process: documents/s, MB/s, peak RSS of the largest process, and the time
   per stage as shares of the summed stage time (from --timings).
3. The peer baseline in the same run: dateparser.search.search_dates(text, languages=["en"])
   over a seeded sample of the same documents, scaled to MB/s. Steps 2 and 3 run --repeat
   times, alternating, and report medians (and each run's time).
4. Cold start: wall time of `monitor-pipeline run` on the sample profile, next to the wall
   time of importing spaCy, pandas and dateparser in a fresh interpreter (best of 3 each).
5. With --scale N1,N2: peak RSS at --workers 1 for corpora of N1 and N2 documents.
6. The machine's own ceiling for --workers 2, in every round: a fixed CPU-bound task (regex and
   dict work, no I/O) run twice one after the other, against two copies at once. On a shared
   virtual machine two "cores" may not give two cores' worth of work; this says what they give.
7. The floor under any extraction: importing the package, plus a --workers 1 run over the corpus
   whose extraction is served rows computed beforehand (everything else as in a real run), and
   what 20x the peer would leave for extraction.

Figures, not assertions: machines are shared and noisy, so compare the ratios of one run.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from operator import itemgetter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [Path(os.environ.get("MONITOR_SHARED", ROOT.parent / "shared")) / "corpus" / "dev", ROOT / "raw"]
# Runs a command and prints the peak RSS (KB) of its largest descendant process.
RSS_WRAPPER = ("import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:]).returncode; "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(rc)")


def source_texts() -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT))
    from pipeline.ingest import read_document

    found = []
    for folder in SOURCES:
        if folder.is_dir():
            for p in sorted(folder.rglob("*")):
                if p.suffix.lower() in (".txt", ".html", ".htm"):
                    found.append((re.sub(r"[^a-z0-9]+", "-", p.stem.lower()), read_document(p).text))
    if not found:
        sys.exit(f"no source documents in {', '.join(map(str, SOURCES))}")
    return found


def build_corpus(folder: Path, n: int, seed: int) -> int:
    """n varied documents in folder; returns their total size in bytes."""
    sources = source_texts()
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        name, text = sources[i % len(sources)]
        paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        head, body = paragraphs[:2], paragraphs[2:]  # keep the title lines in place
        rng.shuffle(body)
        paragraphs = head + body
        if i % 10 == 9:
            data = "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</body></html>"
            path = folder / f"{i:06d}-{name}.html"
        else:
            data = "\n\n".join(paragraphs) + "\n"
            path = folder / f"{i:06d}-{name}.txt"
        path.write_text(data, encoding="utf-8")
        total += path.stat().st_size
    return total


def run_pipeline(corpus: Path, workers: int) -> tuple[float, float, dict[str, float], str]:
    """(wall seconds, peak RSS MB, seconds per stage, summary line) of one fresh `run`."""
    out = Path(tempfile.mkdtemp(prefix="bench-out-"))
    try:
        cmd = [sys.executable, "-c", RSS_WRAPPER, sys.executable, "-m", "pipeline", "run", str(corpus),
               "--out", str(out), "--workers", str(workers), "--force", "--timings"]
        t0 = time.perf_counter()
        res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if res.returncode not in (0, 1):
            sys.exit(f"pipeline run failed ({res.returncode}):\n{res.stderr[-2000:]}")
        rss_mb = int(res.stderr.strip().splitlines()[-1]) / 1024
        stages = {m.group(1): float(m.group(2)) for m in re.finditer(r"^\s+(\S+)\s+([\d.]+) s", res.stdout, re.M)}
        return wall, rss_mb, stages, res.stdout.splitlines()[0]
    finally:
        shutil.rmtree(out, ignore_errors=True)


def peer(corpus: Path, k: int, seed: int) -> tuple[float, int, int]:
    """(seconds, bytes, documents) of dateparser.search.search_dates over a sample of the corpus."""
    sys.path.insert(0, str(ROOT))
    from dateparser.search import search_dates

    from pipeline.ingest import read_document

    files = sorted(corpus.iterdir())
    sample = random.Random(seed).sample(files, min(k, len(files)))
    texts = [(read_document(p).text, p.stat().st_size) for p in sample]
    search_dates("On 7 December 2020 it abstained.", languages=["en"])  # its own warm-up, not timed
    t0 = time.perf_counter()
    for text, _ in texts:
        search_dates(text, languages=["en"])
    return time.perf_counter() - t0, sum(size for _, size in texts), len(texts)


def tokenizer_alone(corpus: Path) -> tuple[float, int]:
    """(seconds, bytes) of spaCy's tokenizer alone (the pipeline's nlp.make_doc) over the whole corpus:
    the ceiling for any design that tokenizes whole documents with spaCy, as this one does."""
    sys.path.insert(0, str(ROOT))
    from pipeline.ingest import read_document
    from pipeline.nlp import get_nlp

    texts = [read_document(p).text for p in sorted(corpus.iterdir())]
    nlp = get_nlp()
    nlp.make_doc(texts[0])  # vocabulary and caches as in a running pipeline
    t0 = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)
    return time.perf_counter() - t0, sum(len(t.encode("utf-8")) for t in texts)


def distinct_passes() -> tuple[float, float, int]:
    """In a fresh interpreter: (first-pass seconds, second-pass seconds, bytes) of extraction in process
    (no writers) over the distinct source documents. The corpus above repeats their dates, country names
    and words, so its caches stay warm; the first pass here shows what strings never seen before cost."""
    res = subprocess.run([sys.executable, __file__, "--passes-only"], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    first, second, size = res.stdout.split()
    return float(first), float(second), int(size)


def _print_passes() -> None:
    """The work of distinct_passes, in the fresh interpreter it starts."""
    sys.path.insert(0, str(ROOT))
    from pipeline.api import process_document
    from pipeline.config import Config
    from pipeline.executors import warm_up
    from pipeline.ingest import document_from_text

    docs = [document_from_text(text, name) for name, text in source_texts()]
    cfg = Config()
    warm_up(cfg)
    times = []
    for _ in range(2):
        t0 = time.perf_counter()
        for doc in docs:
            process_document(doc, cfg)
        times.append(time.perf_counter() - t0)
    print(times[0], times[1], sum(len(d.text.encode("utf-8")) for d in docs))


def all_but_extraction(corpus: Path) -> tuple[float, float, float]:
    """In a fresh interpreter: (import seconds, run seconds, extraction seconds) of a `--workers 1`
    run over the corpus whose extraction is served from rows computed beforehand. The run keeps all
    its other work (rules loaded and checked, files found, read, hashed and decoded, HTML parsed,
    SQLite, text files, CSV); with the import it is the floor under any extraction, however fast."""
    with tempfile.TemporaryDirectory(prefix="bench-floor-") as out:
        res = subprocess.run([sys.executable, __file__, "--floor-only", str(corpus), out], cwd=ROOT,
                             capture_output=True, text=True, check=True)
    imports, run, extraction = res.stdout.split()
    return float(imports), float(run), float(extraction)


def _print_floor(corpus: Path, out: Path) -> None:
    """The work of all_but_extraction, in the fresh interpreter it starts."""
    t0 = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    import pipeline.api
    import pipeline.cli  # noqa: F401  (what `monitor-pipeline run` imports before it starts)
    from pipeline.batch import discover, run
    from pipeline.config import Config
    from pipeline.ingest import read_document

    imports = time.perf_counter() - t0
    cfg = Config()
    extract = pipeline.api.process_document
    rows = {}
    extraction = 0.0
    for inp in discover([str(corpus)], cfg.extensions)[0]:  # the doc_ids the run will give them
        doc = read_document(inp.path, inp.doc_id)
        t0 = time.perf_counter()
        rows[doc.doc_id] = extract(doc, cfg)
        extraction += time.perf_counter() - t0
    pipeline.api.process_document = lambda doc, cfg, timings=None: rows[doc.doc_id]
    t0 = time.perf_counter()
    run([str(corpus)], out, cfg, workers=1, force=True)
    print(imports, time.perf_counter() - t0, extraction)


# A fixed CPU-bound task (about a second): regex scans and dict updates, like the pipeline's work, no I/O.
CEILING_TASK = ("import re\n"
                "text = 'On 7 December 2020, two soldiers were injured by a PMN-2 mine (2019: 41). ' * 400\n"
                "pattern = re.compile(r'\\b(\\d+|two)\\s+soldiers|\\((?:19|20)\\d\\d: *\\d+\\)')\n"
                "seen = {}\n"
                "for i in range(500):\n"
                "    for m in pattern.finditer(text):\n"
                "        seen[m.group(0)] = seen.get(m.group(0), 0) + i\n")


def parallel_ceiling() -> float:
    """Wall time of the task run twice in turn over the wall time of two copies at once: what two
    processes can gain on this machine at this moment (2.0 on two free physical cores)."""
    task = [sys.executable, "-c", CEILING_TASK]
    t0 = time.perf_counter()
    for _ in range(2):
        subprocess.run(task, check=True)
    serial = time.perf_counter() - t0
    t0 = time.perf_counter()
    both = [subprocess.Popen(task) for _ in range(2)]
    if any(p.wait() for p in both):
        raise RuntimeError("the ceiling task failed")
    return serial / (time.perf_counter() - t0)


def _median(items: list, key=None):
    """The median item (the upper one for an even count); runs are ordered by `key`, their time."""
    return sorted(items, key=key)[len(items) // 2]


def best_wall(cmd: list[str], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000, help="documents in the corpus (default 2000)")
    ap.add_argument("--peer-docs", type=int, default=200,
                    help="documents the peer runs on (default 200: fewer gave peer figures 50%% apart between runs)")
    ap.add_argument("--scale", help="also measure peak RSS at these corpus sizes, e.g. 1000,10000")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each configuration and of the peer, alternating; medians are reported (default 3)")
    ap.add_argument("--passes-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--floor-only", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.passes_only:
        _print_passes()
        return
    if args.floor_only:
        _print_floor(*args.floor_only)
        return

    print(f"# monitor-pipeline benchmark, {dt.date.today()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    work = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        size = build_corpus(corpus, args.docs, args.seed)
        mb = size / 1e6
        print(f"corpus: {args.docs} documents, {mb:.2f} MB (shuffled paragraphs of {len(source_texts())} sources)")

        # Each configuration and the peer run --repeat times, alternating, and the medians are reported:
        # on a shared machine one run of each moved the speed-up and the ratio by a third.
        runs: dict[int, list] = {1: [], 2: []}
        peers, ceilings = [], []
        for _ in range(args.repeat):
            for workers in (1, 2):
                runs[workers].append(run_pipeline(corpus, workers))
            peers.append(peer(corpus, args.peer_docs, args.seed))
            ceilings.append(parallel_ceiling())
        results = {}
        for workers in (1, 2):
            wall, rss, stages, line = _median(runs[workers], key=itemgetter(0))
            results[workers] = wall
            print(f"\n--workers {workers}: {wall:.2f} s, {args.docs / wall:.0f} documents/s, {mb / wall:.3f} MB/s, "
                  f"peak RSS {rss:.0f} MB (largest process); median of {len(runs[workers])} runs: "
                  + ", ".join(f"{r[0]:.2f}" for r in runs[workers]) + f" s\n  {line}")
            total = sum(stages.values()) or 1.0
            print("  time per stage in the median run (share of summed stage time"
                  + (", over both workers" if workers > 1 else "") + "):")
            for stage, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
                print(f"    {stage:<22} {seconds:7.2f} s {100 * seconds / total:5.1f}%")
        speedup = results[1] / results[2]
        rounds = [a[0] / b[0] for a, b in zip(runs[1], runs[2], strict=True)]
        print(f"\nspeed-up of --workers 2 over --workers 1: {speedup:.2f}x (medians; "
              f"{min(rounds):.2f}-{max(rounds):.2f}x between the runs of one round)")
        ceiling = _median(ceilings)
        print(f"this machine's ceiling: two copies of a fixed CPU-bound task run {ceiling:.2f}x as fast as one after "
              f"the other (median; " + ", ".join(f"{c:.2f}" for c in ceilings) + "x in the rounds); "
              f"--workers 2 reaches {100 * speedup / ceiling:.0f}% of it")

        p_seconds, p_bytes, p_docs = _median(peers, key=itemgetter(0))
        p_mbs = p_bytes / 1e6 / p_seconds
        ours = mb / results[1]
        print(f"peer dateparser.search.search_dates: {p_docs} documents, {p_bytes / 1e6:.3f} MB in {p_seconds:.2f} s "
              f"-> {p_mbs:.3f} MB/s (median of " + ", ".join(f"{p[0]:.2f}" for p in peers) + " s)")
        print(f"pipeline (--workers 1, all extractors and writers) / peer throughput: {ours / p_mbs:.1f}x (medians)")

        script = Path(sys.executable).parent / "monitor-pipeline"  # the installed command, as users run it
        command = [str(script)] if script.exists() else [sys.executable, "-m", "pipeline"]
        cold = best_wall([*command, "run", str(ROOT / "raw" / "korea-dprk.txt"), "--out", str(work / "cold"),
                          "--force", "--quiet"])
        floor = best_wall([sys.executable, "-c", "import spacy, pandas, dateparser"])
        print(f"cold start, `run` on the sample: {cold:.2f} s; importing spacy+pandas+dateparser: {floor:.2f} s; "
              f"difference {cold - floor:.2f} s")
        steady = mb / max(results[1] - cold, 1e-9)
        print(f"--workers 1 without its fixed start-up (wall minus the cold start): {steady:.3f} MB/s, "
              f"{steady / p_mbs:.1f}x the peer (for orientation only; the ratio above is the measure)")
        first, second, size_d = distinct_passes()
        print(f"extraction in process (no writers) over the {len(source_texts())} distinct sources, "
              f"{size_d / 1e6:.2f} MB: first pass {size_d / 1e6 / first:.3f} MB/s, "
              f"second pass (caches warm) {size_d / 1e6 / second:.3f} MB/s")
        t_tok, b_tok = tokenizer_alone(corpus)
        print(f"spaCy tokenizer alone (nlp.make_doc over the corpus, nothing else): {b_tok / 1e6 / t_tok:.2f} MB/s, "
              f"{b_tok / 1e6 / t_tok / p_mbs:.0f}x the peer")
        imports, rest, extraction = all_but_extraction(corpus)
        floor = imports + rest
        target = 20 * p_mbs
        print(f"everything but extraction (importing the package {imports:.2f} s, plus a --workers 1 run served "
              f"rows computed beforehand {rest:.2f} s): {floor:.2f} s, so at most {mb / floor:.3f} MB/s, "
              f"{mb / floor / p_mbs:.1f}x the peer, were extraction free")
        left = mb / target - floor
        print(f"20x the peer ({target:.3f} MB/s) is {mb / target:.2f} s for this corpus: "
              + (f"{left:.2f} s ({mb / left:.2f} MB/s) left for extraction" if left > 0 else "less than that floor")
              + f"; extraction alone took {extraction:.2f} s in that process, spaCy's tokenizer alone {t_tok:.2f} s")

        if args.scale:
            print("\npeak RSS against corpus size (--workers 1):")
            base = None
            for n in (int(x) for x in args.scale.split(",")):
                folder = work / f"scale-{n}"
                folder.mkdir()
                size_n = build_corpus(folder, n, args.seed)
                wall, rss, _, _ = run_pipeline(folder, 1)
                base = base or rss
                print(f"  {n:>6} documents, {size_n / 1e6:7.2f} MB: {wall:7.1f} s, peak RSS {rss:.0f} MB "
                      f"({100 * (rss - base) / base:+.1f}% against the first)")
                shutil.rmtree(folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
