"""Writes a section of UI strings into locales/en.json and vi.json.

Usage: python3 tools/i18n/apply.py <section> <module>  (module defines K = [(key, en, vi)])
Existing keys of the section not in K are kept; keys in K are replaced.
"""
import importlib.util, json, sys
from collections import OrderedDict

section, module = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location("keys", module)
mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
for lang, idx in (("en", 1), ("vi", 2)):
    path = f"locales/{lang}.json"
    data = json.load(open(path, encoding="utf-8"), object_pairs_hook=OrderedDict)
    sec = data.setdefault(section, OrderedDict())
    for row in mod.K:
        sec[row[0]] = row[idx]
    for drop in getattr(mod, "DROP", []):
        sec.pop(drop, None)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
