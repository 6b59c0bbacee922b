"""Command line: a thin layer over the library (pipeline.batch, pipeline.audit).

Exit status: 0 success, 1 some documents failed (or an audit is below --fail-under),
2 usage or configuration error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .config import ConfigError, load_config
from .executors import EXECUTORS


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="monitor-pipeline", description=(
        "Turn Landmine and Cluster Munition Monitor profiles into tidy, auditable tables."))
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--config", help="config file (default: ./config.yaml if present, else built-in defaults)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    r = sub.add_parser("run", help="extract tables from profiles (.txt, .html)",
                       description="Extract tables from profiles into CSV files and monitor.sqlite.")
    r.add_argument("inputs", nargs="*", help="files, folders (searched recursively) or globs; default: config input")
    r.add_argument("--out", help="output folder (default: config output, 'extracted')")
    r.add_argument("--workers", type=int, help="parallel worker processes (default: config workers)")
    r.add_argument("--force", action="store_true", help="reprocess documents even when unchanged")
    r.add_argument("--prune", action="store_true", help="drop documents that are not among the inputs")
    r.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    r.add_argument("--format", default="csv", help="table files to write: csv, parquet or csv,parquet (default csv; "
                   "monitor.sqlite is always written)")
    r.add_argument("--batch-docs", type=int, default=1000, help="documents per Parquet file (default 1000)")
    r.add_argument("--executor", default="local", choices=EXECUTORS,
                   help="where documents are processed: local processes (default), a Dask cluster (dask, with "
                        "--scheduler) or a Dask cluster started on this machine (dask-local)")
    r.add_argument("--scheduler", help="Dask scheduler address for --executor dask, e.g. tcp://10.0.0.5:8786")
    r.add_argument("--timings", action="store_true", help="also print the seconds spent in each stage")

    a = sub.add_parser("audit", help="score extracted tables against gold YAML files",
                       description="Score extracted tables against gold files (precision, recall, F1).")
    a.add_argument("--gold", required=True, action="append", help="gold folder or file (repeatable)")
    a.add_argument("--extracted", default="extracted", help="folder of a previous run (default: extracted)")
    a.add_argument("--report", help="also write an HTML review report to this file")
    a.add_argument("--fail-under", type=float, help="exit 1 when any table's F1 (partial) is below this")
    a.add_argument("--json", action="store_true", help="print the scores as one JSON object")

    rep = sub.add_parser("report", help="write an HTML report of extracted spans (no gold needed)",
                         description="Write a self-contained HTML file highlighting every extracted span.")
    rep.add_argument("doc_ids", nargs="*", help="documents to include (default: all)")
    rep.add_argument("--extracted", default="extracted", help="folder of a previous run (default: extracted)")
    rep.add_argument("--out", required=True, help="HTML file to write")

    rv = sub.add_parser("review", help="sample rows for manual review, then score the reviewed sample",
                        description="Estimate precision without gold: sample rows, mark them y/n, score.")
    rvs = rv.add_subparsers(dest="review_command", metavar="STEP")
    s = rvs.add_parser("sample", help="print a random sample of rows as CSV with a blank 'correct' column")
    s.add_argument("--extracted", default="extracted", help="folder of a previous run (default: extracted)")
    s.add_argument("--table", action="append", help="table(s) to sample (repeatable; default: all extractor tables)")
    s.add_argument("-n", type=int, default=50, help="rows to draw (default 50), split across tables")
    s.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    sc = rvs.add_parser("score", help="estimated precision per table with a 95%% Wilson interval")
    sc.add_argument("review_csv", help="the sample CSV with its 'correct' column filled with y or n")

    ex = sub.add_parser("export", help="export the tables for spreadsheets (formula-safe CSV, .xlsx)",
                        description="Export a run's tables: CSV with formula-like cells neutralised, and/or an "
                                    ".xlsx workbook (one sheet per table, every text cell stored as text).")
    ex.add_argument("--extracted", default="extracted", help="folder of a previous run (default: extracted)")
    ex.add_argument("--out", help="folder for the exported CSV files")
    ex.add_argument("--excel-safe", action="store_true",
                    help="prefix cells that begin with = + - @ (or tab, CR) with an apostrophe")
    ex.add_argument("--xlsx", help="also write an .xlsx workbook to this file")

    sub.add_parser("tables", help="print the table dictionary (Markdown)",
                   description="Print every output table and column (generated from the code's schema).")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "run":
            return cmd_run(args)
        if args.command == "audit":
            from .audit.cli import cmd_audit

            return cmd_audit(args)
        if args.command == "report":
            from .audit.cli import cmd_report

            return cmd_report(args)
        if args.command == "review":
            from .audit.cli import cmd_review

            if args.review_command is None:
                parser.parse_args(["review", "--help"])
            return cmd_review(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "tables":
            from .docs import table_dictionary

            print(table_dictionary())
            return 0
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return 2
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 2


class UsageError(Exception):
    pass


def cmd_run(args) -> int:
    from .batch import RunLocked, run
    from .executors import ExecutorError

    cfg = load_config(args.config)
    specs = args.inputs or [str(cfg.resolve(i)) for i in cfg.inputs]
    out = args.out or str(cfg.resolve(cfg.output))
    workers = args.workers if args.workers is not None else cfg.workers
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    if not formats or set(formats) - {"csv", "parquet"}:
        raise UsageError(f"--format: expected csv, parquet or csv,parquet, got {args.format!r}")
    if args.batch_docs < 1:
        raise UsageError("--batch-docs must be at least 1")
    if args.scheduler and args.executor != "dask":
        raise UsageError("--scheduler is for --executor dask")
    try:
        summary = run(specs, out, cfg, workers=workers, force=args.force, prune=args.prune,
                      progress=not args.quiet and sys.stderr.isatty(), executor=args.executor,
                      scheduler=args.scheduler, formats=formats, batch_docs=args.batch_docs)
    except (ExecutorError, RunLocked) as exc:
        raise UsageError(str(exc)) from exc
    for spec in summary.missing:
        print(f"error: {spec}: no such file, folder or matching glob", file=sys.stderr)
    if summary.documents == 0:
        print("error: no input documents found (looked for " + ", ".join(specs) + ")", file=sys.stderr)
        return 2
    if not args.quiet:
        print(summary.line())
        written = " and ".join({"csv": "CSV", "parquet": "Parquet (parquet/)"}[f] for f in formats)
        print(f"tables written to {Path(out)}/ ({written} and monitor.sqlite)")
    if args.timings:
        total = sum(summary.timings.values()) or 1.0
        for stage, seconds in sorted(summary.timings.items(), key=lambda kv: -kv[1]):
            print(f"  {stage:<22} {seconds:8.2f} s  {100 * seconds / total:5.1f}%")
    return 1 if summary.failed or summary.missing else 0


def cmd_export(args) -> int:
    from .export import ExportError, export_csv, export_xlsx

    if not args.out and not args.xlsx:
        raise UsageError("export: give --out (CSV folder) and/or --xlsx (workbook file)")
    if args.out and Path(args.out).resolve() == Path(args.extracted).resolve():
        raise UsageError("export: --out must not be the --extracted folder (its CSV files stay faithful)")
    try:
        if args.out:
            counts = export_csv(args.extracted, args.out, safe=args.excel_safe)
            kind = "formula-safe CSV" if args.excel_safe else "CSV"
            print(f"{kind} written to {Path(args.out)}/ ({sum(counts.values())} rows)", file=sys.stderr)
        if args.xlsx:
            counts = export_xlsx(args.extracted, args.xlsx)
            print(f"workbook written to {args.xlsx} ({len(counts)} sheets, {sum(counts.values())} rows)",
                  file=sys.stderr)
    except ExportError as exc:
        raise UsageError(str(exc)) from exc
    return 0
