#!/usr/bin/env python3
"""Validates a SARIF 2.1.0 log offline, with the Python standard library only.

  validate_sarif.py [--dump] FILE.sarif

What it checks, and why it is still here next to the SARIF Multitool:

GitHub code scanning's ingestion rules (GH2012: rules need shortDescription
and help) and the SARIF rules (SARIF1001: a rule's name differs from its id)
are checked by Microsoft's reference validator in test/sarif/multitool.test;
this script no longer keeps its own hand-written list of them. The rule
fields GitHub documents but the Multitool does not check (precision,
problem.severity, tags, no file:// helpUri) are in --dump's output, which the
tests FileCheck exactly.

What stays is the SARIF 2.1.0 schema (sarif-schema-2.1.0.json, written out
by hand below: the schema file is not shipped, and the Multitool is optional
-- multitool.test is UNSUPPORTED without npm -- and validates one log only),
for every log the tests write, baselines, hostile inputs and async-audit's
included:

* sarifLog: "version" == "2.1.0", "$schema" names the 2.1.0 schema, "runs";
* run.tool.driver.name; rules have an "id" and an absolute "helpUri"; a
  result's ruleIndex points at the rule with its ruleId;
* every result has ruleId, message.text and at least one location with
  physicalLocation.artifactLocation.uri and region.startLine (>= 1);
* relatedLocations and codeFlows (threadFlows[].locations[].location) are
  locations as above; related location ids are unique;
* fixes[].artifactChanges[] (minItems 1) have artifactLocation and
  replacements[] (minItems 1) with deletedRegion and insertedContent.text;
* uriBaseId refers to run.originalUriBaseIds, whose uris are absolute and end
  in '/'; artifact indexes are in range;
* enumerations (level, importance, columnKind) and, as the schema sets
  "additionalProperties": false, no property outside the schema's list.

Prints one summary line and exits 0, or prints every problem and exits 1.
--dump also prints the rules and results in a compact form for FileCheck.
"""

import json
import re
import sys

SCHEMA_RE = re.compile(r"sarif-schema-2\.1\.0\.json$|/sarif-2\.1\.0[^/]*\.json$")
ABS_URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")

# Allowed properties per object (SARIF 2.1.0 schema, additionalProperties: false).
ALLOWED = {
    "sarifLog": {"$schema", "version", "runs", "inlineExternalProperties", "properties"},
    "run": {"tool", "invocations", "conversion", "language", "versionControlProvenance",
            "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results",
            "automationDetails", "runAggregates", "baselineGuid", "redactionTokens",
            "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind",
            "externalPropertyFileReferences", "threadFlowLocations", "taxonomies",
            "addresses", "translations", "policies", "webRequests", "webResponses",
            "specialLocations", "properties"},
    "tool": {"driver", "extensions", "properties"},
    "toolComponent": {"guid", "name", "organization", "product", "productSuite",
                      "shortDescription", "fullDescription", "fullName", "version",
                      "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc",
                      "downloadUri", "informationUri", "globalMessageStrings",
                      "notifications", "rules", "taxa", "locations", "language",
                      "contents", "isComprehensive", "localizedDataSemanticVersion",
                      "minimumRequiredLocalizedDataSemanticVersion",
                      "associatedComponent", "translationMetadata",
                      "supportedTaxonomies", "properties"},
    "reportingDescriptor": {"id", "deprecatedIds", "guid", "deprecatedGuids", "name",
                            "deprecatedNames", "shortDescription", "fullDescription",
                            "messageStrings", "defaultConfiguration", "helpUri", "help",
                            "relationships", "properties"},
    "reportingConfiguration": {"enabled", "level", "rank", "parameters", "properties"},
    "multiformatMessageString": {"text", "markdown", "properties"},
    "message": {"text", "markdown", "id", "arguments", "properties"},
    "artifact": {"location", "parentIndex", "offset", "length", "roles", "mimeType",
                 "contents", "encoding", "sourceLanguage", "hashes",
                 "lastModifiedTimeUtc", "description", "properties"},
    "artifactLocation": {"uri", "uriBaseId", "index", "description", "properties"},
    "result": {"ruleId", "ruleIndex", "rule", "kind", "level", "message",
               "analysisTarget", "locations", "guid", "correlationGuid",
               "occurrenceCount", "partialFingerprints", "fingerprints", "stacks",
               "codeFlows", "graphs", "graphTraversals", "relatedLocations",
               "suppressions", "baselineState", "rank", "attachments",
               "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa",
               "webRequest", "webResponse", "properties"},
    "location": {"id", "physicalLocation", "logicalLocations", "message", "annotations",
                 "relationships", "properties"},
    "physicalLocation": {"address", "artifactLocation", "region", "contextRegion",
                         "properties"},
    "region": {"startLine", "startColumn", "endLine", "endColumn", "charOffset",
               "charLength", "byteOffset", "byteLength", "snippet", "message",
               "sourceLanguage", "properties"},
    "codeFlow": {"message", "threadFlows", "properties"},
    "threadFlow": {"id", "message", "initialState", "immutableState", "locations",
                   "properties"},
    "threadFlowLocation": {"index", "location", "stack", "kinds", "taxa", "module",
                           "state", "nestingLevel", "executionOrder",
                           "executionTimeUtc", "importance", "webRequest",
                           "webResponse", "properties"},
    "fix": {"description", "artifactChanges", "properties"},
    "artifactChange": {"artifactLocation", "replacements", "properties"},
    "replacement": {"deletedRegion", "insertedContent", "properties"},
    "artifactContent": {"text", "binary", "rendered", "properties"},
}
LEVELS = {"none", "note", "warning", "error"}
IMPORTANCE = {"important", "essential", "unimportant"}
COLUMN_KINDS = {"utf16CodeUnits", "unicodeCodePoints"}


