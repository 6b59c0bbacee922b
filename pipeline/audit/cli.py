"""audit, report and review commands (thin wrappers over evaluate, report and review)."""
from __future__ import annotations

import json
import sys

from .evaluate import TABLE_ORDER, AuditResult, audit
from .gold import GoldError


def format_table(result: AuditResult) -> str:
    lines = [f"{'table':<14} {'mode':<8} {'gold':>6} {'pred':>6} {'tp':>6} {'P':>7} {'R':>7} {'F1':>7}  fields"]
    for name in TABLE_ORDER:
        res = result.tables[name]
        if res.partial.gold == 0 and res.partial.predicted == 0:
            continue
        fields = ", ".join(f"{k} {a.value:.3f} ({a.right}/{a.total})" for k, a in res.fields.items() if a.total)
        for mode, sc in (("partial", res.partial), ("strict", res.strict)):
            lines.append(f"{name:<14} {mode:<8} {sc.gold:>6} {sc.predicted:>6} {sc.tp:>6} {sc.precision:>7.3f} "
                         f"{sc.recall:>7.3f} {sc.f1:>7.3f}  {fields if mode == 'partial' else ''}")
    lines.append("")
    lines.append(f"{len(result.documents)} documents scored (micro average over documents).")
    return "\n".join(lines)


def cmd_audit(args) -> int:
    try:
        result = audit(args.gold, args.extracted)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        print(format_table(result))
        for doc_id, da in sorted(result.documents.items()):
            worst = min((r.partial.f1, t) for t, r in da.tables.items() if r.partial.gold or r.partial.predicted) \
                if any(r.partial.gold or r.partial.predicted for r in da.tables.values()) else None
            if worst and worst[0] < 1.0:
                print(f"  {doc_id}: lowest F1 {worst[0]:.3f} ({worst[1]})")
    for note in result.skipped:
        print(f"skipped (not extracted): {note}", file=sys.stderr)
    for err in result.errors:
        print(f"gold error: {err}", file=sys.stderr)
    if args.report:
        from .report import write_report

        write_report(args.extracted, args.report, audit_result=result)
        print(f"report written to {args.report}", file=sys.stderr)
    if result.errors:
        return 2
    if args.fail_under is not None:
        low = [(n, r.partial.f1) for n, r in result.tables.items()
               if (r.partial.gold or r.partial.predicted) and r.partial.f1 < args.fail_under]
        if low:
            print("below --fail-under " + f"{args.fail_under}: " + ", ".join(f"{n} {f:.3f}" for n, f in low),
                  file=sys.stderr)
            return 1
    return 0


def cmd_report(args) -> int:
    from .report import write_report

    try:
        write_report(args.extracted, args.out, doc_ids=args.doc_ids or None)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"report written to {args.out}", file=sys.stderr)
    return 0


def cmd_review(args) -> int:
    from . import review

    try:
        if args.review_command == "sample":
            return review.sample_command(args.extracted, args.table, args.n, args.seed, sys.stdout)
        return review.score_command(args.review_csv, sys.stdout)
    except (GoldError, review.ReviewError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
