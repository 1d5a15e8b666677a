// cehours-cli: the core, headless. Exit codes: 0 ok, 2 bad input, 1 internal error.
#include "CliCommand.h"
#include "CliContext.h"
#include "storage/AuditLog.h"
#include "storage/Transaction.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {
void printHelp(QTextStream &out)
{
    out << "cehours-cli " << CEHOURS_VERSION << "\n"
        << QCoreApplication::translate("cli", "Usage: cehours-cli [--db PATH] [--lang zh_CN|en] COMMAND [ARGS]") << "\n\n";
    for (const CliCommand &c : cliCommands())
        out << "  " << c.synopsis << "\n      " << c.summary << "\n";
    out << "\n  --db PATH   " << QCoreApplication::translate("cli", "database file (default: the app's data folder)") << "\n"
        << "  --db postgresql://USER@HOST:PORT/DATABASE   "
        << QCoreApplication::translate("cli", "a database on a PostgreSQL server (password from PGPASSFILE / ~/.pgpass; also CEHOURS_DB)") << "\n"
        << "  --operator NAME  " << QCoreApplication::translate("cli", "operator name for the audit log (default: CEHOURS_OPERATOR)") << "\n"
        << "  --version   " << QCoreApplication::translate("cli", "print the version") << "\n"
        << "  --help      " << QCoreApplication::translate("cli", "print this help") << "\n";
}

// The offscreen platform asks for the runtime directory; without XDG_RUNTIME_DIR (a service, a plain
// shell) Qt warns on stderr though nothing is wrong. Drop that one message, pass every other on.
QtMessageHandler previousHandler = nullptr;
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

// `print` paints PDFs, which needs fonts and so a QGuiApplication (offscreen unless a platform is set).
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "print") == 0)
            return true;
    return false;
}
}

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> appHolder;
    if (needsGui(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        appHolder = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        appHolder = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *appHolder;
    QCoreApplication::setOrganizationName(QStringLiteral("cehours"));
    QCoreApplication::setApplicationName(QStringLiteral("cehours"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CEHOURS_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    QStringList args = app.arguments().mid(1);
    QString dbPath;
    QString lang = qEnvironmentVariable("CEHOURS_LANG", QStringLiteral("zh_CN"));
    QString operatorName = qEnvironmentVariable("CEHOURS_OPERATOR");
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--version")) {
            out << "cehours-cli " << CEHOURS_VERSION << Qt::endl;
            return ExitOk;
        }
        if (opt == QLatin1String("--help")) {
            Translations::install(lang);
            printHelp(out);
            return ExitOk;
        }
        if ((opt == QLatin1String("--db") || opt == QLatin1String("--lang")) && !args.isEmpty()) {
            (opt == QLatin1String("--db") ? dbPath : lang) = args.takeFirst();
            continue;
        }
        if (opt.startsWith(QLatin1String("--db="))) {
            dbPath = opt.mid(5);
            continue;
        }
        if (opt == QLatin1String("--operator") && !args.isEmpty()) {
            operatorName = args.takeFirst();
            continue;
        }
        if (opt.startsWith(QLatin1String("--operator="))) {
            operatorName = opt.mid(11);
            continue;
        }
        err << QCoreApplication::translate("cli", "Unknown option: %1").arg(opt) << Qt::endl;
        return ExitBadInput;
    }
    Translations::install(lang);
    AuditLog::setOperatorName(operatorName);
    if (dbPath.isEmpty()) // CEHOURS_DB: a file or a postgresql:// URL (DatabaseLocation), when --db is not given
        dbPath = qEnvironmentVariable("CEHOURS_DB");
    if (args.isEmpty()) {
        printHelp(err);
        return ExitBadInput;
    }
    const QString name = args.takeFirst();
    for (const CliCommand &c : cliCommands()) {
        if (c.name == name) {
            // A command checked alongside (checksAlongside) prints into buffers, shown once the database
            // has passed its check; a damaged file gets only the refusal, as if it had been checked first.
            const bool alongside = checksAlongside(name);
            QString heldOut;
            QString heldErr;
            QTextStream bufferedOut(&heldOut);
            QTextStream bufferedErr(&heldErr);
            CliContext ctx(args, dbPath, alongside ? bufferedOut : out, alongside ? bufferedErr : err);
            ctx.setCheckAlongside(alongside);
            // Who holds the write lock, for a second clerk kept waiting; and what this one waits for.
            Transaction::setActivity(QStringLiteral("cehours-cli %1").arg(app.arguments().mid(1).join(QLatin1Char(' '))));
            int lastReport = -5;
            Transaction::setWaitHandler([&err, &lastReport](const QString &holder, int waited) {
                if (waited - lastReport >= 5) {
                    lastReport = waited;
                    err << QCoreApplication::translate("cli", "Waiting for the database (%1 s): it is being changed by %2")
                               .arg(waited)
                               .arg(holder.isEmpty() ? QCoreApplication::translate("cli", "another program") : holder)
                        << Qt::endl;
                }
                return true;
            });
            if (args.contains(QLatin1String("--help"))) {
                out << "cehours-cli " << c.synopsis << "\n  " << c.summary << Qt::endl;
                return ExitOk;
            }
            const int rc = c.run(ctx);
            if (alongside) {
                const QString refusal = ctx.awaitCheck();
                if (!refusal.isEmpty()) {
                    err << refusal << Qt::endl;
                    return ExitBadInput;
                }
                bufferedOut.flush();
                bufferedErr.flush();
                out << heldOut;
                err << heldErr;
            }
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << QCoreApplication::translate("cli", "Unknown command: %1 (see --help)").arg(name) << Qt::endl;
    return ExitBadInput;
}
