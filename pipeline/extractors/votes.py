"""UN General Assembly votes: one row per vote event mentioned (who, how, on what, when).

find: vote verbs (abstained, voted in favour, was absent from the vote) in sentences about a UN
resolution. resolve: each verb's clause (up to the next verb) yields events from its anchors:
"since <year>", "in previous years", "Resolution 75/52 in December 2020", or a plain date in
the clause or before the verb. The treaty comes from the clause, the sentence or the section;
a resolution number missing from the text is taken from the footnote the sentence cites, then
shared among mentions of the same event.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..config import Config, ConfigError, build_rules, check_mapping, check_regex, check_str_list
from ..context import DocContext
from ..countries import to_iso3
from ..matching import char_matches, pattern_length, token_matcher
from ..nlp import FOOTNOTE_SUFFIX
from ..records import Extraction
from ..tables import C
from . import declare
from .common import make_row_fields

# Optional phrase patterns (case-insensitive regexes): absent from the rule file, they never match.
OPTIONAL_PATTERNS = ("date_joiner", "next_verb_date", "contrast", "except_split", "as_did", "as_before", "negated",
                     "absent_not_before", "then_clause", "simple_past", "perfect_before", "since", "previous", "co_voter_before",
                     "first_committee", "general_assembly", "aside", "as_aside", "it_after",
                     "states_counted", "states_listed", "body_subject")
SCHEMA = {"verbs": dict, "verb_trigger": str, "un_context": str, "resolution": str, "resolution_joiner": str,
          **dict.fromkeys(OPTIONAL_PATTERNS, str), "treaties": dict, "section_treaties": dict, "state_abbreviations": dict}
VOTES = {"yes", "no", "abstain", "absent"}
TREATIES = {"MBT", "CCM", "CCW", "other"}


@dataclass(frozen=True)
class VoteRules:
    verbs: object  # spaCy Matcher, one label per vote value
    verb_trigger: re.Pattern  # hits inside every verb match: the Matcher runs only around its hits
    verb_window: int  # tokens either side of a trigger hit that a verb match can reach
    un_context: re.Pattern
    resolution: re.Pattern
    resolution_more: re.Pattern  # a further symbol of a list, matched right after the one before
    date_joiner: re.Pattern  # what stands between two dates of a list ("2021 and 2022")
    next_verb_date: re.Pattern  # after a date that belongs to the next verb ("in 2015, when it" abstained)
    contrast: re.Pattern  # "..., while the US was absent": a clause about the same vote by another state
    except_split: re.Pattern  # "except ..." before a later verb of the sentence: the rest is that verb's
    as_did: re.Pattern  # "..., as did Russia and Syria": the states after it cast the same vote
    co_voter_before: re.Pattern  # ends right before a state voting beside the subject: "join Russia in voting"
    as_before: re.Pattern  # "..., as it did in 2016 and 2017": the dates after it are votes of their own
    negated: re.Pattern  # ends right before a verb it negates: "has not voted in favor of any subsequent ..."
    absent_not_before: re.Pattern  # after "did not vote": a direction ("in favor") makes it no absence
    then_clause: re.Pattern  # ends right before a later verb that repeats the vote before: "..., then abstained"
    simple_past: re.Pattern  # a verb that states one vote ("voted", "abstained"), matched at its start ...
    perfect_before: re.Pattern  # ... unless this ends right before it ("has voted": a record, not one vote)
    since: re.Pattern
    previous: re.Pattern
    first_committee: re.Pattern
    general_assembly: re.Pattern
    aside: re.Pattern  # ", which is not party to the CCW Amended Protocol II,": names no treaty of the vote
    states_counted: re.Pattern  # ends right before the verb: its subject is states in general ("16 voted", "Seventeen states")
    states_listed: re.Pattern  # after the verb: the list of those states follows ("including", "included")
    body_subject: re.Pattern  # ends right before the verb: its subject is the UN body ("the First Committee ... voted")
    it_after: re.Pattern  # right after the verb: "voted for it", the resolution named before the verb
    as_aside: re.Pattern  # ends right before the "since"/"previous" of ", as it has ... since 2015": other years' votes
    treaties: tuple[tuple[str, re.Pattern], ...]
    section_treaties: tuple[tuple[str, re.Pattern], ...]
    state_abbreviations: dict[str, str]  # "UAE" -> "ARE": voting states country_converter does not know


def _patterns(mapping: dict, allowed: set[str], where: str) -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for key, pats in mapping.items():
        if str(key) not in allowed:
            raise ConfigError(f"{where}: {key!r} is not one of {', '.join(sorted(allowed))}")
        for p in check_str_list(pats, f"{where}.{key}"):
            out.append((str(key), check_regex(p, f"{where}.{key}", re.I)))
    return tuple(out)


def _build(data, where: str, cfg: Config) -> VoteRules:
    check_mapping(data, SCHEMA, where, required=("verbs", "resolution"))
    unknown = set(map(str, data["verbs"])) - VOTES
    if unknown:
        raise ConfigError(f"{where}: verbs: {', '.join(sorted(unknown))} not among {', '.join(sorted(VOTES))}")
    return VoteRules(
        verbs=token_matcher(cfg, {str(k): v for k, v in data["verbs"].items()}, f"{where}: verbs"),
        verb_trigger=check_regex(data.get("verb_trigger", r"(?s)."), f"{where}: verb_trigger", re.I),
        verb_window=pattern_length(data["verbs"]),
        un_context=check_regex(data.get("un_context", r"\bresolution"), f"{where}: un_context"),
        resolution=check_regex(data["resolution"], f"{where}: resolution", re.I),
        resolution_more=_list_continuation(data, where),
        **{key: check_regex(data.get(key, "(?!)"), f"{where}: {key}", re.I) for key in OPTIONAL_PATTERNS},
        treaties=_patterns(data.get("treaties") or {}, TREATIES, f"{where}: treaties"),
        section_treaties=_patterns(data.get("section_treaties") or {}, TREATIES, f"{where}: section_treaties"),
        state_abbreviations=_abbreviations(data.get("state_abbreviations") or {}, f"{where}: state_abbreviations"),
    )


def _abbreviations(mapping: dict, where: str) -> dict[str, str]:
    """Abbreviation -> ISO3, each name checked against country_converter now rather than at a vote."""
    out = {}
    for abbreviation, name in mapping.items():
        if not (code := to_iso3(str(name))):
            raise ConfigError(f"{where}: {abbreviation}: {name!r} is no country name country_converter knows")
        out[str(abbreviation)] = code
    return out


def _list_continuation(data: dict, where: str) -> re.Pattern:
    """The joiner, then the symbol as `resolution` spells it (its pattern from the `res` group on)."""
    resolution = data["resolution"]
    if "(?P<res>" not in resolution:
        raise ConfigError(f"{where}: resolution must capture the symbol in a group named res")
    joiner = data.get("resolution_joiner", "(?!)")
    return check_regex(f"(?:{joiner}){resolution[resolution.index('(?P<res>'):]}", f"{where}: resolution_joiner", re.I)


def load_rules(cfg: Config) -> VoteRules:
    return build_rules(cfg, "votes", lambda data, where: _build(data, where, cfg))


@dataclass
class Event:
    start: int
    end: int
    vote: str
    year: str = ""
    vote_date: str = ""
    resolution: str = ""
    period: str = ""
    rule: str = ""
    takes_cited: bool = True  # may take the resolution the sentence's footnote cites (not another year's vote)
    body: str = ""  # UNGA or First Committee, set when the events of a clause are written


def _treaty(text: str, rules: VoteRules) -> str | None:
    hits = [(m.start(), t) for t, pat in rules.treaties for m in [pat.search(text)] if m]
    return min(hits)[1] if hits else None


def extract(ctx: DocContext) -> list[Extraction]:
    rules = load_rules(ctx.config)
    text = ctx.text
    verbs = sorted((start, end, vote) for vote, start, end in char_matches(
        rules.verbs, ctx.spacy_doc, rules.verb_trigger, text, rules.verb_window) if not _negated(rules, text, vote, start, end))
    starts = [v[0] for v in verbs]
    out: list[Extraction] = []
    previous: tuple[int, list[Event]] = (-1, [])  # the sentence start and events of the last verb with events
    excepted = (-1, -1)  # (sentence start, where): the rest of the clause before, handed on to this verb
    for k, (vs, ve, vote) in enumerate(verbs):
        s_start, s_end = ctx.sentence_at(vs)
        c0 = excepted[1] if excepted[0] == s_start else vs
        excepted = (-1, -1)
        if ctx.context_at(vs) == "footnote" and not rules.un_context.search(text[s_start:s_end]):
            continue
        notes = _cited_notes(ctx, s_start, s_end, rules)  # read once: for the context, the treaty and the symbol
        if not _about_un_vote(ctx, rules, s_start, s_end, notes):
            continue
        nxt = verbs[k + 1][0] if k + 1 < len(verbs) and verbs[k + 1][0] < s_end else s_end  # verbs are sorted
        if nxt < s_end and (cut := _handover(ctx, rules, vs, nxt)) is not None:
            excepted, nxt = (s_start, cut), cut
        clause = (c0, nxt)
        first_in_sentence = bisect_left(starts, s_start, 0, k)  # verbs are sorted
        later = first_in_sentence < k and starts[first_in_sentence] < vs
        pre = (vs, vs) if later else (s_start, vs)
        # a later verb's symbol takes a date that opens the sentence ("In 2022, X abstained on Resolution
        # 77/63, but voted in favor of Resolution 77/79"), when its session fits that year
        lead = (s_start, starts[first_in_sentence]) if later else None
        events = _events(ctx, rules, vote, clause, pre, lead)
        if events and rules.it_after.match(text, ve) and (named := _symbols(rules, text, s_start, vs)):
            # "co-sponsors of Resolution 58/53 ..., and voted for it on 8 December 2003"
            for ev in events:
                if not ev.resolution and not ev.period and _session_fits(named[-1][2], ev.year):
                    ev.resolution = named[-1][2]
        if c0 < vs:  # a clause handed on from the verb before runs to this verb
            for ev in events:
                ev.end = max(ev.end, _verb_end(text, vs, nxt))
        if not events and (borrowed := _adopted_before(ctx, rules, vs, s_start, clause)):
            # "On 7 December 2020, Resolution 75/52 was adopted by ... Atlantis voted in favor."
            symbol, date = borrowed
            events.append(_dated(Event(vs, ve, vote, resolution=symbol,
                                       rule=f"{vote}_adopted_before"), date))
        if not events and previous[0] == s_start:
            # "X voted against ... in 2022, while the US was absent": the same vote, another state;
            # "X voted yes on Resolution 58/53 in the First Committee, then abstained in the General Assembly"
            for kind, pattern in (("contrast", rules.contrast), ("then", rules.then_clause)):
                if pattern.search(text, previous[1][-1].end, vs):
                    end = _verb_end(text, vs, nxt) if kind == "contrast" else vs + _trimmed_length(text[vs:nxt])
                    events = [Event(vs, end, vote, year=e.year, vote_date=e.vote_date,
                                    resolution=e.resolution, period=e.period, rule=f"{vote}_{kind}") for e in previous[1]]
                    break
        if not events:
            continue
        previous = (s_start, events)
        sentence = text[s_start:s_end]
        clause_text = text[clause[0]:clause[1]]
        top = ctx.top_at(vs)
        # the clause, else the sentence up to the clause's end (a later clause may be about another treaty)
        # ... else the resolution the sentence cites ("[2] 'Implementation of the Convention on Cluster
        # Munitions,' UNGA Resolution 75/62"), else the section's title
        treaty = (_treaty(clause_text, rules) or _treaty(rules.aside.sub(" ", text[s_start:clause[0]]), rules)
                  or _treaty(" ".join(notes), rules)
                  or next((t for t, p in rules.section_treaties if top and p.search(top.title)), None)
                  or _doc_treaty(ctx, rules))
        # The clause names its body ("... but it voted in favor in the UNGA"), else the sentence does.
        body = ("First Committee" if rules.first_committee.search(clause_text) else
                "UNGA" if rules.general_assembly.search(clause_text) else
                "First Committee" if rules.first_committee.search(sentence) else "UNGA")
        named, co_voters = _named_states(ctx, rules, text[s_start:vs])
        co_voters += _states_inside_verb(ctx, rules, text[vs:ve])
        # a tally's subject is states in general ("163 states voted in favor", "Seventeen states abstained", "join
        # those that voted in favour"): no vote of the profile's country, nor of a state named earlier in the
        # sentence ("It was one of 17 countries that abstained" is the country's)
        tally = rules.states_counted.search(text, s_start, vs) and not _ONE_OF.search(text, s_start, vs)
        states = _states_included(ctx, rules, s_start, vs, ve, s_end) or ([] if tally else named)
        if not states:
            if not tally and rules.body_subject.search(text, s_start, vs):
                continue  # the body's own vote on adopting the resolution: no state's
            states = [(None, None)] if tally else [(ctx.country, ctx.iso3)]
        states = list(dict.fromkeys(states + co_voters + _states_that_did_too(ctx, rules, text, clause)))
        cited = _cited_resolutions(notes, rules)
        segment_start = clause[0]
        for ev in sorted(events, key=lambda e: e.end):
            ev.body = body
            if len(events) > 1:
                # "... in the First Committee on 3 November 2021 and again in the General Assembly on 6 December
                # 2021": the part of the clause since the event before names each event's body, when it names one
                segment = text[segment_start:ev.end]
                segment_start = max(segment_start, ev.end)
                names_ga, names_fc = rules.general_assembly.search(segment), rules.first_committee.search(segment)
                if names_ga and not names_fc:
                    ev.body = "UNGA"
                elif names_fc and not names_ga:
                    ev.body = "First Committee"
        for ev in events:
            if not ev.resolution and len(cited) == 1 and ev.period == "" and ev.takes_cited and \
                    _session_fits(cited[0], ev.year):
                ev.resolution = cited[0]
                ev.rule += "+footnote_resolution"
            for state, iso3 in states:  # "Israel, Russia and Syria voted against": one event per state
                fields = make_row_fields(ctx, ev.start, ev.end)
                fields.update(state=state or "", iso3=iso3 or "", vote=ev.vote, treaty=treaty, resolution=ev.resolution,
                              body=ev.body, year=ev.year, vote_date=ev.vote_date, period=ev.period)
                out.append(Extraction("votes", ev.start, ev.end, ev.rule, fields))
    _share_resolutions(out)
    return out


def _session_fits(symbol: str, year: str) -> bool:
    """Can a vote in `year` be on resolution `symbol`? Session N of the General Assembly opens in September
    of 1945 + N and votes in its autumn, now and then in the next year: a note citing Resolution 77/79 does
    not give the symbol of a vote "in 2015". Without a year, any symbol fits."""
    session = symbol.split("/", 1)[0]
    return not year or not session.isdigit() or int(year) - 1945 - int(session) in (0, 1)


def _adopted_before(ctx: DocContext, rules: VoteRules, vs: int, s_start: int, clause) -> tuple | None:
    """(symbol, date) of the resolution an earlier sentence of the paragraph dates, for a vote in the
    simple past whose own sentence has no date or symbol ("... Resolution 75/52 was adopted on 7 December
    2020 ... China, India and Pakistan abstained"); None otherwise."""
    text = ctx.text
    if not rules.simple_past.match(text, vs) or rules.perfect_before.search(text, max(0, vs - 30), vs):
        return None
    if _point_dates(ctx, (s_start, clause[1])) or _symbols(rules, text, s_start, clause[1]):
        return None
    p_start, _ = ctx.paragraph_at(s_start)
    lo = max(p_start, s_start - 500)
    symbols = _symbols(rules, text, lo, s_start)
    if len(symbols) != 1:
        return None
    dates = [d for d in _point_dates(ctx, ctx.sentence_at(symbols[0][0])) if d.fields.get("value", "")[:1].isdigit()]
    return (symbols[0][2], dates[0]) if len(dates) == 1 else None


def _negated(rules: VoteRules, text: str, vote: str, start: int, end: int) -> bool:
    """"has not voted in favor of any subsequent resolution", "did not vote for it": no vote event."""
    if vote == "absent":
        return bool(rules.absent_not_before.match(text, end))
    return bool(rules.negated.search(text, max(0, start - 20), start))


def _about_un_vote(ctx: DocContext, rules: VoteRules, s_start: int, s_end: int, notes: list[str]) -> bool:
    """`notes`: the cited notes that name a resolution (`_cited_notes`)."""
    text = ctx.text
    if rules.un_context.search(text[s_start:s_end]):
        return True
    # The sentence before (same paragraph) or the table label line above may carry the context.
    p_start, _ = ctx.paragraph_at(s_start)
    before = text[max(p_start, s_start - 400):s_start] if p_start < s_start else text[max(0, s_start - 120):s_start]
    # ... or a note the sentence cites ("It voted in favor in 2017.[3]", "[3] UNGA Resolution 72/53, ...")
    return bool(rules.un_context.search(before)) or bool(notes)


def _events(ctx: DocContext, rules: VoteRules, vote: str, clause, pre, lead=None) -> list[Event]:
    text = ctx.text
    c0, c1 = clause
    events: list[Event] = []
    used: list[tuple[int, int]] = []
    for m in rules.since.finditer(text, c0, c1):
        events.append(Event(c0, m.end(), vote, year=m.group("year"), period="since", rule=f"{vote}_since"))
        used.append(m.span())
    for m in rules.previous.finditer(text, c0, c1):
        events.append(Event(c0, m.end(), vote, period="previous", rule=f"{vote}_previous"))
        used.append(m.span())
    # "In December 2021, X abstained, as it has ... since 2015": the period is an aside; the date before the verb
    # still dates this vote
    asides_only = bool(used) and all(rules.as_aside.search(text, c0, start) for start, _ in used)
    clause_dates = [d for d in _point_dates(ctx, clause) if not any(a <= d.char_start < b for a, b in used)]
    if (again := rules.as_before.search(text, c0, c1)) is not None:
        # "Resolution 73/54 on 5 December 2018, as it did in 2016 and 2017": the same vote in other years
        for d in clause_dates:
            if d.char_start >= again.end():
                events.append(_dated(Event(again.start(), d.char_end, vote, rule=f"{vote}_as_before", takes_cited=False), d))
        clause_dates = [d for d in clause_dates if d.char_start < again.start()]
    resolutions = _symbols(rules, text, c0, c1)
    # "Resolutions 76/26 and 77/63 in 2021 and 2022": as many dates after the list as symbols pair in order;
    # so do as many listed before the verb ("In 2021 and 2022, X abstained on resolutions 76/26 and 77/63").
    after = [d for d in clause_dates if resolutions and d.char_start >= resolutions[-1][1]]
    if len(resolutions) > 1 and len(after) != len(resolutions) and not clause_dates:
        after = _dates_before(ctx, rules, pre)
    paired = len(resolutions) > 1 and len(after) == len(resolutions)
    for k, (_start, res_end, symbol) in enumerate(resolutions):
        attached = next((d for d in clause_dates if 0 <= d.char_start - res_end <= 12), None)
        # of a list, the one date between this symbol and the next ("Resolution 78/36 promoting the treaty on 7
        # December 2023, and of Resolution 77/79 in December 2022")
        next_start = resolutions[k + 1][0] if k + 1 < len(resolutions) else c1
        own = [d for d in clause_dates if res_end <= d.char_start < next_start] if len(resolutions) > 1 else []
        # "Resolution 66/29 on 2 December 2011", else "On 7 December 2020, X abstained on Resolution 75/52"
        date = (after[k] if paired else None) or attached or (own[0] if len(own) == 1 else None) or _last_date(ctx, pre) or (
            clause_dates[0] if len(resolutions) == 1 and clause_dates else None)
        if date is None and lead is not None and (opening := _last_date(ctx, lead)) is not None and \
                _session_fits(symbol, opening.fields.get("value", "")[:4]):
            date = opening
        end = max(res_end, date.char_end if date and date.char_start > res_end else res_end)
        events.append(_dated(Event(c0, end, vote, resolution=symbol, rule=f"{vote}_resolution"), date))
    if not resolutions:
        if clause_dates:
            for d in clause_dates:
                events.append(_dated(Event(c0, d.char_end, vote, rule=f"{vote}_date"), d))
        elif not events or asides_only or all(e.rule.endswith("_as_before") for e in events):
            # "In December 2021 and December 2022, X voted ...": each date of the list before the verb (also beside
            # other years' votes after it: "On 5 December 2018, X voted in favor, as it did in 2016 and 2017")
            for d in _dates_before(ctx, rules, pre):
                events.append(_dated(Event(d.char_start, _verb_end(text, c0, c1), vote, rule=f"{vote}_date_before"), d))
            if not events and (opening := list(rules.since.finditer(text, *pre))):
                # "Since 2015, X has abstained on the UNGA resolution": the period opens the sentence
                events.append(Event(opening[-1].start(), _verb_end(text, c0, c1), vote, year=opening[-1].group("year"),
                                    period="since", rule=f"{vote}_since_before"))
    return events


def _symbols(rules: VoteRules, text: str, c0: int, c1: int) -> list[tuple[int, int, str]]:
    """(start, end, symbol) of each resolution the clause names, lists included."""
    found = []
    for m in rules.resolution.finditer(text, c0, c1):
        found.append((m.start(), m.end(), m.group("res")))
        pos = m.end()
        while more := rules.resolution_more.match(text, pos, c1):
            found.append((more.start("res"), more.end(), more.group("res")))
            pos = more.end()
    return found


_WHEN_AFTER = re.compile(r",?[ \t]+when[ \t]+(?:it|they)\b")  # a period's start that is the date of the vote after it
_TRAILING_REFERENCES = re.compile(rf"(?:{FOOTNOTE_SUFFIX})+\s*$")  # the references the tokenizer splits off


def _verb_end(text: str, c0: int, c1: int) -> int:
    m = re.search(r"\b(?:resolution|vote|voting)\b", text[c0:c1], re.I)
    end = c0 + (m.end() if m else min(c1 - c0, 30))
    return c0 + _trimmed_length(text[c0:end])


def _trimmed_length(piece: str) -> int:
    """The length of a clause without its closing stop and footnote references: "when it was absent."
    and "voted against it.[2]" end at the verb's last word."""
    return len(_TRAILING_REFERENCES.sub("", piece).rstrip(".,;: "))


def _point_dates(ctx: DocContext, span) -> list:
    """The dates in span that can date a single vote ("since 1997" is a period's start, but "since November 2015,
    when it voted against" dates that vote)."""
    return [d for d in ctx.rows_between("dates", *span)
            if d.fields.get("modifier") != "since" or _WHEN_AFTER.match(ctx.text, d.char_end)]


def _last_date(ctx: DocContext, span):
    inside = _point_dates(ctx, span)
    return inside[-1] if inside else None


def _dates_before(ctx: DocContext, rules: VoteRules, span) -> list:
    """The last date before the verb and the dates listed with it ("December 2021 and December 2022")."""
    inside = _point_dates(ctx, span)
    listed = inside[-1:]
    for d in reversed(inside[:-1]):
        if not rules.date_joiner.fullmatch(ctx.text, d.char_end, listed[0].char_start):
            break
        listed.insert(0, d)
    return listed


def _handover(ctx: DocContext, rules: VoteRules, start: int, next_verb: int) -> int | None:
    """Where a clause hands the rest of it to the next verb of its sentence: at "except" ("since 1997,
    except for Resolution 54/54B in 1999, on which it abstained") or at a date followed by ", when it"
    ("..., but in 2021, when it abstained"). None when the clause is all its own verb's."""
    if cut := rules.except_split.search(ctx.text, start, next_verb):
        return cut.start()
    handed = [d for d in _point_dates(ctx, (start, next_verb)) if rules.next_verb_date.match(ctx.text, d.char_end, next_verb)]
    return handed[-1].char_start if handed else None


def _dated(ev: Event, date) -> Event:
    if date is not None:
        value = date.fields.get("value", "")
        ev.year = value[:4] if re.match(r"\d{4}", value) else ""
        ev.vote_date = value if re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value) else ""
    return ev


