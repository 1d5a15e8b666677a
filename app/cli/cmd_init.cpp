#include "CliContext.h"
#include "Commands.h"
int runInit(CliContext &ctx) { return ctx.database() ? 0 : 1; }
