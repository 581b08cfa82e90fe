/* Numbers written with digits of our own (iso_lltoa, ODT's lengths) must
 * read exactly as printf wrote them: every edge of long long, and ODT
 * lengths for random points, negative, rounded and large. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../../formats/odt/odt.h"
#include "check.h"
#include "util.h"

static void ll(long long v) {
  char b[24], want[32];
  snprintf(want, sizeof want, "%lld", v);
  CHECK_STR(iso_lltoa(v, b), want);
}

static void len(double pt) {
  char got[32], want[32];
  long long v = llround(pt * 100.0);
  const char *sign = v < 0 ? "-" : "";
  if (v < 0)
    v = -v;
  snprintf(want, sizeof want, "%s%lld.%02lldpt", sign, v / 100, v % 100);
  odt_len(got, pt);
  CHECK_STR(got, want);
}

int main(void) {
  const long long edges[] = {0, 1, -1, 9, 10, 99, 100, -100, 123456789,
                             9223372036854775807LL, -9223372036854775807LL - 1};
  for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
    ll(edges[i]);
  const double pts[] = {0, 0.004, 0.005, -0.004, -0.005, 0.1, -0.1, 12.05,
                        -12.05, 595.2756, 1e6, -1e6, 1e15};
  for (size_t i = 0; i < sizeof pts / sizeof pts[0]; i++)
    len(pts[i]);
  unsigned long long s = 88172645463325252ull;
  for (int i = 0; i < 20000; i++) {
    s ^= s << 13, s ^= s >> 7, s ^= s << 17;
    ll((long long)s >> (s % 60));
    len(((double)(s % 2000000) - 1000000) / 997.0);
  }
  if (check_failures)
    fprintf(stderr, "%d of %d checks failed\n", check_failures, check_count);
  return check_failures ? 1 : 0;
}