def _cited_notes(ctx: DocContext, s_start: int, s_end: int, rules: VoteRules) -> list[str]:
    """The texts of the footnotes the sentence cites that name a resolution ("Ibid." followed to its note)."""
    found = []
    for ref in ctx.refs_between(s_start, s_end + 7):
        d = ctx.defs_by_id.get(ref.footnote_id)
        seen = set()
        while d is not None and d.footnote_id not in seen:  # "Ibid." cites the note before it
            seen.add(d.footnote_id)
            if rules.resolution.search(d.text):
                found.append(d.text)
                break
            d = ctx.defs_by_id.get(d.ibid_of)
    return list(dict.fromkeys(found))


def _cited_resolutions(notes: list[str], rules: VoteRules) -> list[str]:
    return list(dict.fromkeys(m.group("res") for note in notes for m in rules.resolution.finditer(note)))


POSSESSIVE_END = re.compile(r"['’]s$")
# "the Republic of Korea and the United States", "the Democratic Republic of the Congo"
_CAPS = re.compile(r"\b(?:[Tt]he\s+)?([A-Z][\w'’.\-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w'’.\-]*){0,4})")


# Capitalised words that open a sentence before the states it names
_LEADING_WORD = re.compile(r"^(?:Both|Neither|Either|And|But|Only|Also|However|Meanwhile|Similarly|Thus|Then|Together)\s+")
_AFTER_PREPOSITION = re.compile(r"\b(?:in|on|of|at|by|from|against|to|into|toward|towards|with|over)\s+$", re.I)


