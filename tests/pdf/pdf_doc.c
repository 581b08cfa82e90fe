/* Builds test documents through the model API and writes them as PDF:
 *   pdf_doc KIND OUT.pdf
 * KIND: rich (every block type, Finnish and typographic text), long (a
 * 300-row table), big (a 100,000-character paragraph and a 5,000-row table),
 * draft (a Finnish draft), missing (characters no font has), badimage
 * (an image file libharu cannot read: argument 3), nofont (a theme font
 * that is not installed).
 * Prints the diagnostics on stderr; exit 0 when the writer succeeded. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "tree.h"
#include "writers.h"

/* Every output's time, as the program takes it from SOURCE_DATE_EPOCH (the
 * shell tests set 1773532800, 2026-03-15). */
static const iso_write_options at_epoch = {.has_timestamp = 1,
                                           .timestamp = 1773532800};


static char *dup(const char *s) {
  char *c = malloc(strlen(s) + 1);
  strcpy(c, s);
  return c;
}

static iso_node *table(iso_node *parent, iso_node_type t, int cols,
                       const char *const *head) {
  iso_node *tb = tree_node(parent, t);
  iso_node_set_columns(tb, cols);
  iso_node *r = tree_node(tb, ISO_NODE_ROW);
  iso_node_set_row_header(r, 1);
  for (int i = 0; i < cols; i++)
    tree_text(tree_node(r, ISO_NODE_CELL), head[i]);
  return tb;
}

static void row(iso_node *tb, const char *const *cells, int cols) {
  iso_node *r = tree_node(tb, ISO_NODE_ROW);
  for (int i = 0; i < cols; i++)
    tree_text(tree_node(r, ISO_NODE_CELL), cells[i]);
}

static void meta(iso_status st, iso_lang lang) {
  iso_meta *m = iso_document_meta(tree_doc);
  m->id = dup("ISMS-TST-07");
  m->title = dup("Tietoturvapolitiikka – testi äöå");
  m->subtitle = dup("Ohjeistus “lainausmerkit” ja € ≤ 5");
  m->type = ISO_TYPE_POLICY;
  m->organization = dup("Esimerkki Oy");
  m->version = dup("1.10");
  m->status = st;
  m->classification = dup("Sisäinen");
  m->language = lang;
  m->owner = dup("Maria Virtanen");
  if (st == ISO_STATUS_APPROVED) {
    m->approver = dup("Jukka Korhonen");
    iso_date_parse("2026-03-15", &m->approved);
  }
  iso_date_parse("2026-04-01", &m->effective);
  iso_date_parse("2027-03-15", &m->next_review);
  m->review_months = 12;
  m->n_distribution = 2;
  m->distribution = calloc(2, sizeof(char *));
  m->distribution[0] = dup("All personnel");
  m->distribution[1] = dup("Hallitus");
  m->n_keywords = 2;
  m->keywords = calloc(2, sizeof(char *));
  m->keywords[0] = dup("ISMS");
  m->keywords[1] = dup("tietoturva");
  m->n_history = 2;
  m->history = calloc(2, sizeof(iso_revision));
  m->history[0].version = dup("1.0");
  iso_date_parse("2024-02-12", &m->history[0].date);
  m->history[0].author = dup("Maria Virtanen");
  m->history[0].changes = dup("First version");
  m->history[0].approver = dup("Jukka Korhonen");
  m->history[1].version = dup("1.10");
  iso_date_parse("2026-03-15", &m->history[1].date);
  m->history[1].author = dup("Antti Laine");
  m->history[1].changes = dup("Objectives for 2026 and risk links");
}

