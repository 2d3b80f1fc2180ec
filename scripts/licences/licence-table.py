#!/usr/bin/env python3
"""Writes docs/licences.md: every Maven dependency of every module (runtime and test, transitive
included) with the licence its POM declares (or its parent POM's, as Maven inherits it).

  ./mvnw -q -o dependency:list -DoutputFile=target/dependency-list.txt -DincludeScope=test
  python3 scripts/licences/licence-table.py > docs/licences.md

It reads the POMs from the local repository (~/.m2), so it works offline once the build has run.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
M2 = Path(os.environ.get("M2_REPO", Path.home() / ".m2" / "repository"))
NS = {"m": "http://maven.apache.org/POM/4.0.0"}
MODULES = ["core", "syntax-models", "extract", "notice", "store", "web", "cli", "bench", "spark"]
# Short names for the licence strings POMs use (first match wins); anything else is printed as the POM says it.
SHORT = [
    (r"apache.*2|asl.*2|\bal2\b", "Apache-2.0"),
    (r"eclipse public license.*2|epl.?2", "EPL-2.0"),
    (r"eclipse public license|epl.?1", "EPL-1.0"),
    (r"eclipse distribution license|edl", "EDL-1.0 (BSD-3-Clause)"),
    (r"lesser.*2\.1|lgpl.*2\.1", "LGPL-2.1"),
    (r"\bmit\b", "MIT"),
    (r"bsd.*3|3-clause|new bsd|revised bsd", "BSD-3-Clause"),
    (r"bsd.*2|2-clause|simplified bsd", "BSD-2-Clause"),
    (r"\bbsd\b", "BSD"),
    (r"general public license.*(3|v3)|gpl.*3", "GPL-3.0"),
    (r"classpath|gpl2 w/ cpe", "GPL-2.0 with Classpath Exception"),
    (r"general public license, version 2|gpl.?2", "GPL-2.0"),
    (r"mpl 1\.1|mozilla public license.*1\.1", "MPL-1.1"),
    (r"asm\.ow2\.org", "BSD-3-Clause (ASM)"),
    (r"cddl.*1\.1", "CDDL-1.1"),
    (r"cddl", "CDDL-1.0"),
    (r"mozilla public license.*2|mpl.*2", "MPL-2.0"),
    (r"postgresql", "PostgreSQL"),
    (r"public domain", "Public domain"),
    (r"creative commons zero|cc0", "CC0-1.0"),
    (r"go license", "BSD-3-Clause (Go License)"),
    (r"unicode", "Unicode-DFS"),
    (r"bouncy castle", "MIT (Bouncy Castle)"),
]


# Artifacts whose POM declares no licence: the licence their project publishes.
UNDECLARED = {
    "com.code-intelligence:jazzer": "Apache-2.0",
    "com.code-intelligence:jazzer-api": "Apache-2.0",
    "com.code-intelligence:jazzer-junit": "Apache-2.0",
    "org.apache.datasketches:datasketches-memory": "Apache-2.0",
    "org.apache.yetus:audience-annotations": "Apache-2.0",
    "oro:oro": "Apache-1.1",
}
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def short(name):
    low = name.lower()
    for pattern, s in SHORT:
        if re.search(pattern, low):
            return s
    return name.strip()


def pom_path(group, artifact, version):
    return M2 / group.replace(".", "/") / artifact / version / f"{artifact}-{version}.pom"


def licences(group, artifact, version, depth=0):
    path = pom_path(group, artifact, version)
    if not path.exists() or depth > 10:
        return None
    root = ET.parse(path).getroot()
    found = [l.findtext("m:name", "", NS) or l.findtext("m:url", "", NS)
             for l in root.findall("m:licenses/m:license", NS)]
    if found:
        return sorted({short(n) for n in found if n})
    parent = root.find("m:parent", NS)
    if parent is None:
        return None
    return licences(parent.findtext("m:groupId", "", NS), parent.findtext("m:artifactId", "", NS),
                    parent.findtext("m:version", "", NS), depth + 1)


def main():
    rows = {}
    for module in MODULES:
        listing = ROOT / module / "target" / "dependency-list.txt"
        if not listing.exists():
            sys.exit(f"{listing}: missing; run ./mvnw -q -o dependency:list -DoutputFile=target/dependency-list.txt -DincludeScope=test")
        for line in ANSI.sub("", listing.read_text()).splitlines():
            parts = line.strip().split(" ")[0].split(":")
            if len(parts) < 5 or parts[0] == "org.treatywatch":
                continue
            group, artifact = parts[0], parts[1]
            version, scope = parts[-2], parts[-1]
            classifier = parts[3] if len(parts) == 6 else ""
            key = (group, artifact + (":" + classifier if classifier else ""), version)
            rows.setdefault(key, {})[module] = scope
    print("# Licences of the dependencies\n")
    print("Treatywatch is GPL-3.0-or-later (`LICENSE`): it links Stanford CoreNLP (GPL-3.0, the syntactic")
    print("layer). Every dependency that ships in a Treatywatch jar (compile and runtime scope) offers at least")
    print("one licence that GPL-3.0 code may use (Apache-2.0, MIT, BSD, EDL, public domain, GPL-2.0 with the")
    print("Classpath Exception); test-scope ones and Spark's `provided` ones never ship. Reference data: the")
    print("states table is ODbL 1.0 and the map's shapes are Natural Earth, public domain")
    print("(`docs/data-sources.md`). This is a record of what the POMs say, not legal advice.\n")
    print("Every Maven dependency of every module, transitive ones and test scope included, with the licence")
    print("its POM declares (or inherits from its parent POM). Made by `scripts/licences/licence-table.py`")
    print("(its header says how); rerun it when a dependency changes. Scopes: compile and runtime ship in")
    print("the module's jar (`cli/target/treatywatch.jar` carries cli's, `spark/target/treatywatch-batch.jar`")
    print("spark's less Spark itself, which is `provided` by the cluster); test is for the tests only.")
    print("Where a POM names several licences (a / b) it offers a choice or covers bundled parts.\n")
    licence_count = {}
    print("| dependency | version | licence | modules (scope) |")
    print("|---|---|---|---|")
    for (group, artifact, version), modules in sorted(rows.items()):
        lic = licences(group, artifact.split(":")[0], version)
        if not lic and f"{group}:{artifact}" in UNDECLARED:
            lic = [UNDECLARED[f"{group}:{artifact}"] + " (the POM declares none; the project's own)"]
        text = " / ".join(lic) if lic else "not declared in the POM"
        for l in lic or ["not declared in the POM"]:
            licence_count[l] = licence_count.get(l, 0) + 1
        where = ", ".join(f"{m} ({s})" for m, s in modules.items())
        print(f"| `{group}:{artifact}` | {version} | {text} | {where} |")
    print("\nCount by licence (a dependency under two licences counts under both):\n")
    print("| licence | dependencies |")
    print("|---|---|")
    for l, n in sorted(licence_count.items(), key=lambda x: (-x[1], x[0])):
        print(f"| {l} | {n} |")


if __name__ == "__main__":
    main()
