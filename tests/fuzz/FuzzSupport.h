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

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzSupport
