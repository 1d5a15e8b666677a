#include "rules/RuleSetLoader.h"

#include "rules/FormulaEvaluator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
QString str(const QJsonObject &o, const char *k)
{
    return o.value(QLatin1String(k)).toString();
}

struct Ctx
{
    QString file;
    QString error;
    bool fail(const QString &where, const QString &msg)
    {
        error = where.isEmpty() ? file + QStringLiteral(": ") + msg
                                : file + QStringLiteral(": ") + where + QStringLiteral(": ") + msg;
        return false;
    }
};

bool parseField(const QJsonObject &o, const QString &where, FieldSpec *f, Ctx &c)
{
    f->name = str(o, "name");
    if (f->name.isEmpty())
        return c.fail(where, QCoreApplication::translate("rules", "a field without \"name\""));
    const QString w = where + QStringLiteral(": field \"%1\"").arg(f->name);
    f->label = str(o, "label");
    if (f->label.isEmpty())
        return c.fail(w, QCoreApplication::translate("rules", "\"label\" is required"));
    if (!FieldSpec::typeFromId(str(o, "type"), &f->type))
        return c.fail(w, QCoreApplication::translate("rules", "unknown type \"%1\" (int, number, enum, bool, text, date)").arg(str(o, "type")));
    for (const QJsonValue &v : o.value(QLatin1String("values")).toArray()) {
        const QJsonObject vo = v.toObject();
        FieldOption opt{str(vo, "value"), str(vo, "label")};
        if (opt.value.isEmpty() || opt.label.isEmpty())
            return c.fail(w, QCoreApplication::translate("rules", "each of \"values\" needs \"value\" and \"label\""));
        f->options << opt;
    }
    if (f->type == FieldSpec::Type::Enum && f->options.isEmpty())
        return c.fail(w, QCoreApplication::translate("rules", "an enum needs \"values\""));
    f->required = o.value(QLatin1String("required")).toBool(false);
    f->help = str(o, "help");
    if (o.contains(QLatin1String("min"))) {
        f->hasMinimum = true;
        f->minimum = o.value(QLatin1String("min")).toDouble();
    }
    if (o.contains(QLatin1String("max"))) {
        f->hasMaximum = true;
        f->maximum = o.value(QLatin1String("max")).toDouble();
    }
    if (o.contains(QLatin1String("default"))) {
        QString err;
        QJsonValue typed;
        if (!f->coerce(o.value(QLatin1String("default")), &typed, &err))
            return c.fail(w, QCoreApplication::translate("rules", "bad default: %1").arg(err));
        f->defaultValue = typed;
    }
    return true;
}

bool parseKind(const QJsonObject &o, ActivityKind *k, Ctx &c)
{
    k->id = str(o, "id");
    if (k->id.isEmpty())
        return c.fail(QString(), QCoreApplication::translate("rules", "a kind without \"id\""));
    const QString w = QStringLiteral("kind \"%1\"").arg(k->id);
    k->label = str(o, "label");
    k->clause = str(o, "clause");
    if (k->label.isEmpty() || k->clause.isEmpty())
        return c.fail(w, QCoreApplication::translate("rules", "\"label\" and \"clause\" are required"));
    const QString cat = str(o, "category");
    if (cat == QLatin1String("conversion"))
        k->category = ActivityKind::Category::Conversion;
    else if (cat == QLatin1String("learning"))
        k->category = ActivityKind::Category::Learning;
    else
        return c.fail(w, QCoreApplication::translate("rules", "\"category\" must be conversion or learning"));
    if (!subjectPolicyFromId(str(o, "subject"), &k->subject))
        return c.fail(w, QCoreApplication::translate("rules", "\"subject\" must be public, professional or person"));
    if (o.contains(QLatin1String("defaultSubject"))) {
        k->defaultSubject = subjectFromId(str(o, "defaultSubject"));
        if (k->defaultSubject == Subject::None)
            return c.fail(w, QCoreApplication::translate("rules", "bad \"defaultSubject\""));
    }
    QSet<QString> names;
    for (const QJsonValue &fv : o.value(QLatin1String("fields")).toArray()) {
        FieldSpec f;
        if (!parseField(fv.toObject(), w, &f, c))
            return false;
        if (names.contains(f.name))
            return c.fail(w, QCoreApplication::translate("rules", "field \"%1\" declared twice").arg(f.name));
        names.insert(f.name);
        k->fields << f;
    }
    k->formula = o.value(QLatin1String("formula")).toObject();
    const QString fe = FormulaEvaluator::validate(o.value(QLatin1String("formula")), *k, QStringLiteral("formula"));
    if (!fe.isEmpty())
        return c.fail(w, fe);
    for (const QJsonValue &e : o.value(QLatin1String("evidence")).toArray())
        k->evidence << e.toString();
    if (o.contains(QLatin1String("yearCap"))) {
        const QJsonObject yc = o.value(QLatin1String("yearCap")).toObject();
        if (!yc.value(QLatin1String("hours")).isDouble() || str(yc, "clause").isEmpty())
            return c.fail(w, QCoreApplication::translate("rules", "\"yearCap\" needs \"hours\" and \"clause\""));
        k->yearCap = yc.value(QLatin1String("hours")).toDouble();
        k->yearCapClause = str(yc, "clause");
    }
    k->note = str(o, "note");
    k->group = o.contains(QLatin1String("group")) ? str(o, "group") : k->id;
    k->portalForm = str(o, "portalForm");
    if (o.contains(QLatin1String("chooseOne"))) {
        const QJsonObject co = o.value(QLatin1String("chooseOne")).toObject();
        k->chooseOne.enabled = true;
        k->chooseOne.label = str(co, "label");
        k->chooseOne.clause = str(co, "clause");
        if (k->chooseOne.label.isEmpty() || k->chooseOne.clause.isEmpty())
            return c.fail(w, QCoreApplication::translate("rules", "\"chooseOne\" needs \"label\" and \"clause\""));
        for (const QJsonValue &v : co.value(QLatin1String("sameWhen")).toArray()) {
            const QString f = v.toString();
            if (f != QLatin1String("$title") && !k->field(f))
                return c.fail(w, QCoreApplication::translate("rules", "\"chooseOne\": no field \"%1\"").arg(f));
            k->chooseOne.sameWhen << f;
        }
    }
    if (o.contains(QLatin1String("duration"))) {
        const QJsonObject d = o.value(QLatin1String("duration")).toObject();
        k->duration.field = str(d, "field");
        k->duration.fromDays = str(d, "fromDays");
        if (!k->field(k->duration.field) || (!k->duration.fromDays.isEmpty() && !k->field(k->duration.fromDays)))
            return c.fail(w, QCoreApplication::translate("rules", "\"duration\": unknown field"));
    }
    return true;
}
} // namespace