static void rich(const char *images) {
  iso_node *s1 = tree_section(tree_doc, 1, "Tarkoitus ja soveltamisala");
  tree_node(s1, ISO_NODE_TOC);
  iso_node *p = tree_node(s1, ISO_NODE_PARAGRAPH);
  tree_text(p, "Esimerkki Oy suojaa ");
  tree_text(tree_node(p, ISO_NODE_STRONG), "asiakkaiden");
  tree_text(p, " tietoja, ");
  tree_text(tree_node(p, ISO_NODE_EMPH), "henkilöstön");
  tree_text(p, " tietoja ja käyttää ");
  iso_node *code = tree_node(p, ISO_NODE_CODE);
  iso_node_set_literal(code, "sudo systemctl");
  tree_text(p, " vain hyväksytysti. Lue ");
  iso_node *a = tree_node(p, ISO_NODE_LINK);
  iso_node_set_url(a, "https://example.com/käytäntö?x=1");
  tree_text(a, "käytäntö verkossa");
  tree_text(p, ". Hinta 5 € – ehdot ≤ 3 “lainattu” soft\xC2\xADhyphen.");
  tree_node(p, ISO_NODE_LINEBREAK);
  tree_text(p, "Toinen rivi: https://example.com/a/very/long/path/that/does/not/"
          "fit/on/one/line/at/all/because/it/is/much/too/long/for/the/"
          "text/width/of/an/A4/page/really");
  iso_node *l = tree_node(s1, ISO_NODE_LIST);
  iso_node_set_list(l, 0, 1);
  tree_para(tree_node(l, ISO_NODE_ITEM), "SaaS-palvelu ja sen tukipalvelut, jotka "
                               "kattavat koko asiakkaan elinkaaren ja "
                               "rivittyvät useammalle riville");
  iso_node *it = tree_node(l, ISO_NODE_ITEM);
  tree_para(it, "Sisäiset järjestelmät");
  iso_node *l2 = tree_node(it, ISO_NODE_LIST);
  iso_node_set_list(l2, 1, 1);
  tree_para(tree_node(l2, ISO_NODE_ITEM), "Sisäkkäinen numeroitu kohta");
  tree_para(tree_node(l2, ISO_NODE_ITEM), "Toinen numeroitu kohta");
  iso_node *s2 = tree_section(s1, 2, "Tavoitteet");
  static const char *const oh[] = {"Objective", "Metric", "Target",
                                   "Deadline"};
  iso_node *ob = table(s2, ISO_NODE_OBJECTIVES, 4, oh);
  static const char *const o1[] = {"MFA for maintenance accounts",
                                   "MFA coverage", "100 %", "2026-06-30"};
  row(ob, o1, 4);
  iso_node *cl = tree_node(s2, ISO_NODE_CALLOUT);
  iso_node_set_callout(cl, ISO_CALLOUT_WARNING);
  tree_para(cl, "Varoitus: salasanoja ei jaeta koskaan.");
  iso_node *cb = tree_node(s2, ISO_NODE_CODE_BLOCK);
  iso_node_set_literal(cb, "ssh-keygen -t ed25519\n\tindented line\n");
  iso_node *s3 = tree_section(tree_doc, 1, "Roolit");
  static const char *const rh[] = {"Role", "Responsibility"};
  iso_node *ro = table(s3, ISO_NODE_ROLES, 2, rh);
  static const char *const r1[] = {"CEO", "Approves the policy"};
  row(ro, r1, 2);
  static const char *const th[] = {"Nimi", "Kuvaus", "Arvo"};
  iso_node *tb = table(s3, ISO_NODE_TABLE, 3, th);
  double w[] = {1, 3, 1};
  iso_node_set_widths(tb, w, 3);
  iso_node_set_caption(tb, "Esimerkkitaulukko");
  static const char *const t1[] = {"Äänes", "Pitkä kuvaus solussa joka "
                                   "rivittyy useammalle riville taulukon "
                                   "sisällä", "42 €"};
  row(tb, t1, 3);
  if (images) {
    char path[1024];
    snprintf(path, sizeof path, "%s/pdca.jpg", images);
    iso_diags *pd = iso_diags_new();
    const iso_image *pdca = iso_document_add_image(tree_doc, path, pd, NULL, 0, 0);
    iso_diags_free(pd);
    if (pdca) {
      iso_node *im = tree_node(s3, ISO_NODE_IMAGE);
      iso_node_set_image(im, pdca);
      iso_node_set_width_pct(im, 60);
      iso_node_set_caption(im, "PDCA-kuva");
    }
  }
  tree_node(s3, ISO_NODE_PAGEBREAK);
  iso_node *s4 = tree_section(s3, 2, "Sivunvaihdon jälkeen");
  tree_para(s4, "Tämä kappale alkaa uudelta sivulta.");
  iso_node *s5 = tree_section(s4, 3, "Kolmas taso");
  iso_node *nt = tree_node(s5, ISO_NODE_CALLOUT);
  iso_node_set_callout(nt, ISO_CALLOUT_NOTE);
  tree_para(nt, "Huomautus esimiehille.");
}

