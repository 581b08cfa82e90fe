/* word/settings.xml. updateFields makes Word offer to refresh the TOC and
 * page references when the file is opened (their cached values are
 * the shared layout's pages, which Word's own layout may move). Children
 * follow the CT_Settings sequence. Automatic hyphenation as the PDF's
 * (src/layout/layout.c): on, words in capitals left whole, no limit on
 * consecutive hyphenated lines; headings and code opt out in their styles
 * (docx_styles.c). */
#include "docx.h"
#include "lang/lang.h"

void docx_part_settings(docx *c, iso_xml *x) {
  iso_xml_start(x, "w:settings");
  iso_xml_attr(x, "xmlns:w", DOCX_NS_W);
  iso_xml_start(x, "w:zoom");
  iso_xml_attr(x, "w:percent", "100");
  iso_xml_end(x);
  iso_xml_empty_attr(x, "w:proofState", "w:spelling", "clean");
  iso_xml_empty_attr(x, "w:defaultTabStop", "w:val", "720");
  iso_xml_empty_attr(x, "w:autoHyphenation", "w:val", "true");
  iso_xml_empty_attr(x, "w:doNotHyphenateCaps", "w:val", "true");
  iso_xml_empty_attr(x, "w:characterSpacingControl", "w:val", "doNotCompress");
  iso_xml_empty_attr(x, "w:updateFields", "w:val", "true");
  iso_xml_start(x, "w:compat");
  /* paragraph spacing adds up (the space below one paragraph plus the
   * space above the next), as in ODT and the PDF; without this Word and
   * LibreOffice keep only the larger of the two */
  iso_xml_empty(x, "w:doNotUseHTMLParagraphAutoSpacing");
  iso_xml_start(x, "w:compatSetting");
  iso_xml_attr(x, "w:name", "compatibilityMode");
  iso_xml_attr(x, "w:uri", "http://schemas.microsoft.com/office/word");
  iso_xml_attr(x, "w:val", "15");
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_start(x, "w:themeFontLang");
  iso_xml_attr(x, "w:val", iso_lang_tag(c->lang));
  iso_xml_end(x);
  iso_xml_empty_attr(x, "w:decimalSymbol", "w:val", iso_lang_get(c->lang)->decimal);
  iso_xml_empty_attr(x, "w:listSeparator", "w:val", iso_lang_get(c->lang)->list_sep);
  iso_xml_end(x);
}
