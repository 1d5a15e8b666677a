#pragma once
// Shared by the fuzz targets: a QCoreApplication for Qt services that want one (SQL drivers).
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace FuzzSupport {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "cehours-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives for the whole process
}

// FUZZ_VERBOSE set: a target may print what an input reached (for checking seeds with replay_*).
inline bool verbose()
{
    static const bool on = qEnvironmentVariableIsSet("FUZZ_VERBOSE");
    return on;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzSupport
