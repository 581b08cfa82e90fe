/* PDF/A-3b (ISO 19005-3) as an incremental update of the saved PDF: what
 * libharu's output lacks is added, nothing it wrote is changed. The fonts
 * are embedded already, there is no encryption, and every colour is
 * DeviceRGB or DeviceGray (CMYK JPEGs are converted when loaded); added
 * here are the XMP metadata (xmp.c), the sRGB output intent with an ICC
 * profile from the icc-profiles-free package, the Print flag PDF/A wants on
 * every annotation, the /ID (pdfupdate.c), and the document's YAML source
 * and images as associated files (/AF, AFRelationship /Source), so the
 * archived PDF carries what it was made from. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdfa.h"
#include "pdfupdate.h"
#include "util.h"
#include "xmp.h"

#ifndef ISO_SRGB_ICC
#define ISO_SRGB_ICC "/usr/share/color/icc/sRGB.icc"
#endif

typedef struct attachment {
  const char *path; /* for its name */
  const unsigned char *data;
  size_t len;
  const char *mime; /* as a PDF name, '/' written #2F */
  const char *desc;
  char *name;       /* unique within the PDF */
  int spec;         /* the file specification's object */
} attachment;

typedef struct attachments {
  attachment *v;
  size_t n, cap;
} attachments;

static int add(attachments *a, const char *path, const unsigned char *data,
               size_t len, const char *mime, const char *desc) {
  for (size_t i = 0; i < a->n; i++)
    if (a->v[i].data == data)
      return 0; /* an image used twice is attached once */
  if (a->n == a->cap) {
    size_t nc = a->cap ? a->cap * 2 : 8;
    attachment *v = realloc(a->v, nc * sizeof *v);
    if (!v)
      return -1;
    a->v = v;
    a->cap = nc;
  }
  const char *base = path ? strrchr(path, '/') : NULL;
  base = base ? base + 1 : path && *path ? path : "source.yaml";
  size_t bl = strlen(base);
  char *name = malloc(bl + 16);
  if (!name)
    return -1;
  memcpy(name, base, bl + 1);
  /* two images of one name from different folders: "2-logo.png" */
  for (int k = 2; k < 100000; k++) {
    int taken = 0;
    for (size_t i = 0; i < a->n; i++)
      taken |= !strcmp(a->v[i].name, name);
    if (!taken)
      break;
    snprintf(name, bl + 16, "%d-%s", k, base);
  }
  attachment *t = &a->v[a->n++];
  t->path = path;
  t->data = data;
  t->len = len;
  t->mime = mime;
  t->desc = desc;
  t->name = name;
  t->spec = 0;
  return 0;
}

static const char *image_mime(const iso_image *img) {
  return img->info.format == ISO_IMAGE_PNG ? "image#2Fpng" : "image#2Fjpeg";
}

/* The source first, then the logo and the images in document order. */
static int collect(const iso_node *doc, const iso_write_options *o,
                   attachments *a) {
  const iso_meta *m = iso_document_meta_const(doc);
  if (o->source && add(a, m->source, o->source, o->source_len,
                       "application#2Fyaml", "The document's YAML source"))
    return -1;
  if (m->logo_image && add(a, m->logo_image->path, m->logo_image->data,
                           m->logo_image->len, image_mime(m->logo_image),
                           "The logo named by the document"))
    return -1;
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER || iso_node_get_type(n) != ISO_NODE_IMAGE)
      continue;
    const iso_image *img = iso_node_get_image(n);
    if (img && img->data &&
        add(a, img->path, img->data, img->len, image_mime(img),
            "An image of the document"))
      return -1;
  }
  return 0;
}

static int by_name(const void *x, const void *y) {
  const attachment *a = x, *b = y;
  return strcmp(a->name, b->name);
}

