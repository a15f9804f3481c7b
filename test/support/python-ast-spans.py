#!/usr/bin/env python3
"""Print the spans Python's own `ast` gives for every def, async def and class, as JSON.

The reference for the differential test of src/compliance/python-structure.ts. It applies the same rules
as the scanner: span = keyword line (decorators excluded) .. end_lineno; kind 'method' when the innermost
enclosing def/class is a class, 'enum' for a class with an Enum-family base; names qualified with '.';
params = every named parameter (positional-only, regular, *args, keyword-only, **kwargs) minus a
method's first positional parameter (self/cls) unless the method is decorated @staticmethod.

Usage: python-ast-spans.py < file-list   (one path a line; prints {"<path>": {...}, ...} on stdout)
"""
import ast
import json
import sys
import warnings

ENUM_BASES = {"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"}
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def last_name(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def param_count(node, in_class):
    args = node.args
    positional = len(args.posonlyargs) + len(args.args)
    count = positional + len(args.kwonlyargs) + (args.vararg is not None) + (args.kwarg is not None)
    is_static = any(last_name(d) == "staticmethod" for d in node.decorator_list)
    if in_class and not is_static and positional > 0:
        count -= 1
    return count


def symbol(node, qualified, in_class):
    if isinstance(node, ast.ClassDef):
        is_enum = any(last_name(b) in ENUM_BASES for b in node.bases)
        return {"kind": "enum" if is_enum else "class", "name": qualified,
                "line": node.lineno, "endLine": node.end_lineno}
    return {"kind": "method" if in_class else "function", "name": qualified,
            "line": node.lineno, "endLine": node.end_lineno, "params": param_count(node, in_class)}


def collect(node, prefix, in_class, out):
    """Walk in source order; prefix/in_class describe the innermost enclosing def or class."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, FUNCTIONS + (ast.ClassDef,)):
            qualified = prefix + child.name
            out.append(symbol(child, qualified, in_class))
            collect(child, qualified + ".", isinstance(child, ast.ClassDef), out)
        else:
            collect(child, prefix, in_class, out)


def spans(path):
    with open(path, "rb") as handle:
        source = handle.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, filename=path)
    except (SyntaxError, ValueError) as error:
        return {"error": f"line {getattr(error, 'lineno', None)}: {error.__class__.__name__}: {error}"}
    out = []
    collect(tree, "", False, out)
    out.sort(key=lambda s: (s["line"], s["endLine"] * -1))
    return {"symbols": out}


def main():
    paths = [line.strip() for line in sys.stdin if line.strip()]
    json.dump({path: spans(path) for path in paths}, sys.stdout)


if __name__ == "__main__":
    main()
