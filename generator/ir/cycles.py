"""Schemas that refer to each other in a circle (``Customer`` → ``Subscription`` → ``Customer``).

Python cannot import two modules from each other by name, so the type modules of one strongly
connected component of the import graph are merged into one: the first of them by module path holds
every declaration, and each other module re-exports its own public name from it, so every type is still
importable from the module its name gives. In the merged module classes come first and aliases after
them in dependency order, since an alias is evaluated when the module loads. An alias that refers to
itself, or to one declared after it, names it in quotes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Dict, Iterable, List, Set, Tuple

from ..diagnostics import Report
from . import model as ir
from .naming import relative_import
from .pynames import annotation_names

_NAME = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|[A-Za-z_][A-Za-z_0-9]*')


def absolute_module(from_module: str, relative: str) -> str:
    """Undo ``relative_import``: the dotted module a relative import in ``from_module`` reaches."""
    dots = len(relative) - len(relative.lstrip("."))
    base = from_module.split(".")[:-1]
    base = base[: len(base) - (dots - 1)] if dots > 1 else base
    rest = relative[dots:]
    return ".".join([*base, rest]) if rest else ".".join(base)


def _components(graph: Dict[str, Set[str]]) -> List[List[str]]:
    """Strongly connected components (Tarjan's algorithm, iterative), in a stable order."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    on_stack: Set[str] = set()
    stack: List[str] = []
    out: List[List[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: List[Tuple[str, Iterable[str]]] = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            advanced = False
            for nxt in edges:
                if nxt not in graph:
                    continue
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                out.append(sorted(component))
    return out


def _rename(text: str, mapping: Dict[str, str]) -> str:
    if not mapping:
        return text
    return _NAME.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)


def _quote(text: str, names: Set[str]) -> str:
    if not names:
        return text
    return _NAME.sub(lambda m: f'"{m.group(0)}"' if m.group(0) in names else m.group(0), text)


def _rename_decl(decl: object, mapping: Dict[str, str]) -> object:
    if not mapping:
        return decl
    name = mapping.get(decl.name, decl.name)  # type: ignore[attr-defined]
    if isinstance(decl, ir.AliasDecl):
        return replace(decl, name=name, annotation=_rename(decl.annotation, mapping))
    if isinstance(decl, ir.FunctionalTypedDictDecl):
        entries = tuple((key, _rename(value, mapping)) for key, value in decl.entries)
        fields = tuple(replace(f, annotation=_rename(f.annotation, mapping)) for f in decl.fields)
        return replace(decl, name=name, entries=entries, fields=fields)
    fields = tuple(replace(f, annotation=_rename(f.annotation, mapping)) for f in decl.fields)  # type: ignore[attr-defined]
    return replace(decl, name=name, fields=fields)  # type: ignore[arg-type]


def order_declarations(decls: List[object]) -> List[object]:
    """Classes first (their annotations are read lazily), then aliases, each after the aliases it names;
    a reference that cannot come first (a cycle of aliases, an alias naming itself) is quoted."""
    classes = [d for d in decls if not isinstance(d, ir.AliasDecl)]
    aliases = {d.name: d for d in decls if isinstance(d, ir.AliasDecl)}
    done: List[object] = []
    placed: Set[str] = set()
    visiting: Set[str] = set()

    def place(name: str) -> None:
        if name in placed:
            return
        visiting.add(name)
        decl = aliases[name]
        later = set()
        for used in sorted(annotation_names(decl.annotation) & set(aliases)):
            if used in visiting:
                later.add(used)
            else:
                place(used)
        visiting.discard(name)
        placed.add(name)
        done.append(replace(decl, annotation=_quote(decl.annotation, later)))

    for decl in decls:
        if isinstance(decl, ir.AliasDecl):
            place(decl.name)
    return [*classes, *done]


def quote_forward_references(decls: List[object]) -> List[object]:
    """In a module's own order, an alias naming itself or a declaration further down names it in quotes
    (the alias is evaluated as the module loads; a quoted name is resolved when it is used)."""
    declared_at = {d.name: i for i, d in enumerate(decls)}  # type: ignore[attr-defined]
    out: List[object] = []
    for i, decl in enumerate(decls):
        if isinstance(decl, ir.AliasDecl):
            later = {n for n in annotation_names(decl.annotation) if declared_at.get(n, -1) >= i}
            decl = replace(decl, annotation=_quote(decl.annotation, later))
        out.append(decl)
    return out


def merge_cycles(modules: List[ir.TypeModule], report: Report) -> List[ir.TypeModule]:
    by_name = {m.module: m for m in modules}
    graph: Dict[str, Set[str]] = {
        m.module: {absolute_module(m.module, imp.module) for imp in m.imports} & set(by_name) for m in modules
    }
    replaced: Dict[str, ir.TypeModule] = {}
    for component in _components(graph):
        if len(component) < 2:
            module = by_name[component[0]]
            quoted = tuple(quote_forward_references(list(module.decls)))
            if quoted != module.decls:
                replaced[module.module] = replace(module, decls=quoted)
            continue
        home = component[0]
        members = [by_name[m] for m in component]
        report.info(
            members[0].source,
            f"{len(members)} schemas refer to each other in a cycle; their types are declared together in "
            f"{home} and re-exported from their own modules ({', '.join(m.public_name for m in members)})",
        )
        taken: Set[str] = set()
        decls: List[object] = []
        imports: Set[Tuple[str, str]] = set()
        public = {m.public_name for m in members}
        for member in members:
            mapping: Dict[str, str] = {}
            for decl in member.decls:
                name = decl.name  # type: ignore[attr-defined]
                if name in taken or (name in public and name != member.public_name):
                    # Rule: an inline declaration whose name another module of the cycle holds is named
                    # after its own module's public type.
                    fresh = (
                        f"{member.public_name}{name}" if not name.startswith(member.public_name) else name + "Inline"
                    )
                    while fresh in taken or fresh in public:
                        fresh += "_"
                    mapping[name] = fresh
                    report.info(
                        member.source,
                        f"type name {name!r} is taken in the merged module {home}; using {fresh!r} (rule: cycle-merge)",
                    )
            for decl in member.decls:
                renamed = _rename_decl(decl, mapping)
                taken.add(renamed.name)  # type: ignore[attr-defined]
                decls.append(_rebase_to_param(renamed, member.module, home))
            for imp in member.imports:
                target = absolute_module(member.module, imp.module)
                if target not in component:
                    imports.add((target, imp.name))
        replaced[home] = replace(
            members[0],
            decls=tuple(order_declarations(decls)),
            imports=tuple(sorted(ir.Import(relative_import(home, t), n) for t, n in imports)),
        )
        for member in members[1:]:
            replaced[member.module] = replace(
                member,
                decls=(),
                imports=(ir.Import(relative_import(member.module, home), member.public_name),),
                reexports=(member.public_name,),
            )
    return [replaced.get(m.module, m) for m in modules]


def _rebase_to_param(decl: object, old_module: str, new_module: str) -> object:
    to_param = getattr(decl, "to_param", None)
    if to_param is None or old_module == new_module:
        return decl
    target = absolute_module(old_module, to_param.module)
    return replace(decl, to_param=replace(to_param, module=relative_import(new_module, target)))  # type: ignore[arg-type]