static void write_attachment(pdf_update *u, attachment *t, const char *date) {
  int ef = pdf_update_new(u);
  t->spec = pdf_update_new(u);
  char dict[160];
  snprintf(dict, sizeof dict,
           "/Type /EmbeddedFile\n/Subtype /%s\n/Params << /Size %zu /ModDate "
           "(%s) >>\n",
           t->mime, t->len, date);
  pdf_update_stream(u, ef, dict, t->data, t->len);
  iso_buf *o = u->out;
  pdf_update_obj(u, t->spec);
  iso_buf_puts(o, "<<\n/Type /Filespec\n/F ");
  /* /F is for old readers: the name's ASCII; /UF is the real one */
  char *ascii = iso_strdup(t->name);
  if (ascii)
    for (char *p = ascii; *p; p++)
      if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
        *p = '_';
  pdf_put_text(o, ascii ? ascii : "file");
  free(ascii);
  iso_buf_puts(o, "\n/UF ");
  pdf_put_text(o, t->name);
  iso_buf_puts(o, "\n/Desc ");
  pdf_put_text(o, t->desc);
  iso_buf_printf(o, "\n/AFRelationship /Source\n/EF << /F %d 0 R /UF %d 0 R >>\n>>",
                 ef, ef);
  pdf_update_end(u);
}

struct has_print {
  const pdf_file *f;
  int ok;
};

/* PDF/A wants the Print flag on every annotation (6.3.2); libharu's link
 * annotations have no /F. */
static int print_flag(void *user, pdf_span k, pdf_span v) {
  struct has_print *s = user;
  if (pdf_is_name(s->f, k, "F")) {
    long long x = strtoll((const char *)s->f->data + v.start, NULL, 10);
    s->ok = (x & 4) && !(x & (1 | 2 | 32));
    return 1;
  }
  return 0;
}

static void fix_annotations(pdf_update *u, const pdf_file *f) {
  static const char *const skip[] = {"F", NULL};
  size_t npages = 0;
  int *pages = pdf_pages(f, &npages);
  for (size_t p = 0; pages && p < npages; p++) {
    pdf_span page = pdf_object(f, pages[p]);
    pdf_span annots = pdf_dict_get(f, page, "Annots");
    int ar = pdf_ref(f, annots);
    if (ar)
      annots = pdf_object(f, ar);
    for (size_t i = 0;; i++) {
      pdf_span item = pdf_array_item(f, annots, i);
      if (item.end <= item.start)
        break;
      int a = pdf_ref(f, item);
      pdf_span ad = a ? pdf_object(f, a) : item;
      struct has_print s = {f, 0};
      pdf_dict_each(f, ad, print_flag, &s);
      if (!a || s.ok)
        continue;
      pdf_update_obj(u, a);
      pdf_copy_dict(f, ad, skip, u->out);
      iso_buf_puts(u->out, "/F 4\n>>");
      pdf_update_end(u);
    }
  }
  free(pages);
}

