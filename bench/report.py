#!/usr/bin/env python3
"""Helpers for bench/run.sh: reads hey's and pgbench's output, turns PostgreSQL's statement log into pgbench
scripts, and prints the results table. Standard library only."""

import json
import re
import sys

# ---------------------------------------------------------------------------------------------------------------
# hey


def parse_hey(path):
    """Requests per second, p50 and p99 in milliseconds, how many answers were not 2xx/3xx and how many failed."""
    text = open(path, encoding="utf-8", errors="replace").read()
    result = {"rps": None, "p50": None, "p99": None, "bad": 0, "errors": 0, "total": 0}
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    if m:
        result["rps"] = float(m.group(1))
    for pct, key in (("50", "p50"), ("99", "p99")):
        m = re.search(r"\s%s%% in ([\d.]+) secs" % pct, text)
        if m:
            result[key] = float(m.group(1)) * 1000
    status = text.split("Status code distribution:")[-1].split("Error distribution:")[0] \
        if "Status code distribution:" in text else ""
    for code, count in re.findall(r"\[(\d{3})\]\s+(\d+) responses", status):
        result["total"] += int(count)
        if not code.startswith(("2", "3")):
            result["bad"] += int(count)
    if "Error distribution:" in text:
        for count in re.findall(r"\[(\d+)\]\s", text.split("Error distribution:")[1]):
            result["errors"] += int(count)
    return result


# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL's statement log -> one pgbench script per page

LOG_LINE = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] (\S*)@(\S*) (LOG|DETAIL):  (.*)$")
PARAM = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def read_log(path, database, start_offset):
    """Yields (pid, kind, text) for each log entry of the database, from a byte offset on; continuation lines
    (starting with a tab) are joined to their entry."""
    entries = []
    with open(path, "rb") as f:
        f.seek(start_offset)
        for raw in f.read().decode("utf-8", errors="replace").splitlines():
            if raw.startswith("\t") and entries:
                entries[-1][2] += "\n" + raw[1:]
                continue
            m = LOG_LINE.match(raw)
            if m:
                if m.group(3) != database:
                    entries.append([None, None, ""])
                    continue
                entries.append([m.group(1), m.group(4), m.group(5)])
            else:
                entries.append([None, None, ""])
    return [e for e in entries if e[0] is not None]


def statements(entries):
    """Statements as executed, with their parameters written in, and the markers run.sh logs between pages."""
    out = []
    pending = None
    for pid, kind, text in entries:
        if kind == "LOG":
            m = re.match(r"(?:statement|execute [^:]*): (.*)$", text, re.S)
            if m:
                pending = {"pid": pid, "sql": m.group(1).strip()}
                out.append(pending)
            else:
                pending = None
        elif kind == "DETAIL" and pending is not None and pending["pid"] == pid and \
                text.lower().startswith("parameters:"):
            values = dict(PARAM.findall(text))
            pending["sql"] = re.sub(r"\$(\d+)", lambda p: values.get(p.group(1), p.group(0)), pending["sql"])
            pending = None
    return out


def split_pages(stmts):
    """Groups statements by the page marker logged before them: select 'bench-page:<name>'."""
    pages, current = {}, None
    for s in stmts:
        m = re.match(r"select 'bench-page:([\w-]+)'", s["sql"])
        if m:
            current = m.group(1)
            pages[current] = []
        elif current is not None and s["sql"]:
            pages[current].append(s["sql"])
    return pages


def write_scripts(log_path, database, offset, directory):
    pages = split_pages(statements(read_log(log_path, database, offset)))
    summary = {}
    for page, sqls in pages.items():
        with open(f"{directory}/{page}.sql", "w", encoding="utf-8") as f:
            for sql in sqls:
                f.write(" ".join(sql.split()).rstrip(";") + ";\n")
        summary[page] = len(sqls)
    print(json.dumps(summary))


def parse_pgbench(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    m = re.search(r"tps = ([\d.]+) \(without initial connection time\)", text) or re.search(r"tps = ([\d.]+)", text)
    failed = re.search(r"number of failed transactions: (\d+)", text)
    return {"tps": float(m.group(1)) if m else None, "failed": int(failed.group(1)) if failed else None}


# ---------------------------------------------------------------------------------------------------------------
# The results table

def table(results_path):
    """results.jsonl: one JSON object a line, {"page", "c", "hey": {...}, "pgbench": {...}} or a note."""
    rows = [json.loads(line) for line in open(results_path, encoding="utf-8") if line.strip()]
    out = ["| page | conn | req/s | p50 ms | p99 ms | non-2xx / errors | pgbench tps | app / pgbench | targets |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in rows:
        if "note" in r:
            out.append(f"| {r['page']} | | | | | | | | {r['note']} |")
            continue
        h, pg, c = r.get("hey") or {}, r.get("pgbench") or {}, r["c"]
        ratio = (h["rps"] / pg["tps"]) if h.get("rps") and pg.get("tps") else None
        checks = []
        if c == 8 and h.get("p50") is not None:
            checks.append("p50 ok" if h["p50"] < 30 else "**p50 > 30**")
            if h.get("p99") is None:
                checks.append("p99 not given (too few answers)")
            else:
                checks.append("p99 ok" if h["p99"] < 150 else "**p99 > 150**")
        if c == 32:
            checks.append("no errors" if h.get("bad", 0) + h.get("errors", 0) == 0 else "**errors**")
        if c == 16 and ratio is not None:
            floor = 0.5 if r["page"].startswith("search") else 0.25
            checks.append(f"ratio ok" if ratio >= floor else f"**ratio < {floor}**")
        fmt = lambda v, d=1: "" if v is None else f"{v:.{d}f}"
        out.append(f"| {r['page']} | {c} | {fmt(h.get('rps'), 0)} | {fmt(h.get('p50'))} | {fmt(h.get('p99'))} | "
                   f"{h.get('bad', 0)} / {h.get('errors', 0)} | {fmt(pg.get('tps'), 0)} | "
                   f"{fmt(ratio, 2)} | {', '.join(checks)} |")
    print("\n".join(out))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "hey":
        print(json.dumps(parse_hey(sys.argv[2])))
    elif command == "pgbench":
        print(json.dumps(parse_pgbench(sys.argv[2])))
    elif command == "scripts":
        write_scripts(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    elif command == "table":
        table(sys.argv[2])
    else:
        sys.exit(f"unknown command {command}")
