#pragma once
#include <QString>
#include <QStringList>

// Word lists of the demo data (cehours-cli demo-data): common Chinese surnames and given-name
// characters, a hospital group's departments, professional titles by series with their levels,
// area codes of real 行政区划 (for 身份证号码), training topics. Plain data, no logic.
namespace DemoNames {
const QStringList &surnames();
const QStringList &givenCharacters();
const QStringList &departments();
const QStringList &ethnicities();     // 汉族 first (most people)
const QStringList &educations();
const QStringList &areaCodes();       // six digits each
const QStringList &topics();          // 培训主题 stems
const QStringList &organizers();
// Titles of one series in level order 初级, 中级, 副高级, 正高级 (index = level); series() names them.
const QStringList &series();
QStringList titlesOf(int series);
}