def _named_states(ctx: DocContext, rules: VoteRules, before: str) -> tuple[list, list]:
    """The country, or the list of them, that the words before the verb name ([] when they name none), and
    the states named as voting beside it ("the only country to join Russia in voting against")."""
    co_voters: list[tuple[str | None, str | None]] = []
    for m in reversed(list(_CAPS.finditer(before))):
        name = POSSESSIVE_END.sub("", m.group(1))  # "Azerbaijan's representative voted": Azerbaijan
        name = _LEADING_WORD.sub("", name)  # "Both Armenia and Azerbaijan voted": no state "Both Armenia"
        if name in ("On", "In", "Summary", "UN", "UNGA") or len(name) < 3 and name not in ("US", "UK"):
            continue
        if rules.co_voter_before.search(before, 0, m.start()):
            co_voters = _as_states(ctx, rules, name, "") + co_voters
            continue
        if _AFTER_PREPOSITION.search(before, 0, m.start()):  # "the use of cluster munitions in Syria, voting"
            continue
        if _COMPARED_NAME.match(name) or _COMPARED_WITH.search(before, 0, m.start()):
            continue  # "Like Russia and Syria, Atlantis abstained", "Unlike its neighbor Uzbekistan, ...": not the voter
        named = _as_states(ctx, rules, name, before[:m.start()])
        if named:
            return named, co_voters
    return [], co_voters