class Validator:
    def __init__(self):
        self.errors = []
        self.counts = {"results": 0, "relatedLocations": 0, "codeFlows": 0, "fixes": 0}

    def err(self, path, msg):
        self.errors.append("%s: %s" % (path, msg))

    def obj(self, v, path, kind, required=()):
        if not isinstance(v, dict):
            self.err(path, "expected a %s object" % kind)
            return False
        for k in v:
            if k not in ALLOWED[kind]:
                self.err(path, "property '%s' is not allowed in %s" % (k, kind))
        for k in required:
            if k not in v:
                self.err(path, "missing required property '%s'" % k)
        return True

    def array(self, v, path, min_items=0):
        if not isinstance(v, list):
            self.err(path, "expected an array")
            return []
        if len(v) < min_items:
            self.err(path, "needs at least %d item(s)" % min_items)
        return v

    def string(self, v, path, nonempty=True):
        if not isinstance(v, str) or (nonempty and not v):
            self.err(path, "expected a non-empty string")
            return False
        return True

    def int_min(self, v, path, minimum):
        if not isinstance(v, int) or isinstance(v, bool) or v < minimum:
            self.err(path, "expected an integer >= %d" % minimum)

    def message(self, v, path, kind="message"):
        if self.obj(v, path, kind):
            if "text" not in v and (kind != "message" or "id" not in v):
                self.err(path, "missing required property 'text'")
            if "text" in v:
                self.string(v["text"], path + ".text", nonempty=False)

    def artifact_location(self, v, path, run, require_uri=True):
        if not self.obj(v, path, "artifactLocation"):
            return
        if require_uri and "uri" not in v:
            self.err(path, "missing property 'uri'")
        if "uri" in v:
            self.string(v["uri"], path + ".uri")
        if "uriBaseId" in v and v["uriBaseId"] not in run.get("originalUriBaseIds", {}):
            self.err(path + ".uriBaseId", "'%s' is not in run.originalUriBaseIds" % v["uriBaseId"])
        if "index" in v:
            self.int_min(v["index"], path + ".index", -1)
            if isinstance(v["index"], int) and v["index"] >= len(run.get("artifacts", [])):
                self.err(path + ".index", "no artifact %d" % v["index"])

    def region(self, v, path, require_start_line=True):
        if not self.obj(v, path, "region"):
            return
        if require_start_line and "startLine" not in v:
            self.err(path, "missing property 'startLine'")
        for k in ("startLine", "startColumn", "endLine", "endColumn"):
            if k in v:
                self.int_min(v[k], path + "." + k, 1)
        for k in ("charOffset", "byteOffset"):
            if k in v:
                self.int_min(v[k], path + "." + k, -1)
        if isinstance(v.get("startLine"), int) and isinstance(v.get("endLine"), int) \
                and v["endLine"] < v["startLine"]:
            self.err(path, "endLine < startLine")
        if v.get("startLine") == v.get("endLine") and isinstance(v.get("startColumn"), int) \
                and isinstance(v.get("endColumn"), int) and v["endColumn"] < v["startColumn"]:
            self.err(path, "endColumn < startColumn on one line")

    def location(self, v, path, run):
        if not self.obj(v, path, "location"):
            return
        if "message" in v:
            self.message(v["message"], path + ".message")
        if "id" in v:
            self.int_min(v["id"], path + ".id", -1)
        pl = v.get("physicalLocation")
        if pl is None:
            self.err(path, "missing property 'physicalLocation'")
            return
        p = path + ".physicalLocation"
        if self.obj(pl, p, "physicalLocation"):
            if "artifactLocation" not in pl:
                self.err(p, "missing property 'artifactLocation'")
            else:
                self.artifact_location(pl["artifactLocation"], p + ".artifactLocation", run)
            if "region" not in pl:
                self.err(p, "missing property 'region'")
            else:
                self.region(pl["region"], p + ".region")

    def result(self, r, path, run, rules):
        if not self.obj(r, path, "result", required=("message",)):
            return
        self.counts["results"] += 1
        if self.string(r.get("ruleId"), path + ".ruleId") and "ruleIndex" in r:
            i = r["ruleIndex"]
            if not isinstance(i, int) or not 0 <= i < len(rules):
                self.err(path + ".ruleIndex", "no rule %r" % (i,))
            elif rules[i].get("id") != r["ruleId"]:
                self.err(path + ".ruleIndex", "rule %d is '%s', not '%s'"
                         % (i, rules[i].get("id"), r["ruleId"]))
        if "message" in r:
            self.message(r["message"], path + ".message")
            if "text" not in r["message"]:
                self.err(path + ".message", "missing property 'text'")
        if "level" in r and r["level"] not in LEVELS:
            self.err(path + ".level", "not one of %s" % sorted(LEVELS))
        for i, loc in enumerate(self.array(r.get("locations"), path + ".locations", 1)):
            self.location(loc, "%s.locations[%d]" % (path, i), run)
        ids = set()
        for i, loc in enumerate(self.array(r.get("relatedLocations", []),
                                           path + ".relatedLocations")):
            self.counts["relatedLocations"] += 1
            self.location(loc, "%s.relatedLocations[%d]" % (path, i), run)
            if isinstance(loc, dict) and "id" in loc:
                if loc["id"] in ids:
                    self.err("%s.relatedLocations[%d].id" % (path, i), "duplicate id")
                ids.add(loc["id"])
        for i, cf in enumerate(self.array(r.get("codeFlows", []), path + ".codeFlows")):
            self.counts["codeFlows"] += 1
            cp = "%s.codeFlows[%d]" % (path, i)
            if not self.obj(cf, cp, "codeFlow", required=("threadFlows",)):
                continue
            for j, tf in enumerate(self.array(cf.get("threadFlows"), cp + ".threadFlows", 1)):
                tp = "%s.threadFlows[%d]" % (cp, j)
                if not self.obj(tf, tp, "threadFlow", required=("locations",)):
                    continue
                for k, tfl in enumerate(self.array(tf.get("locations"), tp + ".locations", 1)):
                    lp = "%s.locations[%d]" % (tp, k)
                    if not self.obj(tfl, lp, "threadFlowLocation"):
                        continue
                    if "importance" in tfl and tfl["importance"] not in IMPORTANCE:
                        self.err(lp + ".importance", "not one of %s" % sorted(IMPORTANCE))
                    if "location" in tfl:
                        self.location(tfl["location"], lp + ".location", run)
        for i, fx in enumerate(self.array(r.get("fixes", []), path + ".fixes")):
            self.counts["fixes"] += 1
            fp = "%s.fixes[%d]" % (path, i)
            if not self.obj(fx, fp, "fix", required=("artifactChanges",)):
                continue
            if "description" in fx:
                self.message(fx["description"], fp + ".description")
            for j, ch in enumerate(self.array(fx.get("artifactChanges"),
                                              fp + ".artifactChanges", 1)):
                cp = "%s.artifactChanges[%d]" % (fp, j)
                if not self.obj(ch, cp, "artifactChange",
                                required=("artifactLocation", "replacements")):
                    continue
                if "artifactLocation" in ch:
                    self.artifact_location(ch["artifactLocation"], cp + ".artifactLocation",
                                           run)
                for k, rep in enumerate(self.array(ch.get("replacements"),
                                                   cp + ".replacements", 1)):
                    rp = "%s.replacements[%d]" % (cp, k)
                    if not self.obj(rep, rp, "replacement", required=("deletedRegion",)):
                        continue
                    if "deletedRegion" in rep:
                        self.region(rep["deletedRegion"], rp + ".deletedRegion",
                                    require_start_line=False)
                    if "insertedContent" not in rep:
                        self.err(rp, "missing property 'insertedContent'")
                    elif self.obj(rep["insertedContent"], rp + ".insertedContent",
                                  "artifactContent"):
                        if not isinstance(rep["insertedContent"].get("text"), str):
                            self.err(rp + ".insertedContent", "missing string 'text'")
        if "partialFingerprints" in r:
            pf = r["partialFingerprints"]
            if not isinstance(pf, dict) or not all(isinstance(x, str) for x in pf.values()):
                self.err(path + ".partialFingerprints", "expected an object of strings")

    def run(self, run, path):
        if not self.obj(run, path, "run", required=("tool",)):
            return
        if "columnKind" in run and run["columnKind"] not in COLUMN_KINDS:
            self.err(path + ".columnKind", "not one of %s" % sorted(COLUMN_KINDS))
        for name, base in run.get("originalUriBaseIds", {}).items():
            bp = "%s.originalUriBaseIds.%s" % (path, name)
            if self.obj(base, bp, "artifactLocation"):
                uri = base.get("uri", "")
                if not ABS_URI_RE.match(uri) or not uri.endswith("/"):
                    self.err(bp + ".uri", "must be an absolute URI ending in '/'")
        for i, art in enumerate(self.array(run.get("artifacts", []), path + ".artifacts")):
            ap = "%s.artifacts[%d]" % (path, i)
            if self.obj(art, ap, "artifact") and "location" in art:
                self.artifact_location(art["location"], ap + ".location", run)
        rules = []
        tool = run.get("tool")
        tp = path + ".tool"
        if self.obj(tool, tp, "tool", required=("driver",)) and "driver" in tool:
            drv = tool["driver"]
            dp = tp + ".driver"
            if self.obj(drv, dp, "toolComponent", required=("name",)):
                self.string(drv.get("name"), dp + ".name")
                rules = self.array(drv.get("rules", []), dp + ".rules")
                for i, rule in enumerate(rules):
                    rp = "%s.rules[%d]" % (dp, i)
                    if not self.obj(rule, rp, "reportingDescriptor", required=("id",)):
                        continue
                    self.string(rule.get("id"), rp + ".id")
                    if "helpUri" in rule and not ABS_URI_RE.match(str(rule["helpUri"])):
                        self.err(rp + ".helpUri", "must be an absolute URI")
                    for k in ("shortDescription", "fullDescription", "help"):
                        if k in rule:
                            self.message(rule[k], rp + "." + k, "multiformatMessageString")
                    if "defaultConfiguration" in rule:
                        dc = rule["defaultConfiguration"]
                        cp = rp + ".defaultConfiguration"
                        if self.obj(dc, cp, "reportingConfiguration"):
                            if "level" in dc and dc["level"] not in LEVELS:
                                self.err(cp + ".level", "not one of %s" % sorted(LEVELS))
                            if "rank" in dc and not (isinstance(dc["rank"], (int, float))
                                                     and -1 <= dc["rank"] <= 100):
                                self.err(cp + ".rank", "must be in [-1, 100]")
        for i, r in enumerate(self.array(run.get("results"), path + ".results")):
            self.result(r, "%s.results[%d]" % (path, i), run, rules)

    def log(self, doc):
        if not self.obj(doc, "$", "sarifLog", required=("version", "runs")):
            return
        if doc.get("version") != "2.1.0":
            self.err("$.version", "must be \"2.1.0\"")
        if not isinstance(doc.get("$schema"), str) or not SCHEMA_RE.search(doc["$schema"]):
            self.err("$.$schema", "must name the SARIF 2.1.0 schema")
        for i, run in enumerate(self.array(doc.get("runs"), "$.runs", 1)):
            self.run(run, "$.runs[%d]" % i)