int pdf_pdfa(const iso_node *doc, const iso_write_options *o, iso_buf *pdf,
             iso_diags *d) {
  const iso_meta *m = iso_document_meta_const(doc);
  const char *src = m->source;
  iso_buf icc, xmp;
  iso_buf_init(&icc);
  iso_buf_init(&xmp);
  attachments a = {0};
  pdf_file f;
  const char *why;
  int rc = -1, opened = 0;
  iso_diags *quiet = iso_diags_new();
  if (!quiet || iso_read_file_max(ISO_SRGB_ICC, (size_t)1 << 20, &icc, quiet) ||
      icc.len < 128) {
    iso_diag_add(d, ISO_SEV_ERROR, src, 0, 0,
                 "pdf: PDF/A needs the sRGB colour profile %s, which cannot be "
                 "read (apt-get install icc-profiles-free)",
                 ISO_SRGB_ICC);
    goto out;
  }
  if (pdf_xmp(m, iso_write_timestamp(m, o), &xmp) || collect(doc, o, &a)) {
    iso_diag_add(d, ISO_SEV_ERROR, src, 0, 0, "pdf: out of memory");
    goto out;
  }
  if (pdf_file_open(&f, pdf->data, pdf->len, &why)) {
    iso_diag_add(d, ISO_SEV_ERROR, src, 0, 0, "pdf: cannot make PDF/A: %s",
                 why);
    goto out;
  }
  opened = 1;
  char date[24];
  pdf_date(iso_write_timestamp(m, o), date);
  pdf_update u;
  pdf_update_begin(&u, &f);
  int meta = pdf_update_new(&u), profile = pdf_update_new(&u);
  pdf_update_stream(&u, meta, "/Type /Metadata\n/Subtype /XML\n", xmp.data,
                    xmp.len);
  pdf_update_stream(&u, profile, "/N 3\n", icc.data, icc.len);
  for (size_t i = 0; i < a.n; i++)
    write_attachment(&u, &a.v[i], date);
  fix_annotations(&u, &f);

  /* the name tree of embedded files, sorted by name as a name tree must be */
  iso_buf *out = u.out;
  pdf_span cat = pdf_object(&f, f.root);
  int names = 0;
  if (a.n) {
    static const char *const skip_names[] = {"EmbeddedFiles", NULL};
    pdf_span nd = pdf_dict_get(&f, cat, "Names");
    int nref = pdf_ref(&f, nd);
    if (nref)
      nd = pdf_object(&f, nref);
    names = nref ? nref : pdf_update_new(&u);
    attachment *sorted = malloc(a.n * sizeof *sorted);
    if (!sorted) {
      pdf_update_free(&u);
      iso_diag_add(d, ISO_SEV_ERROR, src, 0, 0, "pdf: out of memory");
      goto out;
    }
    memcpy(sorted, a.v, a.n * sizeof *sorted);
    qsort(sorted, a.n, sizeof *sorted, by_name);
    pdf_update_obj(&u, names);
    if (nd.end > nd.start && f.data[nd.start] == '<')
      pdf_copy_dict(&f, nd, skip_names, out);
    else
      iso_buf_puts(out, "<<\n");
    iso_buf_puts(out, "/EmbeddedFiles << /Names [");
    for (size_t i = 0; i < a.n; i++) {
      iso_buf_puts(out, "\n");
      pdf_put_text(out, sorted[i].name);
      iso_buf_printf(out, " %d 0 R", sorted[i].spec);
    }
    iso_buf_puts(out, "\n] >>\n>>");
    pdf_update_end(&u);
    free(sorted);
  }
  static const char *const skip_cat[] = {"Metadata", "OutputIntents", "AF",
                                         "Names", NULL};
  pdf_update_obj(&u, f.root);
  pdf_copy_dict(&f, cat, skip_cat, out);
  iso_buf_printf(out,
                 "/Metadata %d 0 R\n/OutputIntents [ << /Type /OutputIntent "
                 "/S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
                 "/Info (sRGB IEC61966-2.1) /DestOutputProfile %d 0 R >> ]\n",
                 meta, profile);
  if (a.n) {
    iso_buf_puts(out, "/AF [");
    for (size_t i = 0; i < a.n; i++)
      iso_buf_printf(out, " %d 0 R", a.v[i].spec);
    iso_buf_printf(out, " ]\n/Names %d 0 R\n", names);
  }
  iso_buf_puts(out, ">>");
  pdf_update_end(&u);
  rc = pdf_update_finish(&u, pdf);
  pdf_update_free(&u);
  if (rc)
    iso_diag_add(d, ISO_SEV_ERROR, src, 0, 0, "pdf: out of memory");
out:
  if (opened)
    pdf_file_close(&f);
  for (size_t i = 0; i < a.n; i++)
    free(a.v[i].name);
  free(a.v);
  iso_buf_free(&icc);
  iso_buf_free(&xmp);
  iso_diags_free(quiet);
  return rc;
}
