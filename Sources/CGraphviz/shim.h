#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Agdirected / Agundirected are C globals, which Swift 6 rejects as not concurrency-safe.
static inline Agdesc_t relgraph_agdirected(void) {
    Agdesc_t d = {0};
    d.directed = 1; d.maingraph = 1;
    return d;
}
static inline Agdesc_t relgraph_agundirected(void) {
    Agdesc_t d = {0};
    d.maingraph = 1;
    return d;
}
#endif
