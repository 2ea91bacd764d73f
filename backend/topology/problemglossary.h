// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology.h"

#include <QList>

namespace pgv {

/// What a kind of problem means and what to do about it, for the Help menu's glossary: the sentence on a problem
/// row is about one node now; this says what the kind is in general.
struct ProblemExplanation
{
    ProblemKind kind;
    QString title;   ///< "Node down"
    QString meaning; ///< what the console saw
    QString action;  ///< what to do
};

/// Every problem kind, in the order of ProblemKind.
QList<ProblemExplanation> problemGlossary();

} // namespace pgv
