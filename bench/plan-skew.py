#!/usr/bin/env python3
"""Does a plan PostgreSQL keeps for a statement hurt its heaviest values?

For each family of pages that differ only in a value (an organisation, a status, a word), the light values are
requested 160 times at 10 connections, enough for each pooled connection to run each statement more than five times
(after five, PostgreSQL's default plan_cache_mode=auto may switch to a generic plan), then the heavy value is timed.
Run it against a portal started on the benchmark database, once as configured and once with the setting to compare:

    bench/plan-skew.py PORT [family ...]

It prints the median time of the light and of the heavy page per family, and the HTTP codes the heavy one got.
The values are those of registry_bench at scale 1 (organisation 34 has the most participations, 14 is responsible for
the most recommendations; the light ones have a handful each).
"""
import statistics
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

LIGHT_ORGANISATIONS = [49, 55, 59, 62, 69, 72, 74, 78, 79, 82, 84, 89]
RARE_WORDS = ["refunds", "tourism", "dialogue", "technolog", "bhakkar", "departmental", "cluster", "dedicated",
              "chemicals", "alreadi"]
RARE_NAMES = ["airlnk", "pbti", "sandhu", "mehwish+yousaf", "crescent+textile", "punjab+it+board", "qamar",
              "zubair", "lahore+chamber", "bhatti"]
FAMILIES = {
    "organisation page": ([f"/organisations/{o}" for o in LIGHT_ORGANISATIONS], "/organisations/34"),
    "recs responsible": ([f"/recommendations?responsible={o}" for o in (20, 7, 37, 38, 13, 17, 10, 40, 39, 33)],
                         "/recommendations?responsible=14"),
    "recs raisedBy": ([f"/recommendations?raisedBy={o}" for o in (41, 49, 55, 56, 57, 58, 59, 62, 63, 64)],
                      "/recommendations?raisedBy=34"),
    "recs status": (["/recommendations?status=PROPOSED", "/recommendations?status=UNDER_REVIEW"],
                    "/recommendations?status=IMPLEMENTED"),
    "recs words": ([f"/recommendations?q={w}" for w in RARE_WORDS], "/recommendations?q=tax"),
    "recs words+filters": ([f"/recommendations?q={w}&status=PROPOSED&theme=TOURISM" for w in RARE_WORDS],
                           "/recommendations?q=tax&status=ACCEPTED&theme=INFRASTRUCTURE"),
    "search": ([f"/search?q={w}" for w in RARE_WORDS], "/search?q=tax"),
    # The name lookups reuse their plans (NameSearch): misspelt and rare names first, then names thousands share.
    "recs names": ([f"/recommendations?q={n}" for n in RARE_NAMES], "/recommendations?q=khan"),
    "search names": ([f"/search?q={n}" for n in RARE_NAMES], "/search?q=bilal+ahmed"),
    "api status": (["/api/v1/recommendations?status=PROPOSED", "/api/v1/recommendations?status=UNDER_REVIEW"],
                   "/api/v1/recommendations?status=IMPLEMENTED"),
    "sessions deep": ([f"/sessions?page={p}" for p in range(10)], "/sessions?page=450"),
    "session page": ([f"/sessions/{s}" for s in range(49180, 49196)], "/sessions/49196"),
}


def fetch(base, path):
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(base + path, timeout=30) as answer:
            answer.read()
            code = answer.status
    except urllib.error.HTTPError as error:
        code = error.code
    return (time.perf_counter() - started) * 1000, code


def main():
    base = f"http://127.0.0.1:{sys.argv[1]}"
    wanted = sys.argv[2:]
    for name, (light, heavy) in FAMILIES.items():
        if wanted and name not in wanted:
            continue
        with ThreadPoolExecutor(10) as pool:
            primed = list(pool.map(lambda i: fetch(base, light[i % len(light)]), range(160)))
        failed = sum(1 for _, code in primed if code >= 500)
        light_ms = statistics.median(fetch(base, light[i % len(light)])[0] for i in range(7))
        heavy = [fetch(base, heavy) for _ in range(7)]
        print(f"{name:20s} light {light_ms:8.1f} ms   heavy {statistics.median(ms for ms, _ in heavy):8.1f} ms"
              f"   heavy codes {sorted({code for _, code in heavy})}   5xx while priming {failed}", flush=True)


if __name__ == "__main__":
    main()
