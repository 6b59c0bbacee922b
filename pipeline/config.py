"""Load and validate config.yaml and the rule files it points to.

Unknown keys and wrong types are errors with a message naming the file and key, so a typo
in a rule file fails at start instead of silently changing what is extracted.
"""
from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PACKAGE_RULES = Path(__file__).parent / "rules"
RULE_NAMES = ("sections", "footnotes", "dates", "votes", "weapons", "casualties")


class ConfigError(ValueError):
    """A configuration or rule file is invalid (exit status 2 on the command line)."""


def check_mapping(data: Any, schema: dict[str, Any], where: str, required: tuple[str, ...] = ()) -> dict:
    """Reject unknown keys, missing required keys and values of the wrong type."""
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping, got {type(data).__name__}")
    unknown = sorted(set(data) - set(schema))
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(schema))}")
    for key in required:
        if key not in data:
            raise ConfigError(f"{where}: missing required key '{key}'")
    for key, value in data.items():
        expected = schema[key]
        if expected is Any or value is None:
            continue
        if not isinstance(value, expected):
            names = expected.__name__ if isinstance(expected, type) else "/".join(t.__name__ for t in expected)
            raise ConfigError(f"{where}: key '{key}' must be {names}, got {type(value).__name__} ({value!r})")
    return data


def check_regex(pattern: str, where: str, flags: int = 0) -> re.Pattern:
    from .regexes import compile_rule

    try:
        return compile_rule(pattern, flags)
    except re.error as exc:
        raise ConfigError(f"{where}: invalid regular expression {pattern!r}: {exc}") from exc


def check_str_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return value


CONFIG_SCHEMA = {
    "input": (list, str),
    "output": str,
    "workers": int,
    "extensions": list,
    "spacy_model": str,
    "max_file_mb": (int, float),
    "rules": dict,
}


_FINGERPRINTS: dict[tuple, str] = {}


@dataclass(frozen=True)
class Config:
    inputs: tuple[str, ...] = ("raw",)
    output: str = "extracted"
    workers: int = 2
    extensions: tuple[str, ...] = (".txt", ".html", ".htm")
    spacy_model: str = "blank:en"
    max_file_mb: float = 20
    rule_paths: dict[str, str] = field(default_factory=dict)
    base_dir: str = "."

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1_000_000)

    def rule_file(self, name: str) -> Path:
        raw = self.rule_paths.get(name)
        if raw is None:
            return PACKAGE_RULES / f"{name}.yaml"
        path = Path(raw)
        return path if path.is_absolute() else Path(self.base_dir) / path

    def resolve(self, path: str) -> Path:
        p = Path(path)
        return p if p.is_absolute() else Path(self.base_dir) / p

    def fingerprint(self) -> str:
        """Hash of everything that changes extraction output: rule files, model, the package's code.
        Computed once per process and configuration, again when a rule file changes."""
        key = (repr(self), tuple(self.rule_file(name).stat().st_mtime for name in RULE_NAMES))
        if key not in _FINGERPRINTS:
            _FINGERPRINTS[key] = self._compute_fingerprint()
        return _FINGERPRINTS[key]

    def _compute_fingerprint(self) -> str:
        from . import __version__

        h = hashlib.sha256(__version__.encode())
        h.update(self.spacy_model.encode())
        for source in sorted(Path(__file__).parent.rglob("*.py")):
            h.update(source.read_bytes())
        for name in RULE_NAMES:
            h.update(self.rule_file(name).read_bytes())
        return h.hexdigest()[:16]


# libyaml's loader when the wheel has it: the rule files are parsed at every start, and the pure-Python
# loader took 0.12 s of every start (libyaml: 0.014 s), for the same data.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 (a safe loader)


def load_config(path: str | Path | None = None) -> Config:
    """Read config.yaml (or defaults when path is None and ./config.yaml is absent)."""
    if path is None:
        candidate = Path("config.yaml")
        if not candidate.exists():
            return Config()
        path = candidate
    path = Path(path)
    try:
        data = _load_yaml(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: config file not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    # Every key must be present: a config file that forgot one is more likely wrong than meant.
    check_mapping(data, CONFIG_SCHEMA, str(path), required=tuple(CONFIG_SCHEMA))
    empty = [key for key, value in data.items() if value is None]
    if empty:
        raise ConfigError(f"{path}: key '{empty[0]}' has no value")
    inputs = data["input"]
    if isinstance(inputs, str):
        inputs = [inputs]
    check_str_list(inputs, f"{path}: input")
    workers = data["workers"]
    if isinstance(workers, bool) or workers < 1:
        raise ConfigError(f"{path}: key 'workers' must be a positive integer, got {workers!r}")
    extensions = check_str_list(data["extensions"], f"{path}: extensions")
    max_mb = data["max_file_mb"]
    if isinstance(max_mb, bool) or max_mb <= 0:
        raise ConfigError(f"{path}: key 'max_file_mb' must be a positive number, got {max_mb!r}")
    rules = data["rules"]
    check_mapping(rules, dict.fromkeys(RULE_NAMES, str), f"{path}: rules", required=RULE_NAMES)
    cfg = Config(
        inputs=tuple(inputs),
        output=data["output"],
        workers=workers,
        extensions=tuple(e.lower() for e in extensions),
        spacy_model=data["spacy_model"],
        max_file_mb=max_mb,
        rule_paths=dict(rules),
        base_dir=str(path.parent.resolve()),
    )
    for name in RULE_NAMES:
        if not cfg.rule_file(name).exists():
            raise ConfigError(f"{path}: rules.{name}: file not found: {cfg.rule_file(name)}")
    return cfg


def read_rules(cfg: Config, name: str) -> Any:
    """The parsed YAML of one rule file (validated by the module that uses it)."""
    path = cfg.rule_file(name)
    try:
        return _load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc


_BUILT: dict[tuple[str, str | None, str], tuple[float, float, Any]] = {}  # (checked at, file mtime, built rules)
RECHECK_SECONDS = 2.0


def build_rules(cfg: Config, name: str, builder) -> Any:
    """Validate and compile a rule file once per process; rebuilt when the file changes (its
    modification time is looked at no more than every RECHECK_SECONDS: a stat per lookup showed
    in profiles)."""
    key = (name, cfg.rule_paths.get(name), cfg.base_dir)  # what decides the file, without building a Path
    now = time.monotonic()
    checked, mtime, built = _BUILT.get(key, (None, None, None))
    if checked is not None and now - checked < RECHECK_SECONDS:
        return built
    path = cfg.rule_file(name)
    current = path.stat().st_mtime
    if current != mtime:
        built = builder(read_rules(cfg, name), str(path))
    _BUILT[key] = (now, current, built)
    return built
