#!/usr/bin/env python3
"""The side-by-side corpus of the peers' table (bench/README.md): COUNT
copies of one 4-page policy with a 40-row table, as isoexport YAML, as
Markdown (pandoc) and as Typst, in Finnish (with a few characters outside
Windows-1252, such as "≤") or in English (every character in Windows-1252).

usage: gen_policy.py OUTDIR COUNT fi|en
  OUTDIR/yaml/policy-NNNN.yaml, OUTDIR/md/policy-NNNN.md and
  OUTDIR/typ/policy-NNNN.typ; the copies differ only in their id.
"""
import os
import sys

TEXT = {
    "fi": {
        "title": "Tietoturvapolitiikka",
        "org": "Esimerkki Oy",
        "owner": "Maria Virtanen, tietoturvapäällikkö",
        "approver": "Jukka Korhonen, toimitusjohtaja",
        "class": "Sisäinen",
        "sentences": [
            "Esimerkki Oy suojaa asiakkaiden, henkilöstön ja liiketoiminnan tietoja, jotta riskit pysyvät hallinnassa.",
            "Käyttöoikeudet myönnetään vähimmän oikeuden periaatteella ja tarkistetaan neljännesvuosittain.",
            "Tietoturvapoikkeamat ilmoitetaan viipymättä tietoturvapäällikölle, ja vasteaika on ≤ 4 tuntia.",
            "Toimittajat, jotka käsittelevät asiakastietoja, allekirjoittavat käsittelysopimuksen ennen työn alkua.",
            "Tuotantotietojen varmuuskopiot salataan, testataan kuukausittain ja säilytetään 35 päivää.",
            "Työntekijät suorittavat tietoturvakoulutuksen aloittaessaan ja sen jälkeen vuosittain.",
            "Muutokset tuotantojärjestelmiin noudattavat muutoksenhallintaa ja kirjataan lokiin.",
            "Johtoryhmä käy tietoturvatavoitteet läpi vähintään kerran vuodessa – tarvittaessa useammin.",
        ],
        "sections": ["Tarkoitus", "Soveltamisala", "Roolit ja vastuut",
                     "Riskienhallinta", "Jatkuvuus", "Seuranta"],
        "table": "Valvontatoimet",
        "cols": ["Tunnus", "Kuvaus", "Tiheys"],
        "freq": ["Kuukausittain", "Neljännesvuosittain", "Vuosittain"],
        "item": "Kontrolli",
    },
    "en": {
        "title": "Information Security Policy",
        "org": "Example Ltd",
        "owner": "Maria Virtanen, Information Security Officer",
        "approver": "Jukka Korhonen, CEO",
        "class": "Internal",
        "sentences": [
            "Example Ltd protects customer, personnel and business data so that risks stay under control.",
            "Access rights are granted on the principle of least privilege and reviewed every quarter.",
            "Security incidents are reported without delay to the security officer, within 4 hours at most.",
            "Suppliers that process customer data sign a data processing agreement before work begins.",
            "Backups of production data are encrypted, tested monthly and kept for 35 days.",
            "Employees complete security training when they join and every year after that.",
            "Changes to production systems follow change management and are logged.",
            "The management team reviews the security objectives at least once a year – more often when needed.",
        ],
        "sections": ["Purpose", "Scope", "Roles and responsibilities",
                     "Risk management", "Continuity", "Monitoring"],
        "table": "Controls",
        "cols": ["Id", "Description", "Frequency"],
        "freq": ["Monthly", "Quarterly", "Annually"],
        "item": "Control",
    },
}


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typ(s):
    out = []
    for ch in s:
        if ch in '\\#*_`$<>@[]~"/=+-':
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def paragraph(t, k, n):
    s = t["sentences"]
    return " ".join(s[(k + i) % len(s)] for i in range(n))


def document(lang, idx):
    t = TEXT[lang]
    y = ["document:", f"  id: ISMS-POL-{idx:04d}", f"  title: {t['title']}",
         "  type: policy", f"  organization: {t['org']}", '  version: "1.2"',
         "  status: approved", f"  classification: {t['class']}",
         f"  language: {lang}", f"  owner: {t['owner']}",
         f"  approver: {t['approver']}", "  approved: 2026-03-15",
         "  review_interval: 12 months", "sections:"]
    md = [f"---\ntitle: \"{t['title']}\"\nauthor: Maria Virtanen\n---", ""]
    ty = ['#set page(paper: "a4", margin: 2cm, footer: [#h(1fr) #counter(page).display()])',
          '#set text(font: "Liberation Sans", size: 10pt, lang: "%s")' % lang,
          "#set par(justify: false)", "", f"= {typ(t['title'])}", ""]
    rows = [[f"{t['item']} {k + 1}", paragraph(t, k, 1), t["freq"][k % 3]]
            for k in range(40)]
    for si, sec in enumerate(t["sections"]):
        y += [f"  - title: {q(sec)}", "    content:"]
        md += [f"# {sec}", ""]
        ty += [f"== {typ(sec)}", ""]
        for p in range(2):
            text = paragraph(t, si * 3 + p, 3)
            y.append(f"      - {q(text)}")
            md += [text, ""]
            ty += [typ(text), ""]
        if si == 2:
            y += ["      - table:", f"          caption: {q(t['table'])}",
                  f"          columns: [{', '.join(t['cols'])}]",
                  "          widths: [1, 4, 1]", "          rows:"]
            y += [f"            - [{', '.join(q(c) for c in r)}]" for r in rows]
            md += ["| " + " | ".join(t["cols"]) + " |", "|---|---|---|"]
            md += ["| " + " | ".join(r) + " |" for r in rows] + [""]
            ty.append("#table(columns: (1fr, 4fr, 1fr), "
                      + ", ".join(f"[*{typ(c)}*]" for c in t["cols"]) + ",")
            ty += ["  " + ", ".join(f"[{typ(c)}]" for c in r) + "," for r in rows]
            ty += [")", ""]
    return ("\n".join(y) + "\n", "\n".join(md) + "\n", "\n".join(ty) + "\n")


def main():
    out, count, lang = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    for sub in ("yaml", "md", "typ"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    for i in range(count):
        name = f"policy-{i:04d}"
        for sub, text in zip(("yaml", "md", "typ"), document(lang, i)):
            with open(os.path.join(out, sub, f"{name}.{sub}"), "w") as f:
                f.write(text)


if __name__ == "__main__":
    main()
