"""Find footnote references and definitions, resolve each reference within its level-1 section.

A reference is a bracketed number in running text; a definition is a paragraph starting with
one. Numbering restarts per level-1 section, so a reference resolves only to a definition with
the same number in the same section. `Ibid.` points to the definition before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .config import Config, build_rules, check_mapping, check_regex, check_str_list
from .records import Finding, FootnoteDef, FootnoteRef, Section
from .spans import SpanSet
from .tables import SOURCE_TYPES

SCHEMA = {"reference": str, "definition": str, "ibid": str, "un_symbols": list, "source_types": list}


@dataclass(frozen=True)
class FootnoteRules:
    reference: re.Pattern
    definition: re.Pattern
    ibid: re.Pattern
    un_symbols: tuple[re.Pattern, ...]
    source_types: tuple[tuple[str, re.Pattern], ...]


def _build(data, where: str) -> FootnoteRules:
    check_mapping(data, SCHEMA, where, required=("reference", "definition"))
    types = []
    for k, item in enumerate(data.get("source_types") or []):
        check_mapping(item, {"type": str, "pattern": str}, f"{where}: source_types[{k}]", required=("type", "pattern"))
        if item["type"] not in SOURCE_TYPES:
            raise_where = f"{where}: source_types[{k}].type"
            from .config import ConfigError

            raise ConfigError(f"{raise_where}: {item['type']!r} is not one of {', '.join(sorted(SOURCE_TYPES))}")
        types.append((item["type"], check_regex(item["pattern"], f"{where}: source_types[{k}]", re.I)))
    return FootnoteRules(
        reference=check_regex(data["reference"], f"{where}: reference"),
        definition=check_regex(data["definition"], f"{where}: definition", re.M),
        ibid=check_regex(data.get("ibid", r"^\s*Ibid\b"), f"{where}: ibid", re.I),
        un_symbols=tuple(check_regex(p, f"{where}: un_symbols") for p in check_str_list(data.get("un_symbols", []), where)),
        source_types=tuple(types),
    )


def load_rules(cfg: Config) -> FootnoteRules:
    return build_rules(cfg, "footnotes", _build)


@dataclass
class FootnoteResult:
    refs: list[FootnoteRef]
    defs: list[FootnoteDef]
    findings: list[Finding]
    def_spans: list[tuple[int, int]]  # definition paragraphs, where references are not looked for


def find_footnotes(doc_id: str, text: str, sections: list[Section], rules: FootnoteRules) -> FootnoteResult:
    tops = [s for s in sections if s.level <= 1]
    defs: list[FootnoteDef] = []
    refs: list[FootnoteRef] = []
    findings: list[Finding] = []
    spans: list[tuple[int, int]] = []
    for top in tops:
        seg_start, seg_end = top.char_start, top.char_end
        own_defs: dict[int, FootnoteDef] = {}
        previous: FootnoteDef | None = None
        own_spans = SpanSet()
        for m in rules.definition.finditer(text, seg_start, seg_end):
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            end = _paragraph_end(text, m.end(), seg_end, rules)
            number = int(m.group("n"))
            fid = f"{top.section_id}.F{number}"
            body_start = m.end()
            while body_start < end and text[body_start] == " ":
                body_start += 1
            if number in own_defs:
                findings.append(Finding(doc_id, top.section_id, "duplicate_footnote", start, end,
                                        f"footnote [{number}] defined more than once in this section"))
                fid = f"{fid}.{start}"
            d = FootnoteDef(fid, top.section_id, number, start, end, text[start:end], body_start)
            body = text[body_start:end]
            d.un_symbols = _unique(sym for pat in rules.un_symbols for sym in pat.findall(body))
            if rules.ibid.match(body):
                d.source_type = "ibid"
                if previous is not None:
                    d.ibid_of = previous.footnote_id
                else:
                    findings.append(Finding(doc_id, top.section_id, "ibid_without_previous", start, end,
                                            f"footnote [{number}] says Ibid. but no footnote precedes it"))
            else:
                d.source_type = next((t for t, pat in rules.source_types if pat.search(text[start:end])), "other")
            own_defs.setdefault(number, d)
            defs.append(d)
            spans.append((start, end))
            own_spans.add(start, end)
            previous = d
        n_refs = 0
        for m in rules.reference.finditer(text, seg_start, seg_end):
            if own_spans.contains(m.start()):
                continue
            number = int(m.group("n"))
            target = own_defs.get(number)
            n_refs += 1
            rid = f"{top.section_id}.R{n_refs}"
            refs.append(FootnoteRef(rid, top.section_id, number, m.start(), m.end(), m.group(0),
                                    target.footnote_id if target else None))
            if target is not None:
                target.n_refs += 1
            else:
                findings.append(Finding(doc_id, top.section_id, "dangling_ref", m.start(), m.end(),
                                        f"reference [{number}] has no definition in section {top.title!r}"))
        for d in own_defs.values():
            if d.n_refs == 0:
                findings.append(Finding(doc_id, top.section_id, "uncited_footnote", d.char_start, d.char_end,
                                        f"footnote [{d.number}] is not cited in section {top.title!r}"))
    return FootnoteResult(refs, defs, findings, spans)


def _paragraph_end(text: str, pos: int, limit: int, rules: FootnoteRules) -> int:
    """A definition runs to the next blank line or the next definition, whichever comes first."""
    end = pos
    while end < limit:
        nl = text.find("\n", end, limit)
        if nl == -1:
            end = limit
            break
        next_nl = text.find("\n", nl + 1, limit)
        following = text[nl + 1:next_nl if next_nl != -1 else limit]
        if not following.strip() or rules.definition.match(following):
            end = nl
            break
        end = nl + 1
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end


def _unique(items) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
