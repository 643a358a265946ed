#!/usr/bin/env python3
"""Fails when the crate's modules import each other in a loop.

Usage: scripts/module-loops.py [--src DIR] [--exclude PATH]... [--dot] [PATH...]

Reads every `crate::`, `super::` and `self::` path under DIR (default `src`), `use` trees
included, resolves it to the file that defines the item (following a folder's `pub use`
re-exports), and builds two import graphs:

- folders: `src/ui/` -> `src/content/` when any file of ui names anything of content (a
  top-level file such as `src/qr.rs` is a node of its own);
- files: `src/export/blocks.rs` -> `src/export/html.rs`. A folder's `mod.rs` is left out of
  this one: it declares its files, and they may use what it defines, as Rust's module tree
  intends. Loops among the files themselves are what make a folder hard to change.

Each loop is printed with the lines that make it, and the exit status is 1 if there is any.
With PATHs, only loops with a file under one of them are reported; `--exclude PATH` leaves
out loops with a file under PATH (for a folder another change is still mending). `--dot`
prints the folder graph for Graphviz instead (`| dot -Tsvg > modules.svg`): the drawing of
the layers, every arrow pointing down.
"""

import argparse
import re
import sys
from pathlib import Path

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def strip_code(text):
    """Blanks out comments, strings and character literals, keeping every line break, so
    that braces and paths in them count for nothing and line numbers stay right."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            i = j
            continue
        if text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append("\n" * text.count("\n", i, j))
            i = j
            continue
        raw = re.match(r'b?r(#*)"', text[i:i + 12])
        if raw and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            end = '"' + raw.group(1)
            j = text.find(end, i + raw.end())
            j = n if j < 0 else j + len(end)
            out.append('""' + "\n" * text.count("\n", i, j))
            i = j
            continue
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append('""' + "\n" * text.count("\n", i, j))
            i = j + 1
            continue
        char = re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\.|[^'\\\n])'", text[i:i + 12])
        if c == "'" and char:
            out.append("' '")
            i += char.end()
            continue
        out.append(c)
        i += 1
    return "".join(out)


def expand_use_tree(tree):
    """`a::{b, c::{d, e}}` -> [`a::b`, `a::c::d`, `a::c::e`]; `as` renames are dropped."""
    tree = re.sub(r"\s+as\s+" + IDENT, "", tree)
    tree = re.sub(r"\s+", "", tree)

    def split_top(s):
        parts, depth, start = [], 0, 0
        for k, ch in enumerate(s):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif ch == "," and depth == 0:
                parts.append(s[start:k])
                start = k + 1
        parts.append(s[start:])
        return [p for p in parts if p]

    def expand(prefix, s):
        brace = s.find("{")
        if brace < 0:
            return [prefix + s]
        head, inner = s[:brace], s[brace + 1:s.rindex("}")]
        result = []
        for part in split_top(inner):
            result.extend(expand(prefix + head, part))
        return result

    return [p.removesuffix("::self") for p in expand("", tree)]


class Crate:
    def __init__(self, src):
        self.src = src
        self.files = {}  # module path (tuple) -> file
        for path in sorted(src.rglob("*.rs")):
            rel = path.relative_to(src)
            if rel.as_posix() in ("main.rs",) or "bin" in rel.parts[:-1]:
                continue
            parts = list(rel.with_suffix("").parts)
            if parts == ["lib"]:
                parts = []
            elif parts[-1] == "mod":
                parts = parts[:-1]
            self.files[tuple(parts)] = path
        self.code = {m: strip_code(p.read_text(encoding="utf-8")) for m, p in self.files.items()}
        self.reexports = {m: self._reexports(m) for m in self.files}

    def _reexports(self, module):
        """`pub use child::{A, B}` in a module: name -> the path it stands for."""
        found = {}
        for match in re.finditer(r"\bpub(\([^)]*\))?\s+use\s+([^;]+);", self.code[module]):
            for path in expand_use_tree(match.group(2)):
                segments = path.split("::")
                found[segments[-1]] = (module, segments)
        return found

    def is_module(self, module):
        return module in self.files

    def resolve(self, module, segments, seen=None):
        """The module whose file defines `segments` (relative to `module`)."""
        seen = seen or set()
        for k, segment in enumerate(segments):
            if segment in ("self",):
                continue
            if segment == "super":
                module = module[:-1]
                continue
            if segment == "crate":
                module = ()
                continue
            child = module + (segment,)
            if self.is_module(child):
                module = child
                continue
            key = (module, segment)
            target = self.reexports.get(module, {}).get(segment)
            if target and key not in seen:
                seen.add(key)
                origin, path = target
                return self.resolve(origin, path + segments[k + 1:], seen)
            return module
        return module

    def references(self, module):
        """(line, target module, path as written) for every path that leaves this file."""
        code = self.code[module]
        # Where inline `mod name { .. }` blocks are: inside one, `super::` is this file.
        inline = []
        depth, stack = 0, []
        pending_mod = False
        for k, ch in enumerate(code):
            if ch == "{":
                depth += 1
                if pending_mod:
                    stack.append(depth)
                    pending_mod = False
            elif ch == "}":
                if stack and stack[-1] == depth:
                    stack.pop()
                depth -= 1
            elif ch == "m" and re.match(r"mod\s+" + IDENT + r"\s*\{", code[k:k + 80]) and (
                k == 0 or not (code[k - 1].isalnum() or code[k - 1] == "_")
            ):
                pending_mod = True
            inline.append(len(stack))

        def start(offset):
            return module + ("<inline>",) if inline[offset] else module

        refs = []
        spans = []
        for match in re.finditer(r"\buse\s+([^;]+);", code):
            spans.append(match.span())
            line = code.count("\n", 0, match.start()) + 1
            for path in expand_use_tree(match.group(1)):
                refs.append((line, match.start(), path))
        for match in re.finditer(r"\b(?:crate|super|self)(?:\s*::\s*" + IDENT + ")+", code):
            if any(a <= match.start() < b for a, b in spans):
                continue
            line = code.count("\n", 0, match.start()) + 1
            refs.append((line, match.start(), re.sub(r"\s+", "", match.group(0))))
        result = []
        for line, offset, path in refs:
            segments = path.split("::")
            if segments[0] not in ("crate", "super", "self"):
                continue
            here = start(offset)
            if here != module:
                # In an inline module, `super::` is the file itself and `self::` the inline one.
                if segments[0] == "super":
                    segments = segments[1:]
                here = module
            target = self.resolve(here, segments)
            if target != module:
                result.append((line, target, path))
        return result


def display(crate, module, folder=False):
    if folder:
        path = crate.src / module[0] if module else crate.src / "lib.rs"
        return path.as_posix() + ("/" if (crate.src / module[0]).is_dir() else ".rs") if module else path.as_posix()
    return crate.files[module].as_posix()


def loops(graph):
    """Strongly connected components with more than one node (Tarjan)."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, {})):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def cycle_in(graph, component):
    """One cycle through the component's first node, as a list of nodes."""
    members = set(component)
    first = component[0]
    paths = {first: [first]}
    queue = [first]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph.get(v, {})):
            if w == first:
                return paths[v] + [first]
            if w in members and w not in paths:
                paths[w] = paths[v] + [w]
                queue.append(w)
    return component + [first]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="report only loops with a file under these")
    parser.add_argument("--src", default="src", help="the crate's source folder")
    parser.add_argument("--exclude", action="append", default=[], help="leave out loops here")
    parser.add_argument("--dot", action="store_true", help="print the folder graph for Graphviz")
    args = parser.parse_args()
    crate = Crate(Path(args.src))

    folders, files = {}, {}
    for module in crate.files:
        for line, target, path in crate.references(module):
            where = f"{crate.files[module].as_posix()}:{line}: {path}"
            if module[:1] != target[:1] and module and target:
                folders.setdefault(module[:1], {}).setdefault(target[:1], []).append(where)
            source_file, target_file = crate.files[module], crate.files[target]
            if source_file.name not in ("mod.rs", "lib.rs") and target_file.name not in (
                "mod.rs",
                "lib.rs",
            ):
                files.setdefault(module, {}).setdefault(target, []).append(where)

    if args.dot:
        print("digraph modules {\n    rankdir=TB;\n    node [shape=box];")
        for a in sorted(folders):
            for b in sorted(folders[a]):
                print(f'    "{a[0]}" -> "{b[0]}";')
        print("}")
        return 0

    def wanted(nodes, name):
        shown = [name(n) for n in nodes]
        if args.paths and not any(s.startswith(p.rstrip("/")) for s in shown for p in args.paths):
            return False
        return not any(s.startswith(p.rstrip("/")) for s in shown for p in args.exclude)

    found = 0
    for kind, graph, name in (
        ("folder", folders, lambda m: display(crate, m, folder=True)),
        ("file", files, lambda m: crate.files[m].as_posix()),
    ):
        for component in loops(graph):
            if not wanted(component, name):
                continue
            found += 1
            cycle = cycle_in(graph, component)
            print(f"module loop between {kind}s: " + " -> ".join(name(n) for n in cycle))
            for a in component:
                for b in sorted(set(graph[a]) & set(component)):
                    evidence = graph[a][b]
                    more = f" (and {len(evidence) - 1} more)" if len(evidence) > 1 else ""
                    print(f"    {name(a)} -> {name(b)}: {evidence[0]}{more}")
    if found:
        print(f"{found} module loop(s); every import must go one way (see DESIGN.md: Shape)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