bool RuleSetLoader::load(const QByteArray &json, const QString &sourceName, RuleSet *out, QString *error)
{
    Ctx c{sourceName, QString()};
    auto done = [&](bool ok) {
        if (!ok && error)
            *error = c.error;
        return ok;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return done(c.fail(QString(), QCoreApplication::translate("rules", "invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString())));
    if (!doc.isObject())
        return done(c.fail(QString(), QCoreApplication::translate("rules", "the top level must be an object")));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toInt() != 1)
        return done(c.fail(QString(), QCoreApplication::translate("rules", "\"format\" must be 1")));
    RuleSet rs;
    rs.m_source = o;
    rs.m_id = str(o, "id");
    rs.m_name = str(o, "name");
    rs.m_jurisdiction = str(o, "jurisdiction");
    rs.m_family = str(o, "family");
    if (rs.m_id.isEmpty() || rs.m_name.isEmpty() || rs.m_jurisdiction.isEmpty() || rs.m_family.isEmpty())
        return done(c.fail(QString(), QCoreApplication::translate("rules", "\"id\", \"name\", \"jurisdiction\" and \"family\" are required")));
    rs.m_validFrom = o.value(QLatin1String("validFrom")).toInt();
    rs.m_validTo = o.value(QLatin1String("validTo")).toInt();
    for (const QJsonValue &v : o.value(QLatin1String("supersedes")).toArray())
        rs.m_supersedes << v.toString();
    if (rs.m_validFrom <= 0)
        return done(c.fail(QString(), QCoreApplication::translate("rules", "\"validFrom\" (year) is required")));
    for (const QJsonValue &dv : o.value(QLatin1String("documents")).toArray()) {
        const QJsonObject d = dv.toObject();
        rs.m_documents << RuleDocument{str(d, "number"), str(d, "title"), str(d, "date")};
    }
    if (rs.m_documents.isEmpty())
        return done(c.fail(QString(), QCoreApplication::translate("rules", "\"documents\" must list the notices cited")));

    const QJsonObject req = o.value(QLatin1String("requirement")).toObject();
    auto minimum = [&](const char *k, double *h, QString *clause) {
        const QJsonObject m = req.value(QLatin1String(k)).toObject();
        if (m.isEmpty())
            return true;
        if (!m.value(QLatin1String("hours")).isDouble() || str(m, "clause").isEmpty())
            return c.fail(QStringLiteral("requirement.%1").arg(QLatin1String(k)), QCoreApplication::translate("rules", "needs \"hours\" and \"clause\""));
        *h = m.value(QLatin1String("hours")).toDouble();
        *clause = str(m, "clause");
        return true;
    };
    Requirement &r = rs.m_requirement;
    r.total = -1;
    if (!minimum("total", &r.total, &r.totalClause) || !minimum("public", &r.publicMin, &r.publicClause)
        || !minimum("professional", &r.professionalMin, &r.professionalClause))
        return done(false);
    if (r.total < 0)
        return done(c.fail(QStringLiteral("requirement"), QCoreApplication::translate("rules", "\"total\" is required")));

    const QJsonObject agg = o.value(QLatin1String("aggregation")).toObject();
    const QString mode = str(agg, "mode");
    if (mode == QLatin1String("sum"))
        rs.m_aggregation.mode = AggregationPolicy::Mode::Sum;
    else if (mode == QLatin1String("highestConversionOnly"))
        rs.m_aggregation.mode = AggregationPolicy::Mode::HighestConversionOnly;
    else
        return done(c.fail(QStringLiteral("aggregation"), QCoreApplication::translate("rules", "\"mode\" must be sum or highestConversionOnly")));
    rs.m_aggregation.publicCountsAsProfessional = agg.value(QLatin1String("publicCountsAsProfessional")).toBool(false);
    rs.m_aggregation.description = str(agg, "description");
    rs.m_aggregation.clause = str(agg, "clause");

    const QJsonObject co = o.value(QLatin1String("carryOver")).toObject();
    const QString cm = str(co, "mode");
    if (cm.isEmpty() || cm == QLatin1String("unspecified"))
        rs.m_carryOver.mode = CarryOverPolicy::Mode::Unspecified;
    else if (cm == QLatin1String("forbidden"))
        rs.m_carryOver.mode = CarryOverPolicy::Mode::Forbidden;
    else if (cm == QLatin1String("nextYear"))
        rs.m_carryOver.mode = CarryOverPolicy::Mode::NextYear;
    else
        return done(c.fail(QStringLiteral("carryOver"), QCoreApplication::translate("rules", "\"mode\" must be unspecified, forbidden or nextYear")));
    rs.m_carryOver.description = str(co, "description");
    rs.m_carryOver.clause = str(co, "clause");

    const QJsonObject cy = o.value(QLatin1String("cycle")).toObject();
    const QString cym = str(cy, "mode");
    if (cym.isEmpty() || cym == QLatin1String("everyYear"))
        rs.m_cycle.mode = CyclePolicy::Mode::EveryYear;
    else if (cym == QLatin1String("average"))
        rs.m_cycle.mode = CyclePolicy::Mode::Average;
    else
        return done(c.fail(QStringLiteral("cycle"), QCoreApplication::translate("rules", "\"mode\" must be everyYear or average")));
    rs.m_cycle.yearsBeforeApplication = cy.value(QLatin1String("yearsBeforeApplication")).toInt(0);
    rs.m_cycle.noCramming = cy.value(QLatin1String("noCramming")).toBool(false);
    rs.m_cycle.description = str(cy, "description");
    rs.m_cycle.clause = str(cy, "clause");

    for (const QJsonValue &dv : o.value(QLatin1String("deadlines")).toArray()) {
        const QJsonObject d = dv.toObject();
        Deadline dl;
        dl.id = str(d, "id");
        dl.label = str(d, "label");
        dl.clause = str(d, "clause");
        const QString w = QStringLiteral("deadline \"%1\"").arg(dl.id);
        const QString check = str(d, "check");
        if (check == QLatin1String("declared"))
            dl.check = Deadline::Check::Declared;
        else if (check == QLatin1String("completed"))
            dl.check = Deadline::Check::Completed;
        else
            return done(c.fail(w, QCoreApplication::translate("rules", "\"check\" must be declared or completed")));
        dl.appliesTo = d.value(QLatin1String("appliesTo")).toString(QStringLiteral("all"));
        dl.year = d.value(QLatin1String("year")).toInt(0);
        dl.monthDay = str(d, "monthDay");
        dl.yearOffset = d.value(QLatin1String("yearOffset")).toInt(0);
        dl.date = QDate::fromString(str(d, "date"), Qt::ISODate);
        if (dl.id.isEmpty() || dl.clause.isEmpty() || !dl.dateFor(dl.year ? dl.year : 2000).isValid())
            return done(c.fail(w, QCoreApplication::translate("rules", "needs \"id\", \"clause\" and a valid \"date\" (with \"year\") or \"monthDay\"")));
        rs.m_deadlines << dl;
    }

    QSet<QString> ids;
    const QJsonArray kinds = o.value(QLatin1String("kinds")).toArray();
    if (kinds.isEmpty())
        return done(c.fail(QString(), QCoreApplication::translate("rules", "\"kinds\" must not be empty")));
    for (const QJsonValue &kv : kinds) {
        ActivityKind k;
        if (!parseKind(kv.toObject(), &k, c))
            return done(false);
        if (ids.contains(k.id))
            return done(c.fail(QStringLiteral("kind \"%1\"").arg(k.id), QCoreApplication::translate("rules", "declared twice")));
        ids.insert(k.id);
        rs.m_kinds << k;
    }
    for (const QJsonValue &v : o.value(QLatin1String("entryOrder")).toArray()) {
        if (!ids.contains(v.toString()))
            return done(c.fail(QStringLiteral("entryOrder"), QCoreApplication::translate("rules", "\"%1\" is not one of the kinds").arg(v.toString())));
        rs.m_entryOrder << v.toString();
    }
    *out = rs;
    return true;
}

bool RuleSetLoader::loadFile(const QString &path, RuleSet *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("rules", "%1: cannot read: %2").arg(path, f.errorString());
        return false;
    }
    return load(f.readAll(), QFileInfo(path).fileName(), out, error);
}
