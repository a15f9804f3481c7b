"""The baseline the compliance scan is measured against: a straightforward checker of the V2 rules
written with Python's own ast module, reading the files `git ls-files` lists."""
import ast
import subprocess
import sys

LIMITS = {"file": 400, "class": 200, "function": 30, "functions": 10, "classes": 5, "params": 5}


def check(path, text, violations):
    lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
    if lines > LIMITS["file"]:
        violations.append((path, "file-lines", lines))
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return
    functions = classes = 0
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions += 1
            span = node.end_lineno - node.lineno + 1
            if span > LIMITS["function"]:
                violations.append((path, "function-lines", span))
            params = len(node.args.posonlyargs + node.args.args + node.args.kwonlyargs)
            if params > LIMITS["params"]:
                violations.append((path, "function-params", params))
        elif isinstance(node, ast.ClassDef):
            classes += 1
            span = node.end_lineno - node.lineno + 1
            if span > LIMITS["class"]:
                violations.append((path, "class-lines", span))
    if functions > LIMITS["functions"]:
        violations.append((path, "functions-per-file", functions))
    if classes > LIMITS["classes"]:
        violations.append((path, "classes-per-file", classes))


def main(root):
    files = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True).stdout.decode().split("\0")
    violations = []
    for path in filter(None, files):
        if not path.endswith(".py"):
            continue
        with open(f"{root}/{path}", encoding="utf-8", errors="replace") as handle:
            check(path, handle.read(), violations)
    print(f"{len(violations)} violations")


if __name__ == "__main__":
    main(sys.argv[1])
