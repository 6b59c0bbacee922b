"""The table dictionary, generated from the schema registry (README's tables section)."""
from __future__ import annotations

from .tables import all_tables


def table_dictionary() -> str:
    parts = []
    for spec in all_tables().values():
        key = f" Primary key: ({', '.join(spec.key)})." if spec.key else ""
        parts.append(f"### `{spec.name}.csv`\n\n{spec.doc}{key}\n\n| column | type | meaning |\n|---|---|---|")
        for c in spec.columns:
            parts.append(f"| `{c.name}` | {c.type.lower()} | {c.doc} |")
        parts.append("")
    return "\n".join(parts)
