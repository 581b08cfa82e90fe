/* Every writer's registry entry; each lives in formats/NAME/. */
#ifndef ISO_WRITERS_H
#define ISO_WRITERS_H

#include "internal.h"

extern const iso_writer iso_writer_docx;
extern const iso_writer iso_writer_odt;
extern const iso_writer iso_writer_pdf;
extern const iso_writer iso_writer_html;
extern const iso_writer iso_writer_dump;

#endif
