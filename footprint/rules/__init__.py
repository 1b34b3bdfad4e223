"""The rule families, one module per family of the guidance. Adding a rule: a class with the next
free code in its family's module and rows in that family's tests; nothing else to register."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from footprint.registry import Registry
from footprint.rules import (
    discrimination,
    discrimination_sexual,
    discrimination_threats,
    learned,
    official,
    pictures,
    political,
    political_office,
    political_share,
    protected,
    safety,
    symbols,
    work,
    workplace,
)
from footprint.rules.base import Rule

BUILTIN_RULES: tuple[type[Rule], ...] = (
    *political.RULES,
    *political_office.RULES,
    *political_share.RULES,
    *official.RULES,
    *workplace.RULES,
    *discrimination.RULES,
    *discrimination_threats.RULES,
    *discrimination_sexual.RULES,
    *safety.RULES,
    *protected.RULES,
    *work.RULES,
    *symbols.RULES,
    *learned.RULES,
    *pictures.RULES,
)


@lru_cache(maxsize=1)
def rule_registry() -> Registry[type[Rule]]:
    registry: Registry[type[Rule]] = Registry("footprint.rules", key=lambda r: r.code)
    registry.register_all(BUILTIN_RULES)
    registry.load_entry_points()
    for rule in registry.values():
        rule.validate()
    return registry


def transparent_codes() -> list[str]:
    """Every enabled rule but the learned ones (`--no-learned`): for a reviewer who wants only
    rules whose every step can be read."""
    registry = rule_registry()
    return [code for code in registry if not issubclass(registry.get(code), learned._LearnedRule)]


def load_rules(codes: Iterable[str] | None = None) -> list[Rule]:
    """Instances of the enabled rules (all of them unless `codes` names some)."""
    registry = rule_registry()
    wanted = list(codes) if codes else list(registry)
    return [registry.get(code)() for code in wanted]
