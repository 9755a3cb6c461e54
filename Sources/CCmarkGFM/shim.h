// The system cmark-gfm library (Debian libcmark-gfm-dev, libcmark-gfm-extensions-dev):
// the CommonMark core and the GitHub extensions (table, strikethrough, autolink, tagfilter, tasklist).
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
