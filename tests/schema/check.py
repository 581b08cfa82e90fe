"""The JSON Schema (share/isoexport/isoexport.schema.json) against the loader.

check.py SRCDIR SCHEMA GOOD... -- BAD...
  - the schema is a valid draft 2020-12 schema;
  - every GOOD document validates, every BAD document is rejected;
  - the keys the loader recognizes (its ld_key tables and block names in
    src/loader/*.c) are exactly the property names of the schema.
YAML is read as an editor's yaml-language-server reads it (YAML 1.2 core
schema: a date is a string, yes/no are strings), not as PyYAML's YAML 1.1.
Prints one line per problem; exits 1 when there is any."""
import glob
import json
import re
import sys

import jsonschema
import yaml


class Core12Loader(yaml.SafeLoader):
    pass


Core12Loader.yaml_implicit_resolvers = {}
Core12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))
Core12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"))
Core12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))
Core12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"),
    ["~", "n", "N", ""])


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # a scaffold before `isoexport new` fills in its dates
    text = text.replace("@TODAY@", "2026-01-01").replace("@NEXT_REVIEW@", "2027-01-01")
    return yaml.load(text, Loader=Core12Loader)


def loader_keys(srcdir):
    """Every key the loader recognizes: the {"key", required} entries of its
    ld_key tables and the block names of blocks.c."""
    keys = set()
    for path in sorted(glob.glob(srcdir + "/src/loader/*.c")):
        with open(path, encoding="utf-8") as f:
            src = f.read()
        keys.update(re.findall(r'\{\s*"([a-z_]+)"\s*,\s*[01]\s*\}', src))
        m = re.search(r"block_names\[\]\s*=\s*\{([^}]*)\}", src)
        if m:
            keys.update(re.findall(r'"([a-z_]+)"', m.group(1)))
    return keys


def schema_keys(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "properties" and isinstance(v, dict):
                out.update(v.keys())
            schema_keys(v, out)
    elif isinstance(node, list):
        for v in node:
            schema_keys(v, out)
    return out


def main(argv):
    srcdir, schema_path = argv[1], argv[2]
    rest = argv[3:]
    cut = rest.index("--")
    good, bad = rest[:cut], rest[cut + 1:]
    problems = 0
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as e:
        print(f"{schema_path}: not a valid draft 2020-12 schema: {e.message}")
        return 1
    v = jsonschema.Draft202012Validator(schema)
    docs = {}
    for path in good + bad:
        try:
            docs[path] = load(path)
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            print(f"{path}: cannot be read as YAML ({type(e).__name__}): "
                  "the schema cannot judge it")
            problems += 1
    for path in good:
        if path not in docs:
            continue
        errors = sorted(v.iter_errors(docs[path]), key=lambda e: list(e.path))
        for e in errors[:5]:
            print(f"{path}: rejected by the schema at /{'/'.join(map(str, e.path))}: {e.message}")
        problems += len(errors) > 0
    for path in bad:
        if path in docs and v.is_valid(docs[path]):
            print(f"{path}: accepted by the schema, but the loader refuses it")
            problems += 1
    lk, sk = loader_keys(srcdir), schema_keys(schema, set())
    if len(lk) < 40:
        print(f"only {len(lk)} keys found in src/loader/*.c: is the extraction broken?")
        problems += 1
    for k in sorted(lk - sk):
        print(f"key '{k}' is known to the loader but not in the schema")
        problems += 1
    for k in sorted(sk - lk):
        print(f"key '{k}' is in the schema but the loader does not know it")
        problems += 1
    print(f"{len(good)} good and {len(bad)} bad documents, {len(lk)} keys checked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