def _states_included(ctx: DocContext, rules: VoteRules, s_start: int, vs: int, ve: int, s_end: int) -> list:
    """"Of the 33 states not party, 16 voted in favor, including Azerbaijan, Bahrain and Morocco", "The 18
    states that abstained included China, Cuba and Egypt": when the verb's subject is a number of states,
    the states listed after it ([] when there is no such list, or a part of it is no country)."""
    text = ctx.text
    if not rules.states_counted.search(text, s_start, vs):
        return []
    listed = rules.states_listed.match(text, ve, s_end)
    if listed is None:
        return []
    items = [p.strip() for p in _LIST_SPLIT.split(_LIST_END.split(text[listed.end():s_end], 1)[0])]
    items = [_THE.sub("", p) for p in items if p]
    codes = [_state_iso3(rules, p) for p in items]
    if not items or not all(codes):
        return []
    return _as_profile_names(ctx, list(zip(items, codes, strict=True)))


_ONE_OF = re.compile(r"\b(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:states|countries)\b[^.;]*$", re.I)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_LIST_END = re.compile(r"[.;:()\[]")  # the end of the list: the sentence's, or a bracket ("(see below)", "[3]")
_THE = re.compile(r"^the\s+", re.I)


_WITH_BEFORE = re.compile(r"\bwith\s+$")