def where(loc):
    pl = loc.get("physicalLocation", {})
    art, reg = pl.get("artifactLocation", {}), pl.get("region", {})
    base = art.get("uriBaseId")
    return "%s%s:%s:%s-%s:%s" % ("%" + base + "%/" if base else "", art.get("uri"),
                                 reg.get("startLine"), reg.get("startColumn"),
                                 reg.get("endLine"), reg.get("endColumn"))


def dump(doc):
    for run in doc["runs"]:
        drv = run["tool"]["driver"]
        print("tool: %s %s" % (drv["name"], drv.get("version", "")))
        for base, loc in sorted(run.get("originalUriBaseIds", {}).items()):
            print("base: %s = %s" % (base, loc.get("uri")))
        for rule in drv.get("rules", []):
            props = rule.get("properties", {})
            print("rule: %s %s" % (rule["id"], rule.get("helpUri", "")))
            print("  %s, %s, %s; %s; help: %d bytes" % (
                props.get("precision"), props.get("problem.severity"),
                ",".join(props.get("tags", [])),
                json.dumps(rule.get("shortDescription", {}).get("text")),
                len(rule.get("help", {}).get("markdown", ""))))
        for art in run.get("artifacts", []):
            loc = art.get("location", {})
            print("artifact: %s%s" % ("%" + loc["uriBaseId"] + "%/" if "uriBaseId" in loc
                                      else "", loc.get("uri")))
        for r in run.get("results", []):
            print("result: %s %s %s %s" % (r["ruleId"], r.get("level", "warning"),
                                           where(r["locations"][0]),
                                           json.dumps(r["message"]["text"])))
            for rel in r.get("relatedLocations", []):
                print("  related: %s %s" % (where(rel),
                                            json.dumps(rel.get("message", {}).get("text"))))
            for cf in r.get("codeFlows", []):
                for tf in cf["threadFlows"]:
                    for step in tf["locations"]:
                        print("  flow: %s %s %s" % (
                            step.get("importance", "important"), where(step["location"]),
                            json.dumps(step["location"].get("message", {}).get("text"))))
            for fx in r.get("fixes", []):
                print("  fix: %s" % json.dumps(fx.get("description", {}).get("text")))
                for ch in fx["artifactChanges"]:
                    for rep in ch["replacements"]:
                        d = rep["deletedRegion"]
                        print("    replace: %s %s:%s-%s:%s %s" % (
                            ch["artifactLocation"].get("uri"), d.get("startLine"),
                            d.get("startColumn"), d.get("endLine"), d.get("endColumn"),
                            json.dumps(rep["insertedContent"]["text"])))
            for k, v in sorted(r.get("partialFingerprints", {}).items()):
                print("  fingerprint: %s" % k)


def main():
    args = sys.argv[1:]
    want_dump = "--dump" in args
    args = [a for a in args if a != "--dump"]
    if len(args) != 1:
        sys.stderr.write("usage: validate_sarif.py [--dump] FILE.sarif\n")
        return 2
    try:
        with open(args[0], encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print("invalid: %s" % e)
        return 1
    v = Validator()
    v.log(doc)
    if v.errors:
        for e in v.errors:
            print("invalid: " + e)
        return 1
    print("valid SARIF 2.1.0: %(results)d result(s), %(relatedLocations)d related "
          "location(s), %(codeFlows)d code flow(s), %(fixes)d fix(es)" % v.counts)
    if want_dump:
        dump(doc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
