#include "CliContext.h"
#include "Commands.h"
int runImportStaff(CliContext &) { return 1; }
int runListStaff(CliContext &) { return 1; }
