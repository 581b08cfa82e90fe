/* Built-in labels and date formats, by document language. */
#include <stdio.h>

#include "isoexport.h"

static const char *const labels[ISO_LANG_COUNT][ISO_L_COUNT] = {
    [ISO_LANG_EN] =
        {
            [ISO_L_ID] = "Document ID",
            [ISO_L_TITLE] = "Title",
            [ISO_L_VERSION] = "Version",
            [ISO_L_STATUS] = "Status",
            [ISO_L_CLASSIFICATION] = "Classification",
            [ISO_L_ORGANIZATION] = "Organisation",
            [ISO_L_OWNER] = "Owner",
            [ISO_L_APPROVER] = "Approver",
            [ISO_L_APPROVAL_DATE] = "Approval date",
            [ISO_L_NEXT_REVIEW] = "Next review",
            [ISO_L_EFFECTIVE] = "Effective",
            [ISO_L_REVIEW_INTERVAL] = "Review interval",
            [ISO_L_DISTRIBUTION] = "Distribution",
            [ISO_L_KEYWORDS] = "Keywords",
            [ISO_L_DOC_TYPE] = "Document type",
            [ISO_L_PAGE] = "Page",
            [ISO_L_PAGE_OF] = "of",
            [ISO_L_APPROVAL_BLOCK] = "Approval and version control",
            [ISO_L_HISTORY] = "Revision history",
            [ISO_L_H_VERSION] = "Version",
            [ISO_L_H_DATE] = "Date",
            [ISO_L_H_AUTHOR] = "Author",
            [ISO_L_H_CHANGES] = "Changes",
            [ISO_L_H_APPROVER] = "Approver",
            [ISO_L_NOTE] = "Note",
            [ISO_L_TIP] = "Tip",
            [ISO_L_WARNING] = "Warning",
            [ISO_L_TOC] = "Contents",
            [ISO_L_OBJ_OBJECTIVE] = "Objective",
            [ISO_L_OBJ_METRIC] = "Metric",
            [ISO_L_OBJ_TARGET] = "Target",
            [ISO_L_OBJ_DEADLINE] = "Deadline",
            [ISO_L_OBJ_OWNER] = "Owner",
            [ISO_L_RISK_RISK] = "Risk",
            [ISO_L_RISK_PRINCIPLE] = "Principle",
            [ISO_L_RISK_TREATMENT] = "Treatment",
            [ISO_L_RISK_METRIC] = "Metric",
            [ISO_L_RISK_OWNER] = "Owner",
            [ISO_L_ROLE_ROLE] = "Role",
            [ISO_L_ROLE_RESPONSIBILITY] = "Responsibility",
            [ISO_L_MARK_DRAFT] = "DRAFT",
            [ISO_L_MARK_RETIRED] = "RETIRED",
            [ISO_L_STATUS_DRAFT] = "Draft",
            [ISO_L_STATUS_REVIEW] = "In review",
            [ISO_L_STATUS_APPROVED] = "Approved",
            [ISO_L_STATUS_RETIRED] = "Retired",
            [ISO_L_TABLE] = "Table",
            [ISO_L_FIGURE] = "Figure",
            [ISO_L_NOT_APPROVED] = "not approved",
            [ISO_L_PRINCIPLES] = "Principles",
            [ISO_L_RETENTION] = "Retention",
            [ISO_L_MASTER_COPY] = "Master copy",
            [ISO_L_S_ROLE] = "Role",
            [ISO_L_S_NAME] = "Name",
            [ISO_L_S_DATE] = "Date",
            [ISO_L_S_SIGNATURE] = "Signature",
            [ISO_L_ACKNOWLEDGEMENT] = "Acknowledgement",
            [ISO_L_ACK_TEXT] = "By signing below, I confirm that I have read and "
                               "understood this document and will comply with it.",
            [ISO_L_UNCONTROLLED] = "Uncontrolled when printed",
        },
    [ISO_LANG_FI] =
        {
            [ISO_L_ID] = "Asiakirjan tunnus",
            [ISO_L_TITLE] = "Otsikko",
            [ISO_L_VERSION] = "Versio",
            [ISO_L_STATUS] = "Tila",
            [ISO_L_CLASSIFICATION] = "Luokitus",
            [ISO_L_ORGANIZATION] = "Organisaatio",
            [ISO_L_OWNER] = "Omistaja",
            [ISO_L_APPROVER] = "Hyväksyjä",
            [ISO_L_APPROVAL_DATE] = "Hyväksytty",
            [ISO_L_NEXT_REVIEW] = "Seuraava katselmointi",
            [ISO_L_EFFECTIVE] = "Voimassa alkaen",
            [ISO_L_REVIEW_INTERVAL] = "Katselmointiväli",
            [ISO_L_DISTRIBUTION] = "Jakelu",
            [ISO_L_KEYWORDS] = "Avainsanat",
            [ISO_L_DOC_TYPE] = "Asiakirjatyyppi",
            [ISO_L_PAGE] = "Sivu",
            [ISO_L_PAGE_OF] = "/",
            [ISO_L_APPROVAL_BLOCK] = "Hyväksyntä ja versionhallinta",
            [ISO_L_HISTORY] = "Muutoshistoria",
            [ISO_L_H_VERSION] = "Versio",
            [ISO_L_H_DATE] = "Päivämäärä",
            [ISO_L_H_AUTHOR] = "Laatija",
            [ISO_L_H_CHANGES] = "Muutokset",
            [ISO_L_H_APPROVER] = "Hyväksyjä",
            [ISO_L_NOTE] = "Huomautus",
            [ISO_L_TIP] = "Vinkki",
            [ISO_L_WARNING] = "Varoitus",
            [ISO_L_TOC] = "Sisällys",
            [ISO_L_OBJ_OBJECTIVE] = "Tavoite",
            [ISO_L_OBJ_METRIC] = "Mittari",
            [ISO_L_OBJ_TARGET] = "Tavoitetaso",
            [ISO_L_OBJ_DEADLINE] = "Määräaika",
            [ISO_L_OBJ_OWNER] = "Vastuuhenkilö",
            [ISO_L_RISK_RISK] = "Riski",
            [ISO_L_RISK_PRINCIPLE] = "Periaate",
            [ISO_L_RISK_TREATMENT] = "Käsittely",
            [ISO_L_RISK_METRIC] = "Mittari",
            [ISO_L_RISK_OWNER] = "Vastuuhenkilö",
            [ISO_L_ROLE_ROLE] = "Rooli",
            [ISO_L_ROLE_RESPONSIBILITY] = "Vastuu",
            [ISO_L_MARK_DRAFT] = "LUONNOS",
            [ISO_L_MARK_RETIRED] = "POISTETTU KÄYTÖSTÄ",
            [ISO_L_STATUS_DRAFT] = "Luonnos",
            [ISO_L_STATUS_REVIEW] = "Katselmoitavana",
            [ISO_L_STATUS_APPROVED] = "Hyväksytty",
            [ISO_L_STATUS_RETIRED] = "Poistettu käytöstä",
            [ISO_L_TABLE] = "Taulukko",
            [ISO_L_FIGURE] = "Kuva",
            [ISO_L_NOT_APPROVED] = "ei hyväksytty",
            [ISO_L_PRINCIPLES] = "Periaatteet",
            [ISO_L_RETENTION] = "Säilytysaika",
            [ISO_L_MASTER_COPY] = "Ohjattu versio",
            [ISO_L_S_ROLE] = "Rooli",
            [ISO_L_S_NAME] = "Nimi",
            [ISO_L_S_DATE] = "Päivämäärä",
            [ISO_L_S_SIGNATURE] = "Allekirjoitus",
            [ISO_L_ACKNOWLEDGEMENT] = "Lukukuittaus",
            [ISO_L_ACK_TEXT] = "Allekirjoituksellani vahvistan, että olen lukenut ja "
                               "ymmärtänyt tämän asiakirjan ja noudatan sitä.",
            /* "ohjattu asiakirja" is the Finnish standards' term for a
             * controlled document: a printout is an uncontrolled copy */
            [ISO_L_UNCONTROLLED] = "Tuloste on ohjaamaton kopio",
        },
};

