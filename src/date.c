/* Calendar dates (proleptic Gregorian, no time zone involved). */
#include <ctype.h>
#include <string.h>

#include "internal.h"

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
  static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return (m == 2 && leap(y)) ? 29 : dm[m - 1];
}

int iso_date_valid(iso_date d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 &&
         d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

int iso_date_read(const char *s, iso_date *out) {
  if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
    return -1;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
      return -1;
  iso_date d;
  d.year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  d.month = (s[5] - '0') * 10 + (s[6] - '0');
  d.day = (s[8] - '0') * 10 + (s[9] - '0');
  if (!iso_date_valid(d))
    return -2;
  *out = d;
  return 0;
}

int iso_date_cmp(iso_date a, iso_date b) {
  if (a.year != b.year)
    return a.year < b.year ? -1 : 1;
  if (a.month != b.month)
    return a.month < b.month ? -1 : 1;
  if (a.day != b.day)
    return a.day < b.day ? -1 : 1;
  return 0;
}

iso_date iso_date_add_months(iso_date d, int months) {
  long total = (long)d.year * 12 + (d.month - 1) + months;
  iso_date r;
  r.year = (int)(total / 12);
  r.month = (int)(total % 12) + 1;
  int dim = days_in_month(r.year, r.month);
  r.day = d.day > dim ? dim : d.day;
  return r;
}

void iso_date_iso(iso_date d, char out[11]) {
  if (!d.year) {
    out[0] = '\0';
    return;
  }
  unsigned y = (unsigned)d.year % 10000u, m = (unsigned)d.month % 100u,
           dd = (unsigned)d.day % 100u;
  out[0] = (char)('0' + y / 1000);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  out[4] = '-';
  out[5] = (char)('0' + m / 10);
  out[6] = (char)('0' + m % 10);
  out[7] = '-';
  out[8] = (char)('0' + dd / 10);
  out[9] = (char)('0' + dd % 10);
  out[10] = '\0';
}

/* Days from 1970-01-01 (Howard Hinnant's civil-from-days arithmetic). */
long long iso_date_epoch(iso_date d) {
  long long y = d.year - (d.month <= 2);
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long mp = (d.month + 9) % 12;
  long long doy = (153 * mp + 2) / 5 + d.day - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (era * 146097 + doe - 719468) * 86400;
}

iso_date iso_date_from_epoch(long long t) {
  long long z = (t >= 0 ? t : t - 86399) / 86400 + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  iso_date r;
  r.day = (int)(doy - (153 * mp + 2) / 5 + 1);
  r.month = (int)(mp < 10 ? mp + 3 : mp - 9);
  r.year = (int)(y + (r.month <= 2));
  return r;
}
