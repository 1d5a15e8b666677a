#pragma once
#include "domain/Activity.h"

#include <QRandomGenerator>

// Seeded random activities of the kinds most rule sets have (tests and benchmarks only): every kind
// of the Anhui table that people record most, with valid parameters, plus now and then a bad one
// (rank 0) and titles drawn from a small pool so that "same thing" and cap rules come into play.
namespace RandomActivities {
Activity make(QRandomGenerator &rng, qint64 staffId, int year);
} // namespace RandomActivities