const char *iso_label(iso_lang lang, iso_label_id id) {
  if (lang < 0 || lang >= ISO_LANG_COUNT)
    lang = ISO_LANG_EN;
  if (id < 0 || id >= ISO_L_COUNT)
    return "";
  const char *s = labels[lang][id];
  return s ? s : labels[ISO_LANG_EN][id];
}

void iso_date_format(iso_lang lang, iso_date d, char out[32]) {
  if (!d.year) {
    out[0] = '\0';
    return;
  }
  if (lang == ISO_LANG_FI)
    snprintf(out, 32, "%d.%d.%d", d.day, d.month, d.year);
  else
    snprintf(out, 32, "%04d-%02d-%02d", d.year, d.month, d.day);
}

void iso_page_label(iso_lang lang, int page, int pages, char out[64]) {
  snprintf(out, 64, "%s %d %s %d", iso_label(lang, ISO_L_PAGE), page,
           iso_label(lang, ISO_L_PAGE_OF), pages);
}

const char *iso_lang_tag(iso_lang lang) {
  return lang == ISO_LANG_FI ? "fi-FI" : "en-GB";
}

const char *iso_doc_type_label(iso_lang lang, int type) {
  static const char *const en[] = {"Other", "Policy", "Manual", "Procedure",
                                   "Instruction", "Plan", "Record"};
  static const char *const fi[] = {"Muu", "Politiikka", "K\xC3\xA4sikirja",
                                   "Menettely", "Ohje", "Suunnitelma",
                                   "Tallenne"};
  int i = (type >= 0 && type <= 6) ? type : 0;
  return lang == ISO_LANG_FI ? fi[i] : en[i];
}

void iso_review_interval_text(iso_lang lang, int months, char out[48]) {
  out[0] = '\0';
  if (months <= 0)
    return;
  /* whole years read as years: "1 year", "2 years" / "1 vuosi", "2 vuotta" */
  int years = months % 12 == 0 ? months / 12 : 0;
  int n = years ? years : months;
  const char *unit;
  if (lang == ISO_LANG_FI)
    unit = years ? (n == 1 ? "vuosi" : "vuotta") : (n == 1 ? "kuukausi" : "kuukautta");
  else
    unit = years ? (n == 1 ? "year" : "years") : (n == 1 ? "month" : "months");
  snprintf(out, 48, "%d %s", n, unit);
}
