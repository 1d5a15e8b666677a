#include "CliContext.h"
#include "Commands.h"
int runTemplate(CliContext &) { return 1; }
