"""Cross-references in clipper's docstrings and comments name what exists: a ``:func:``,
``:meth:``, ``:class:``, ``:data:``, ``:attr:`` or ``:mod:`` reference resolves in the module
that makes it (its own names, its classes' members, or a dotted path from it, its package or
``clipper``), so a function moved to another module leaves no reference to where it was."""

from __future__ import annotations

import builtins
import importlib
import inspect
import pkgutil
import re
from types import ModuleType

import clipper

_ROLE = re.compile(
    r":(?:func|meth|class|data|attr|mod|exc|obj|const):`~?\.?([^`<]+?)(?:\s*<([^>]+)>)?`"
)


def _instance_attributes(cls: type) -> set[str]:
    """The attributes ``cls`` declares in its body or sets on ``self``."""
    assigned = re.findall(r"\bself\.(\w+)\s*[:=]", inspect.getsource(cls))
    return set(getattr(cls, "__annotations__", {})) | set(assigned)


def _lookup(path: str) -> bool:
    """Whether the dotted ``path`` names a module or an attribute of one (a class's attribute
    declared in its body or set on ``self`` counts)."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            if not hasattr(found, name):
                return inspect.isclass(found) and name in _instance_attributes(found)
            found = getattr(found, name)
        return True
    return False


def unresolved(module: ModuleType, source: str) -> list[tuple[int, str]]:
    """(line number, target) of each reference in ``source`` (``module``'s text) that names
    nothing."""
    package = module.__name__.rpartition(".")[0]
    classes = [
        value
        for value in vars(module).values()
        if inspect.isclass(value) and value.__module__ == module.__name__
    ]
    members = {name for value in classes for name in dir(value)}
    members |= {name for value in classes for name in _instance_attributes(value)}
    bad = []
    for number, line in enumerate(source.splitlines(), 1):
        for found in _ROLE.finditer(line):
            target = (found[2] or found[1]).strip().removesuffix("()")
            if target in members or hasattr(builtins, target.split(".")[0]):
                continue
            bases = (module.__name__, package, "clipper", "")
            if not any(_lookup(f"{base}.{target}" if base else target) for base in bases):
                bad.append((number, target))
    return bad


def test_a_reference_to_a_name_the_module_lacks_is_found() -> None:
    # an invented module text whose docstring names a function that moved away from it
    from clipper import canonical

    source = '"""Pages the same text (:func:`same_text`), ranked by :func:`rank_key`."""\n'
    assert unresolved(canonical, source) == [(1, "same_text")]
    moved = '"""(:func:`clipper.nearcopies.same_text`, :meth:`Node.size`)"""'
    assert unresolved(canonical, moved) == []


def test_every_reference_in_clipper_names_something() -> None:
    bad = []
    for info in pkgutil.walk_packages(clipper.__path__, "clipper."):
        module = importlib.import_module(info.name)
        bad += [(info.name, n, t) for n, t in unresolved(module, inspect.getsource(module))]
    assert bad == []
