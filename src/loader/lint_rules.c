/* The lint rules' ids and reasons: what --format json/sarif and docs/format.md
 * show. An id never changes once published (scripts and CI filter on it);
 * a new rule gets a new id. The "why" cites the seed articles
 * (../shared/seeds/) or the clause of ISO/IEC 27001:2022. */
#include <string.h>

#include "internal.h"

static const iso_lint_rule rules[] = {
    {"policy-objectives", "a policy states its information security objectives",
     "ISO/IEC 27001 5.2 c): the policy includes information security "
     "objectives or the framework for setting them (6.2)"},
    {"policy-objective-count", "a policy has 3 to 5 objectives",
     "the policy seed: select 3-5 key information security objectives for the "
     "next 12 months; more dilutes them, fewer leaves key risks without one"},
    {"objective-measurable", "an objective has a target or a metric with a number",
     "ISO/IEC 27001 6.2 b): objectives are measurable (if practicable); the "
     "seed: objective, metric and deadline"},
    {"objective-vague", "an objective is not a vague phrase",
     "the policy seed: avoid vague phrases like \"improve information "
     "security\"; define objective, metric and deadline"},
    {"policy-principles", "a policy states 5 to 7 principles in a 'principles' block",
     "ISO/IEC 27001 5.2; the policy seed: choose 5-7 principles that remain "
     "stable even if tools change (least privilege, risk-based decisions, "
     "incident reporting, continuous improvement)"},
    {"policy-scope", "a policy has a section on its scope",
     "ISO/IEC 27001 4.3 and 5.2 a); the policy seed: if the scope is unclear, "
     "audit and responsibilities will also be unclear"},
    {"policy-sections", "a policy has the sections of the seed's sample structure",
     "the policy seed's sample structure: purpose, scope, objectives, "
     "principles, roles and responsibilities, commitment to laws, contracts "
     "and requirements (5.2 c-d), monitoring, review and continuous "
     "improvement (5.2 d), approval and version control"},
    {"policy-roles", "a policy assigns roles and responsibilities",
     "ISO/IEC 27001 5.3: top management assigns the responsibilities and "
     "authorities for roles relevant to information security"},
    {"responsibility-vague", "a responsibility names a role, not nobody",
     "the policy seed: a common mistake is responsibilities written vaguely as "
     "\"the organization is responsible\"; name who owns, approves and "
     "monitors (ISO/IEC 27001 5.3)"},
    {"policy-approver", "a policy's approver is management",
     "ISO/IEC 27001 5.1 and 5.2: top management establishes the policy; the "
     "seed: management must approve it visibly, or it becomes just an IT "
     "department paper"},
    {"policy-review-interval", "a policy is reviewed at least every 12 months",
     "the policy seed: review the policy at least annually, e.g. every 12 "
     "months (ISO/IEC 27001 7.5.2, 9.3)"},
    {"policy-risks", "a policy's risks block lists 3 to 5 key risks",
     "the policy seed: start by listing 3-5 key risks, then align the "
     "principles and objectives exactly to those (ISO/IEC 27001 6.1)"},
    {"risk-linked", "a key risk is linked to a principle and a metric",
     "the policy seed: each key risk maps to a policy principle and a metric, "
     "which makes the policy a management tool"},
    {"policy-length", "a policy is 1 to 3 pages long as laid out",
     "the policy seed: a policy is typically 1-3 pages; over 8 pages it "
     "probably mixes policy, procedures and instructions (ISO/IEC 27001 "
     "5.2 asks for a policy appropriate to the organization)"},
    {"procedure-steps", "a procedure describes its steps as a numbered list",
     "the policy seed: the procedure details who does what, step by step; a "
     "numbered list makes the order auditable"},
    {"manual-chapters", "a manual has the chapters of the seed's manual structure",
     "the manual seed's typical structure follows ISO/IEC 27001 clauses 4-10: "
     "introduction, context of the organization, leadership, planning, "
     "support, operation, performance evaluation, improvement"},
    {"history-order", "the revision history is listed oldest first",
     "ISO/IEC 27001 7.5.3: changes to documented information are controlled; "
     "a history out of order hides which version is current"},
    {"history-future", "no revision is dated in the future",
     "ISO/IEC 27001 7.5.3: the history records changes that were made; a "
     "future date is a typing error or an unapproved change"},
    {"history-version", "the newest revision's version is the document's version",
     "ISO/IEC 27001 7.5.2-7.5.3: identification and version control; the seed: "
     "document approval date, version number and owner"},
    {"history-approval", "an approved document's history records the approval",
     "ISO/IEC 27001 7.5.2 c): review and approval; the seed: add a version "
     "control line with owner, approver and approval date"},
    {"review-overdue", "the review date has not passed",
     "ISO/IEC 27001 7.5.2 and 9.3; the policy seed: a policy that is not "
     "reviewed after changes is a common mistake"},
    {"not-approved", "the document is approved (--strict only)",
     "ISO/IEC 27001 5.2 and 7.5.2 c): documents are approved for suitability "
     "before use"},
    {"placeholder", "no placeholder text of a scaffold is left",
     "the policy seed: a policy copied from a template without considering the "
     "company's business, risks and responsibilities is noticed by auditors; "
     "isoexport new marks what to fill in as <<...>>"},
};

const iso_lint_rule *iso_lint_rules(size_t *count) {
  if (count)
    *count = sizeof rules / sizeof rules[0];
  return rules;
}

const iso_lint_rule *iso_lint_rule_find(const char *id) {
  for (size_t i = 0; id && i < sizeof rules / sizeof rules[0]; i++)
    if (!strcmp(rules[i].id, id))
      return &rules[i];
  return NULL;
}
