#include "util/Clock.h"

namespace {
const SystemClock s_system;
const Clock *s_current = &s_system;
}

const Clock &Clock::current()
{
    return *s_current;
}

void Clock::setCurrent(const Clock *clock)
{
    s_current = clock ? clock : &s_system;
}