def _states_inside_verb(ctx: DocContext, rules: VoteRules, verb: str) -> list[tuple[str | None, str | None]]:
    """The states a vote verb names inside it, voting beside its subject: "voted, along with Zimbabwe, against"."""
    return [state for m in _CAPS.finditer(verb) if _WITH_BEFORE.search(verb, 0, m.start())
            for state in _as_states(ctx, rules, m.group(1), "")]


def _as_states(ctx: DocContext, rules: VoteRules, name: str, before: str) -> list[tuple[str | None, str | None]]:
    """A name as voting states: a list ("Russia and Syria", with any "Israel, " before it) or one country;
    the profile's own country under the profile's name for it. [] when the name is no country."""
    code = _state_iso3(rules, name)
    return _as_profile_names(ctx, _listed_states(rules, name, before) or ([(name, code)] if code else []))


def _as_profile_names(ctx: DocContext, named: list[tuple[str, str]]) -> list[tuple[str | None, str | None]]:
    """The profile's own country under the profile's name for it ("the ROK" in the Republic of Korea's)."""
    return [(ctx.country, ctx.iso3) if c == ctx.iso3 else (n, c) for n, c in named]


def _states_that_did_too(ctx: DocContext, rules: VoteRules, text: str, clause) -> list[tuple[str | None, str | None]]:
    """"..., as did Russia and Syria": the same vote by the states named after "as did"."""
    m = rules.as_did.search(text, *clause)
    if m is None:
        return []
    found = _CAPS.match(text, m.end(), clause[1])
    if found is None:
        return []
    return _as_states(ctx, rules, found.group(1).rstrip("."), "")


