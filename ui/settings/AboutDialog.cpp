#include "AboutDialog.h"

#include "rules/RuleSetRegistry.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

QStringList AboutDialog::ruleSetLines()
{
    QStringList lines;
    for (const RuleSet &set : RuleSetRegistry::embedded().sets()) {
        QStringList numbers;
        for (const RuleDocument &doc : set.documents())
            numbers << doc.number;
        lines << QStringLiteral("%1 (%2): %3").arg(set.name(), set.id(), numbers.join(QStringLiteral("; ")));
    }
    return lines;
}

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CE Hours"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("<h2>CE Hours %1</h2>").arg(QApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutVersion"));
    layout->addWidget(title);
    auto *text = new QLabel(tr("Continuing-education credit-hour registry for the HR office: staff registry, "
                               "activities with evidence, credit hours by the province's rules, yearly compliance, "
                               "provincial import files and printed forms."),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *licence = new QLabel(tr("Licence: proprietary; all rights reserved by the CE Hours developers. "
                                  "Bundled font: WenQuanYi Micro Hei (Apache License 2.0 or GPL 3 with font exception). "
                                  "Built with Qt %1 (LGPL 3), SQLite, libxlsxwriter and minizip.")
                                   .arg(QString::fromLatin1(qVersion())),
                               this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);
    layout->addWidget(licence);

    layout->addWidget(new QLabel(tr("Rule sets shipped:"), this));
    auto *sets = new QPlainTextEdit(ruleSetLines().join(QLatin1Char('\n')), this);
    sets->setObjectName(QStringLiteral("aboutRuleSets"));
    sets->setReadOnly(true);
    sets->setMinimumSize(560, 140);
    layout->addWidget(sets);

    auto *db = new QLabel(tr("Database: %1").arg(databasePath), this);
    db->setTextInteractionFlags(Qt::TextSelectableByMouse);
    db->setWordWrap(true);
    layout->addWidget(db);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
