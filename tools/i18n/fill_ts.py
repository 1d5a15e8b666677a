#!/usr/bin/env python3
"""Fill a Qt Linguist .ts file from a TSV of reviewed translations.

The .ts file is edited in place with careful regular expressions so that the
layout lupdate writes (header, indentation, entity style, real newlines) is
kept; only the <translation> elements of the messages that get a translation
change.

TSV format (tools/i18n/zh_CN.tsv), UTF-8, one message per line:

    context <TAB> source <TAB> translation [<TAB> comment]

Backslash escapes inside fields: \\n newline, \\t tab, \\\\ backslash.  Lines
starting with '#' and blank lines are ignored.  A message is looked up by
(context, source, comment); if that key is missing, a translation of the same
source text in another context is used when all contexts agree on it (reported
as "by source" on stderr: review those).

Usage (from the repository root):

    # 1. refresh the catalogue from the sources
    /usr/lib/qt6/bin/lupdate -no-obsolete -locations none core ui app \\
        -ts translations/cehours_zh_CN.ts
    # 2. apply every known translation (also re-applies nothing harmful:
    #    finished messages are left alone unless --overwrite is given)
    python3 tools/i18n/fill_ts.py apply
    # 3. list what is still untranslated as TSV lines to complete and append
    #    to tools/i18n/zh_CN.tsv, then run step 2 again
    python3 tools/i18n/fill_ts.py todo > /tmp/todo.tsv
    # 4. checks: no unfinished messages, same %-placeholders, lrelease clean
    python3 tools/i18n/fill_ts.py check

Options: --ts FILE (default translations/cehours_zh_CN.ts),
         --tsv FILE (default tools/i18n/zh_CN.tsv; may be repeated),
         --overwrite (apply: also replace finished translations that differ).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_TS = os.path.join(ROOT, "translations", "cehours_zh_CN.ts")
DEFAULT_TSV = os.path.join(HERE, "zh_CN.tsv")
LRELEASE = "/usr/lib/qt6/bin/lrelease"

CONTEXT_RE = re.compile(r"<context>(.*?)</context>", re.S)
NAME_RE = re.compile(r"<name>(.*?)</name>", re.S)
MESSAGE_RE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION_RE = re.compile(
    r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
NUMERUS_RE = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)
PLACEHOLDER_RE = re.compile(r"%(?:L?\d+|n)")


def xml_unescape(s):
    s = re.sub(r'<byte value="x?([0-9a-fA-F]+)"/>', lambda m: chr(int(m.group(1), 16)), s)
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
             .replace("&apos;", "'").replace("&amp;", "&"))


def xml_escape(s):
    # Same entity style as lupdate; Chinese stays as UTF-8 text.
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;").replace("'", "&apos;"))


def tsv_unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def tsv_escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def load_tsv(paths):
    by_key, by_source = {}, {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\r\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) < 3:
                    sys.exit(f"{path}:{lineno}: expected context<TAB>source<TAB>translation")
                ctx, src, tr = (tsv_unescape(p) for p in parts[:3])
                comment = tsv_unescape(parts[3]) if len(parts) > 3 else ""
                if not tr:
                    continue
                by_key[(ctx, src, comment)] = tr
                by_source.setdefault(src, set()).add(tr)
    # Fall back on the source text only where it is unambiguous ("Title" is 职称 in one
    # context and 名称 in another: such strings need a line with their own context).
    return by_key, {src: trs.pop() for src, trs in by_source.items() if len(trs) == 1}


def iter_messages(text):
    """Yield (context, message match, absolute offset of the message match)."""
    for cm in CONTEXT_RE.finditer(text):
        ctx = xml_unescape(NAME_RE.search(cm.group(1)).group(1))
        base = cm.start(1)
        for mm in MESSAGE_RE.finditer(cm.group(1)):
            yield ctx, mm, base


def message_info(mm):
    body = mm.group("body")
    src = xml_unescape(SOURCE_RE.search(body).group(1))
    c = COMMENT_RE.search(body)
    comment = xml_unescape(c.group(1)) if c else ""
    tm = TRANSLATION_RE.search(body)
    attrs = tm.group("attrs") if tm else ""
    numerus = 'numerus="yes"' in mm.group("attrs")
    inner = tm.group("text") or "" if tm else ""
    if numerus:
        forms = [xml_unescape(x) for x in NUMERUS_RE.findall(inner)]
        tr = forms[0] if forms else ""
    else:
        tr = xml_unescape(inner)
    unfinished = 'type="unfinished"' in attrs
    state = "vanished" if ('type="vanished"' in attrs or 'type="obsolete"' in attrs) else None
    return src, comment, tr, unfinished, numerus, state


def render_translation(indent, tr, numerus):
    if numerus:
        return (f"{indent}<translation>\n{indent}    <numerusform>{xml_escape(tr)}"
                f"</numerusform>\n{indent}</translation>")
    return f"{indent}<translation>{xml_escape(tr)}</translation>"


def placeholders(s):
    return sorted(set(PLACEHOLDER_RE.findall(s)))


def cmd_apply(args):
    by_key, by_source = load_tsv(args.tsv)
    with open(args.ts, encoding="utf-8") as f:
        text = f.read()
    edits = []  # (start, end, replacement)
    n_key = n_src = n_missing = 0
    for ctx, mm, base in iter_messages(text):
        src, comment, tr, unfinished, numerus, state = message_info(mm)
        if state:
            continue
        if not unfinished and tr and not args.overwrite:
            continue
        new = by_key.get((ctx, src, comment))
        how = "key"
        if new is None:
            new = by_source.get(src)
            how = "source"
        if new is None:
            n_missing += 1
            continue
        if placeholders(new) != placeholders(src):
            print(f"SKIP (placeholders differ) [{ctx}] {src!r} -> {new!r}", file=sys.stderr)
            n_missing += 1
            continue
        if not unfinished and tr == new:
            continue
        body = mm.group("body")
        tm = TRANSLATION_RE.search(body)
        body_start = base + mm.start("body")
        edits.append((body_start + tm.start(), body_start + tm.end(),
                      render_translation(tm.group("indent"), new, numerus)))
        if how == "key":
            n_key += 1
        else:
            n_src += 1
            print(f"by source: [{ctx}] {src!r} -> {new!r}", file=sys.stderr)
    for start, end, rep in sorted(edits, reverse=True):
        text = text[:start] + rep + text[end:]
    with open(args.ts, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"applied {n_key + n_src} translations ({n_key} by context, {n_src} by source); "
          f"{n_missing} messages still untranslated")
    return 0


def cmd_todo(args):
    with open(args.ts, encoding="utf-8") as f:
        text = f.read()
    for ctx, mm, _ in iter_messages(text):
        src, comment, tr, unfinished, numerus, state = message_info(mm)
        if state or (tr and not unfinished):
            continue
        fields = [ctx, src, tr]
        if comment:
            fields.append(comment)
        print("\t".join(tsv_escape(x) for x in fields))
    return 0


def cmd_dump(args):
    """All finished translations as TSV (to rebuild the TSV from the .ts)."""
    with open(args.ts, encoding="utf-8") as f:
        text = f.read()
    for ctx, mm, _ in iter_messages(text):
        src, comment, tr, unfinished, numerus, state = message_info(mm)
        if state or unfinished or not tr:
            continue
        fields = [ctx, src, tr] + ([comment] if comment else [])
        print("\t".join(tsv_escape(x) for x in fields))
    return 0


def cmd_check(args):
    with open(args.ts, encoding="utf-8") as f:
        text = f.read()
    problems = 0
    if not text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'):
        print("header changed", file=sys.stderr)
        problems += 1
    total = 0
    for ctx, mm, _ in iter_messages(text):
        src, comment, tr, unfinished, numerus, state = message_info(mm)
        if state:
            continue
        total += 1
        if unfinished or not tr:
            print(f"untranslated: [{ctx}] {src!r}", file=sys.stderr)
            problems += 1
        elif placeholders(tr) != placeholders(src):
            print(f"placeholders differ: [{ctx}] {src!r} -> {tr!r}", file=sys.stderr)
            problems += 1
        elif src.count("\n") != tr.count("\n") or src.count("\t") != tr.count("\t"):
            print(f"newlines/tabs differ: [{ctx}] {src!r} -> {tr!r}", file=sys.stderr)
            problems += 1
        elif ("&" in src.replace("&&", "")) != ("&" in tr.replace("&&", "")):
            print(f"accelerator differs: [{ctx}] {src!r} -> {tr!r}", file=sys.stderr)
    import xml.etree.ElementTree as ET
    try:
        ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as e:
        print(f"not well-formed XML: {e}", file=sys.stderr)
        problems += 1
    with tempfile.TemporaryDirectory() as d:
        if os.path.exists(LRELEASE):
            r = subprocess.run([LRELEASE, args.ts, "-qm", os.path.join(d, "x.qm")],
                               capture_output=True, text=True)
            noise = [l for l in (r.stdout + r.stderr).splitlines()
                     if l.strip() and not l.startswith("Updating") and "Generated" not in l
                     and "Ignored" not in l]
            if r.returncode != 0 or noise:
                print("lrelease:\n" + r.stdout + r.stderr, file=sys.stderr)
                problems += 1
            else:
                print("lrelease: " + " ".join((r.stdout + r.stderr).split()))
    print(f"{total} messages, {problems} problems")
    return 1 if problems else 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=["apply", "todo", "dump", "check"])
    p.add_argument("--ts", default=DEFAULT_TS)
    p.add_argument("--tsv", action="append")
    p.add_argument("--overwrite", action="store_true")
    args = p.parse_args()
    if not args.tsv:
        # zh_CN.tsv plus any per-area zh_CN.<area>.tsv beside it
        import glob
        args.tsv = [DEFAULT_TSV] + sorted(glob.glob(os.path.join(HERE, "zh_CN.*.tsv")))
    return {"apply": cmd_apply, "todo": cmd_todo, "dump": cmd_dump, "check": cmd_check}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