# "Like Russia and Syria, ...", "Unlike its neighbor Uzbekistan, ...": a state compared with the voter
_COMPARED_WITH = re.compile(r"\b(?:[Ll]ike|[Uu]nlike|[Aa]s\s+with)\s+(?:[a-z]+\s+){0,3}$")
_COMPARED_NAME = re.compile(r"(?:Like|Unlike)\s")
# A state's name in a list before the verb: "Israel, ", and the last before "and": "Syria, and the "
_STATE_ITEM = r"(?:^|(?<=\s))([A-Z][\w'’.\-]*(?:\s+(?:of\s+)?[A-Z][\w'’.\-]*){0,3}),"
_LAST_ITEM_BEFORE = re.compile(_STATE_ITEM + r"\s+and\s+(?:the\s+)?$")
_LIST_ITEM_BEFORE = re.compile(_STATE_ITEM + r"\s*$")


def _state_iso3(rules: VoteRules, name: str) -> str | None:
    return rules.state_abbreviations.get(name) or to_iso3(name)


def _listed_states(rules: VoteRules, name: str, before: str) -> list[tuple[str, str]]:
    """"Russia and Syria" (and any "Israel, " before it), or "the United States" after "Russia, Syria, and ", as
    states, when each part is a different country;
    [] for one country whose name has "and" ("Bosnia and Herzegovina") or a name that is no list."""
    parts = re.split(r"\s+and\s+(?:the\s+)?", name)
    if len(parts) < 2:
        # the last item of a list with a comma before its "and": "Russia, Syria, and the United States"
        if (last := _LAST_ITEM_BEFORE.search(before)) is None:
            return []
        parts.insert(0, last.group(1))
        before = before[:last.start()]
    while (item := _LIST_ITEM_BEFORE.search(before)) is not None:
        parts.insert(0, item.group(1))
        before = before[:item.start()]
    codes = [_state_iso3(rules, p) for p in parts]
    if not all(codes) or len(set(codes)) < len(codes):
        return []
    return list(zip(parts, codes, strict=True))


