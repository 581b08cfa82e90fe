#!/usr/bin/env python3
"""Deterministic benchmark corpus: ISMS policies (2-6 pages) and manuals
(20-40 pages) as isoexport YAML, and the same content as Markdown for peers.

usage: gen_corpus.py OUTDIR COUNT [--scale N]
  OUTDIR/yaml/NAME.yaml and OUTDIR/md/NAME.md; every 10th document is a
  manual, the rest policies. --scale multiplies the body (for growth tests).
"""
import os
import random
import sys

SENTENCES = [
    "Example Oy protects customer, personnel and business data to manage risks and ensure service continuity.",
    "Access rights are granted on the principle of least privilege and reviewed every quarter.",
    "Security incidents are reported without delay to the information security officer.",
    "Suppliers that process customer data sign a data processing agreement before work begins.",
    "Backups of production data are encrypted, tested monthly and kept for 35 days.",
    "Employees complete information security training when they join and every year after that.",
    "Changes to production systems follow the change management procedure and are logged.",
    "The management team reviews the information security objectives at least once a year.",
    "Remote work is allowed on company-managed devices with full-disk encryption.",
    "Multi-factor authentication is required for every administrative and remote access account.",
    "Risks are assessed against likelihood and impact, and treated according to the risk appetite.",
    "Personal data is processed in line with the GDPR and the Finnish Data Protection Act.",
]
WORDS = ["risk", "asset", "control", "supplier", "incident", "backup", "access",
         "review", "audit", "continuity", "encryption", "training", "policy"]


def paragraph(rng, n):
    return " ".join(rng.choice(SENTENCES) for _ in range(n))


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def section_content(rng, depth):
    """One section's blocks as (yaml_lines, md_lines)."""
    y, m = [], []
    ind = "      "
    y.append("    content:")
    p = paragraph(rng, rng.randint(3, 6))
    y.append(f"{ind}- {q(p)}")
    m += [p, ""]
    kind = rng.randint(0, 3)
    if kind == 0:
        items = [paragraph(rng, 1) for _ in range(rng.randint(3, 6))]
        y.append(f"{ind}- list:")
        y += [f"{ind}    - {q(i)}" for i in items]
        m += [f"- {i}" for i in items] + [""]
    elif kind == 1:
        rows = [[rng.choice(WORDS).capitalize() + f" {k + 1}", paragraph(rng, 1),
                 rng.choice(["Quarterly", "Monthly", "Annually"])]
                for k in range(rng.randint(4, 12))]
        y.append(f"{ind}- table:")
        y.append(f"{ind}    columns: [Item, Description, Frequency]")
        y.append(f"{ind}    widths: [1, 4, 1]")
        y.append(f"{ind}    rows:")
        y += [f"{ind}      - [{', '.join(q(c) for c in r)}]" for r in rows]
        m += ["| Item | Description | Frequency |", "|---|---|---|"]
        m += ["| " + " | ".join(r) + " |" for r in rows] + [""]
    elif kind == 2:
        n = paragraph(rng, 2)
        y.append(f"{ind}- note: {q(n)}")
        m += [f"> **Note:** {n}", ""]
    else:
        items = [paragraph(rng, 1) for _ in range(rng.randint(3, 5))]
        y.append(f"{ind}- numbered:")
        y += [f"{ind}    - {q(i)}" for i in items]
        m += [f"{k + 1}. {i}" for k, i in enumerate(items)] + [""]
    p = paragraph(rng, rng.randint(2, 5))
    y.append(f"{ind}- {q(p)}")
    m += [p, ""]
    return y, m


def document(rng, idx, manual, scale):
    kind = "manual" if manual else "policy"
    title = ("ISMS Manual" if manual else "Information Security Policy") + f" {idx}"
    nsec = (rng.randint(45, 80) if manual else rng.randint(3, 9)) * scale
    y = [
        "document:",
        f"  id: ISMS-{kind[:3].upper()}-{idx:04d}",
        f"  title: {title}",
        f"  type: {kind}",
        "  organization: Example Oy",
        '  version: "1.2"',
        "  status: approved",
        "  classification: Internal",
        "  owner: Maria Virtanen, Information Security Officer",
        "  approver: Jukka Korhonen, CEO",
        "  approved: 2026-03-15",
        "  review_interval: 12 months",
        "  history:",
        "    - {version: \"1.0\", date: 2025-03-01, author: Maria Virtanen, changes: First version}",
        "    - {version: \"1.2\", date: 2026-03-15, author: Maria Virtanen, changes: Objectives for 2026}",
        "sections:",
    ]
    md = [f"---\ntitle: \"{title}\"\nauthor: Maria Virtanen\n---", ""]
    if kind == "policy":
        y += ["  - title: Information security objectives", "    content:",
              "      - objectives:"]
        md += ["# Information security objectives", "",
               "| Objective | Metric | Target | Deadline |", "|---|---|---|---|"]
        for k in range(4):
            o = rng.choice(SENTENCES).rstrip(".")
            y += [f"          - objective: {q(o)}", "            metric: Coverage",
                  "            target: 100 %", "            deadline: 2026-06-30"]
            md.append(f"| {o} | Coverage | 100 % | 2026-06-30 |")
        md.append("")
        y += ["  - title: Scope", "    content:", "      - \"The policy covers:\"",
              "      - list: [SaaS service, Customer support, Internal IT, Remote work]",
              "  - title: Roles and responsibilities", "    content:", "      - roles:",
              "          - {role: CEO, responsibility: Approves the policy and ensures resources}",
              "          - {role: Security officer, responsibility: Maintains the policy and monitors it}",
              "          - {role: Employees, responsibility: Follow the policy and report deviations}"]
        md += ["# Scope", "", "The policy covers:", "", "- SaaS service", "- Customer support",
               "- Internal IT", "- Remote work", "", "# Roles and responsibilities", "",
               "| Role | Responsibility |", "|---|---|",
               "| CEO | Approves the policy and ensures resources |",
               "| Security officer | Maintains the policy and monitors it |",
               "| Employees | Follow the policy and report deviations |", ""]
    for s in range(nsec):
        t = f"{rng.choice(WORDS).capitalize()} management {s + 1}"
        y.append(f"  - title: {q(t)}")
        md += [f"# {t}", ""]
        cy, cm = section_content(rng, 1)
        y += cy
        md += cm
    return "\n".join(y) + "\n", "\n".join(md) + "\n"


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    scale = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--scale" else 1
    os.makedirs(os.path.join(out, "yaml"), exist_ok=True)
    os.makedirs(os.path.join(out, "md"), exist_ok=True)
    for i in range(count):
        rng = random.Random(1000 + i)
        manual = i % 10 == 9
        name = ("manual" if manual else "policy") + f"-{i:04d}"
        yml, md = document(rng, i, manual, scale)
        with open(os.path.join(out, "yaml", name + ".yaml"), "w") as f:
            f.write(yml)
        with open(os.path.join(out, "md", name + ".md"), "w") as f:
            f.write(md)


if __name__ == "__main__":
    main()
