#!/usr/bin/env python3
"""Renders the search API's answer as a page and screenshots it with headless Chromium.

Usage (with a local stack running, e.g. after ./pipeline demo):
  python3 docs/render-search-api.py "http://127.0.0.1:8084/api/v1/search?q=城乡医疗救助&size=3" docs/search-api.png
"""
import html
import json
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request


def compact(value, indent=0):
    """JSON with short arrays and flat objects on one line, so a page of hits fits a screen."""
    pad = "  " * indent
    flat = json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        if all(not isinstance(v, (dict, list)) for v in value.values()) and len(flat) < 100:
            return flat
        return "{\n" + ",\n".join(f'{pad}  "{k}": ' + compact(v, indent + 1) for k, v in value.items()) + "\n" + pad + "}"
    if isinstance(value, list):
        scalars = all(not isinstance(v, (dict, list)) for v in value)
        flat_dicts = all(isinstance(v, dict) and all(not isinstance(x, (dict, list)) for x in v.values()) for v in value)
        if (scalars and len(flat) < 140) or (flat_dicts and len(flat) < 160):
            return flat
        return "[\n" + ",\n".join(pad + "  " + compact(v, indent + 1) for v in value) + "\n" + pad + "]"
    return flat


def main(url, output, height="2100"):
    parts = urllib.parse.urlsplit(url)
    quoted = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.quote(parts.query, safe="=&")))
    answer = json.load(urllib.request.urlopen(quoted))
    body = html.escape(compact(answer)).replace("&lt;em&gt;", "<mark>").replace("&lt;/em&gt;", "</mark>")
    caption = (f"index-service · 200 OK · application/json · {answer['total']} disclosures match; "
               f"the first page of {len(answer['hits'])} hits, the facets count all {answer['total']}")
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
body{{margin:0;font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;background:#f6f8fa}}
header{{background:#24292f;color:#fff;padding:12px 20px}} header b{{color:#7ee787}}
header small{{display:block;color:#aab;margin-top:4px}}
pre{{margin:16px;padding:16px;background:#fff;border:1px solid #d0d7de;border-radius:6px;font-size:13px;
white-space:pre-wrap;word-break:break-all}} mark{{background:#fff3b0;border-bottom:2px solid #e3b341}}
</style></head><body><header><b>GET</b> {html.escape(url)}<small>{html.escape(caption)}</small></header>
<pre>{body}</pre></body></html>"""
    with tempfile.TemporaryDirectory() as work:
        with open(f"{work}/page.html", "w", encoding="utf-8") as file:
            file.write(page)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={work}/profile", "--hide-scrollbars", f"--window-size=1280,{height}",
                        f"--screenshot={output}", f"file://{work}/page.html"], check=True, capture_output=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
