"""Fields every extractor row carries, computed the same way for all tables."""
from __future__ import annotations

from ..context import DocContext


def make_row_fields(ctx: DocContext, start: int, end: int) -> dict:
    s, e = ctx.sentence_at(start)
    return {"context": ctx.context_at(start), "sentence": ctx.flat_text(s, max(e, end))}
