#include "util/OutputBarrier.h"

#include <QMutex>

namespace {
QMutex &barrierMutex()
{
    static QMutex mutex;
    return mutex;
}
OutputBarrier::Check &installed()
{
    static OutputBarrier::Check check;
    return check;
}
} // namespace

void OutputBarrier::install(Check check)
{
    const QMutexLocker lock(&barrierMutex());
    installed() = std::move(check);
}

QString OutputBarrier::pass()
{
    Check check;
    {
        const QMutexLocker lock(&barrierMutex());
        check = installed();
    }
    return check ? check() : QString();
}