def _doc_treaty(ctx: DocContext, rules: VoteRules) -> str:
    counts: dict[str, int] = {}
    for t, pat in rules.treaties:
        counts[t] = counts.get(t, 0) + len(pat.findall(ctx.text))
    best = max(counts.items(), key=lambda kv: kv[1], default=("other", 0))
    return best[0] if best[1] else "other"


def _share_resolutions(rows: list[Extraction]) -> None:
    """Mentions of one event (same vote, treaty, year, period, body) share a known resolution number."""
    known: dict[tuple, str] = {}
    for r in rows:
        f = r.fields
        if f["resolution"] and f["year"]:
            known.setdefault((f["vote"], f["treaty"], f["year"], f["period"], f["body"]), f["resolution"])
    for r in rows:
        f = r.fields
        key = (f["vote"], f["treaty"], f["year"], f["period"], f["body"])  # a First Committee vote has its own symbol
        if not f["resolution"] and f["year"] and key in known:
            f["resolution"] = known[key]
            r.rule += "+same_event"


TABLE_FIELDS = (
    C("state", "TEXT", "The voting state as named in the profile (the profile's country unless the sentence names "
      "another; a list of states gives one row each)."),
    C("iso3", "TEXT", "ISO3 code of the voting state."),
    C("vote", "TEXT", "yes, no, abstain or absent."),
    C("treaty", "TEXT", "What the resolution promotes: MBT, CCM, CCW or other."),
    C("resolution", "TEXT", "Resolution number such as 75/52 (from the text, the cited footnote or another mention)."),
    C("body", "TEXT", "UNGA or First Committee."),
    C("year", "TEXT", "Year of the vote; for period=since the first year."),
    C("vote_date", "TEXT", "ISO date (day or month) of the vote when the text gives it."),
    C("period", "TEXT", "since ('since 2015'), previous ('as in previous years') or empty for a single vote."),
)
# The votes column list of the issue omits `context`, but "every row" of every extractor carries it: kept.
SPEC = declare("votes", "UN General Assembly vote events, one row per mention.", "vote_id", "V", TABLE_FIELDS, extract)