static void long_table(iso_node *parent, int rows) {
  static const char *const h[] = {"Tunniste", "Riski", "Käsittely"};
  iso_node *tb = table(parent, ISO_NODE_RISKS, 3, h);
  for (int i = 1; i <= rows; i++) {
    char a[32], b[96];
    snprintf(a, sizeof a, "R-%04d", i);
    snprintf(b, sizeof b, "Riski numero %d ja sen kuvaus", i);
    const char *const c[] = {a, b, "Vähennä"};
    row(tb, c, 3);
  }
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: pdf_doc KIND OUT.pdf [IMAGES]\n");
    return 2;
  }
  const char *kind = argv[1];
  tree_doc = iso_document_new("test.yaml");
  int draft = strcmp(kind, "draft") == 0;
  meta(draft ? ISO_STATUS_DRAFT : ISO_STATUS_APPROVED,
       draft ? ISO_LANG_FI : ISO_LANG_EN);
  if (strcmp(kind, "rich") == 0 || draft) {
    rich(argc > 3 ? argv[3] : NULL);
  } else if (strcmp(kind, "long") == 0) {
    iso_node *s = tree_section(tree_doc, 1, "Riskirekisteri");
    tree_para(s, "Alla oleva taulukko jatkuu usealle sivulle.");
    long_table(s, 300);
  } else if (strcmp(kind, "big") == 0) {
    iso_node *s = tree_section(tree_doc, 1, "Iso");
    size_t n = 100000;
    char *big = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
      big[i] = (i % 9 == 8) ? ' ' : "abcdefghä"[i % 9] == '\xC3' ? 'x' : "abcdefghx"[i % 9];
    big[n] = '\0';
    tree_para(s, big);
    free(big);
    long_table(s, 5000);
  } else if (strcmp(kind, "badimage") == 0) {
    /* a file that claims to be a PNG but is not one: the store refuses
     * it, and the writer meets an image node without an image */
    iso_node *s = tree_section(tree_doc, 1, "Kuva");
    iso_node *im = tree_node(s, ISO_NODE_IMAGE);
    iso_diags *pd = iso_diags_new();
    if (iso_document_add_image(tree_doc, argc > 3 ? argv[3] : "/nonexistent.png",
                               pd, "test.yaml", 3, 4))
      fprintf(stderr, "the store accepted a bad image\n");
    for (size_t i = 0; i < iso_diags_count(pd); i++) {
      char *e = iso_diag_format(iso_diags_get(pd, i));
      fprintf(stderr, "%s\n", e);
      free(e);
    }
    iso_diags_free(pd);
    iso_node_set_image(im, NULL);
    tree_para(s, "Teksti kuvan jälkeen.");
  } else if (strcmp(kind, "nofont") == 0) {
    iso_node *s = tree_section(tree_doc, 1, "Fontti");
    tree_para(s, "Teksti varafontilla.");
  } else if (strcmp(kind, "missing") == 0) {
    iso_node *s = tree_section(tree_doc, 1, "Merkit");
    tree_para(s, "Emoji \xF0\x9F\x98\x80 and CJK \xE4\xB8\xAD here.");
  } else {
    fprintf(stderr, "unknown kind %s\n", kind);
    return 2;
  }
  iso_diags *d = iso_diags_new();
  iso_buf out;
  iso_buf_init(&out);
  iso_theme *theme = iso_theme_copy(iso_theme_default());
  if (strcmp(kind, "nofont") == 0) { /* a theme naming a font not installed */
    free(theme->font_body);
    theme->font_body = dup("No Such Font Family");
  }
  int rc = iso_writer_run(&iso_writer_pdf, tree_doc, theme, &at_epoch, &out, d);
  iso_theme_free(theme);
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    char *s = iso_diag_format(iso_diags_get(d, i));
    fprintf(stderr, "%s\n", s);
    free(s);
  }
  if (rc == 0) {
    FILE *f = fopen(argv[2], "wb");
    if (!f || fwrite(out.data, 1, out.len, f) != out.len || fclose(f)) {
      perror(argv[2]);
      rc = -1;
    }
  }
  iso_buf_free(&out);
  iso_diags_free(d);
  iso_node_free(tree_doc);
  return rc == 0 ? 0 : 1;
}
